// Loads a realistic demo so a new user has something to query: a judicial election (sitting judges,
// nominations from real States Parties, a withdrawal, an extension) and a TFV Board election.
// Every nominee is fictional. Running it again changes nothing.
import { DataSource } from 'typeorm';
import {
  ElectionStatus,
  ElectionType,
  Gender,
  JudgeList,
  NominationProcedure,
  RegionalGroup,
} from '../src/common/domain.enums.js';
import { CandidaciesService } from '../src/modules/candidacies/candidacies.service.js';
import { ElectionEntity } from '../src/modules/elections/entities/election.entity.js';
import { ElectionsService } from '../src/modules/elections/elections.service.js';
import { systemAuthor } from '../src/common/author.js';
import { withAppContext } from './with-app-context.js';

const AUTHOR = systemAuthor('seed:demo');

const JUDGES_TITLE = 'Election of six judges of the International Criminal Court (demo)';
const TFV_TITLE = 'Election of the Board of Directors of the Trust Fund for Victims (demo)';

type Nominee = [state: string, fullName: string, gender: Gender, list: JudgeList, on: string, nationality?: string];

const JUDICIAL_NOMINEES: Nominee[] = [
  ['SN', 'Awa Ndiaye Sarr', Gender.FEMALE, JudgeList.A, '2026-01-20'],
  ['KE', 'Joseph Mwangi Otieno', Gender.MALE, JudgeList.B, '2026-02-02'],
  ['BD', 'Farida Rahman', Gender.FEMALE, JudgeList.A, '2026-02-16'],
  ['PE', 'Lucía Paredes Quispe', Gender.FEMALE, JudgeList.A, '2026-02-27'],
  ['CR', 'Andrés Solano Vargas', Gender.MALE, JudgeList.B, '2026-03-05'],
  ['RO', 'Ioana Dumitrescu', Gender.FEMALE, JudgeList.B, '2026-03-10'],
  ['IE', "Siobhán O'Connell", Gender.FEMALE, JudgeList.A, '2026-03-12'],
  ['NL', 'Pieter van der Berg', Gender.MALE, JudgeList.A, '2026-03-20'],
  ['GH', 'Kwame Asante Boateng', Gender.MALE, JudgeList.A, '2026-03-26'],
  ['MN', 'Oyunchimeg Batbayar', Gender.FEMALE, JudgeList.B, '2026-04-08'],
  // Nominated by one State, national of another State Party (art. 36(4)(b) allows it).
  ['BE', 'Camille Lefèvre', Gender.FEMALE, JudgeList.B, '2026-04-09', 'LU'],
];

const SITTING: [string, string, Gender, JudgeList, RegionalGroup][] = [
  ['Judge A (demo)', 'FR', Gender.FEMALE, JudgeList.A, RegionalGroup.WESTERN_EUROPEAN_AND_OTHER],
  ['Judge B (demo)', 'JP', Gender.MALE, JudgeList.B, RegionalGroup.ASIA_PACIFIC],
  ['Judge C (demo)', 'MX', Gender.FEMALE, JudgeList.A, RegionalGroup.LATIN_AMERICAN_AND_CARIBBEAN],
  ['Judge D (demo)', 'UG', Gender.MALE, JudgeList.A, RegionalGroup.AFRICAN],
  ['Judge E (demo)', 'SI', Gender.FEMALE, JudgeList.B, RegionalGroup.EASTERN_EUROPEAN],
  ['Judge F (demo)', 'SL', Gender.MALE, JudgeList.A, RegionalGroup.AFRICAN],
  ['Judge G (demo)', 'KR', Gender.FEMALE, JudgeList.A, RegionalGroup.ASIA_PACIFIC],
  ['Judge H (demo)', 'IT', Gender.MALE, JudgeList.A, RegionalGroup.WESTERN_EUROPEAN_AND_OTHER],
  ['Judge I (demo)', 'CO', Gender.FEMALE, JudgeList.B, RegionalGroup.LATIN_AMERICAN_AND_CARIBBEAN],
  ['Judge J (demo)', 'PL', Gender.MALE, JudgeList.A, RegionalGroup.EASTERN_EUROPEAN],
  ['Judge K (demo)', 'BJ', Gender.FEMALE, JudgeList.B, RegionalGroup.AFRICAN],
  ['Judge L (demo)', 'CA', Gender.MALE, JudgeList.A, RegionalGroup.WESTERN_EUROPEAN_AND_OTHER],
];

const TFV_NOMINEES: [string, string, Gender, string][] = [
  ['NG', 'Ngozi Adebayo', Gender.FEMALE, '2026-05-04'],
  ['FJ', 'Sitiveni Rabuka Tuilagi', Gender.MALE, '2026-05-11'],
  ['LT', 'Rūta Kazlauskienė', Gender.FEMALE, '2026-05-20'],
  ['UY', 'Martín Fernández Olivera', Gender.MALE, '2026-05-25'],
  ['CL', 'Valentina Rojas Muñoz', Gender.FEMALE, '2026-06-01'],
  ['FI', 'Aino Virtanen', Gender.FEMALE, '2026-06-03'],
];

const slug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[^A-Za-z ]/g, '')
    .toLowerCase()
    .replace(/ +/g, '.');

await withAppContext('seed:demo', async (app) => {
  const dataSource = app.get(DataSource);
  const elections = app.get(ElectionsService);
  const candidacies = app.get(CandidaciesService);
  if (await dataSource.getRepository(ElectionEntity).existsBy({ title: JUDGES_TITLE })) {
    console.log('The demo is already loaded: nothing to do.');
    return;
  }

  let judges = await elections.create(
    {
      type: ElectionType.JUDGES,
      title: JUDGES_TITLE,
      aspSession: '25th session',
      seats: 6,
      termStartsOn: '2027-03-11',
      termEndsOn: '2036-03-10',
      nominationOpensOn: '2026-01-05',
      nominationClosesOn: '2026-03-29',
      votingStartsOn: '2026-12-07',
      sittingJudges: SITTING.map(([fullName, nationality, gender, list, regionalGroup]) => ({
        fullName,
        nationality,
        gender,
        list,
        regionalGroup,
        termEndsOn: '2030-03-10',
      })),
    },
    AUTHOR,
  );
  judges = await elections.update(
    { id: judges.id, version: judges.version, status: ElectionStatus.NOMINATIONS_OPEN },
    AUTHOR,
  );
  const nominate = (n: Nominee) =>
    candidacies.nominate(
      {
        electionId: judges.id,
        nominatingState: n[0],
        list: n[3],
        nominationProcedure: NominationProcedure.HIGHEST_JUDICIAL_OFFICES,
        nominatedOn: n[4],
        person: {
          fullName: n[1],
          gender: n[2],
          nationality: n[5] ?? n[0],
          languages: ['en', 'fr'],
          biography: `${n[1]} is a fictional nominee of the demo data set.`,
          contactEmail: `${slug(n[1])}@example.org`,
        },
      },
      AUTHOR,
    );
  const early = JUDICIAL_NOMINEES.filter((n) => n[4] <= '2026-03-29');
  const late = JUDICIAL_NOMINEES.filter((n) => n[4] > '2026-03-29');
  const made = [];
  for (const n of early) made.push(await nominate(n));
  // Too few Asia-Pacific candidates: the ASP President extends the period by two weeks (practice).
  judges = await elections.extendNominationPeriod(
    {
      electionId: judges.id,
      closesOn: '2026-04-12',
      reason: 'Fewer Asia-Pacific candidates than twice the minimum voting requirement',
      decidedOn: '2026-03-27',
    },
    AUTHOR,
  );
  for (const n of late) made.push(await nominate(n));
  await candidacies.withdraw(
    {
      id: made[4].id,
      reason: 'Withdrawn by the nominating State',
      withdrawnOn: '2026-06-15',
    },
    AUTHOR,
  );
  judges = await elections.update(
    {
      id: judges.id,
      version: judges.version,
      status: ElectionStatus.NOMINATIONS_CLOSED,
    },
    AUTHOR,
  );

  let tfv = await elections.create(
    {
      type: ElectionType.TFV_BOARD,
      title: TFV_TITLE,
      aspSession: '25th session',
      seats: 5,
      nominationOpensOn: '2026-04-01',
      nominationClosesOn: '2026-06-23',
      votingStartsOn: '2026-12-07',
    },
    AUTHOR,
  );
  tfv = await elections.update({ id: tfv.id, version: tfv.version, status: ElectionStatus.NOMINATIONS_OPEN }, AUTHOR);
  for (const [state, fullName, gender, on] of TFV_NOMINEES) {
    await candidacies.nominate(
      {
        electionId: tfv.id,
        nominatingState: state,
        nominatedOn: on,
        person: {
          fullName,
          gender,
          nationality: state,
          languages: ['en'],
          biography: `${fullName} is a fictional nominee of the demo data set.`,
          contactEmail: `${slug(fullName)}@example.org`,
        },
      },
      AUTHOR,
    );
  }
  console.log(
    `Loaded the demo: "${JUDGES_TITLE}" (${JUDICIAL_NOMINEES.length} nominations, one withdrawn, one extension)`,
  );
  console.log(`and "${TFV_TITLE}" (${TFV_NOMINEES.length} nominations).`);
});
