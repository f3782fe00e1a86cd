import { StaffRole } from '../../src/common/domain.enums.js';
import { createElection, nominateRaw, personInput, updateElection } from '../support/factories.js';
import { createTestApp, expectError, type TestApp } from '../support/test-app.js';

const CBF = 'COMMITTEE_ON_BUDGET_AND_FINANCE';
const CONTESTS = 'contests { kind value voted seatsBefore seatsLeftAfter elected deferred }';

interface Contest {
  kind: string;
  value: string | null;
  voted: boolean;
  seatsLeftAfter: number;
  elected: string[];
  deferred: boolean;
}

// Committee on Budget and Finance (ICC-ASP/1/Res.4, Res.5): seats by regional group, a contest per
// group at two thirds of those present and voting. The African contest replays 2003 (81 valid → 54;
// Dah Kindji 70 and Muwanga 61 elected, Mwango 25); the other groups are invented.
describe('Committee on Budget and Finance: a contest per regional group', () => {
  let t: TestApp;
  let officer: string;

  beforeAll(async () => {
    t = await createTestApp();
    officer = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
  });
  afterAll(async () => {
    await t.close();
  });

  it('ships a default questionnaire (EN and FR) and a default panel rubric', async () => {
    const rubrics = await t.gql<{
      rubrics: { key: string; electionType: string | null; criteria: { key: string; labelFr: string }[] }[];
    }>(`query { rubrics { key electionType criteria { key labelFr } } }`);
    const rubric = rubrics.data!.rubrics.find((r) => r.electionType === CBF);
    expect(rubric?.key).toBe('cbf-default');
    expect(rubric?.criteria.map((c) => c.key)).toEqual(
      expect.arrayContaining(['budget_oversight', 'independence', 'international_organisations']),
    );
    const templates = await t.gql<{
      questionnaireTemplates: { electionType: string; questions: { key: string; promptFr: string }[] }[];
    }>(`query { questionnaireTemplates { electionType questions { key promptFr } } }`, {}, { as: officer });
    const template = templates.data!.questionnaireTemplates.find((q) => q.electionType === CBF);
    expect(template?.questions.map((q) => q.key)).toEqual(
      expect.arrayContaining(['budget_oversight', 'independence_from_ministry', 'international_budgets']),
    );
    expect(template?.questions.every((q) => q.promptFr.length > 0)).toBe(true);
  });

  it('runs one contested group, three by acclamation and one deferred, then concludes', async () => {
    const created = await createElection(t, officer, {
      type: CBF,
      title: 'Election of members of the Committee on Budget and Finance',
      aspSession: '2nd session',
      nominationOpensOn: '2025-06-01',
      nominationClosesOn: '2025-08-01',
      regionalSeats: [
        { regionalGroup: 'AFRICAN', seats: 2 },
        { regionalGroup: 'ASIA_PACIFIC', seats: 1 },
        { regionalGroup: 'EASTERN_EUROPEAN', seats: 1 },
        { regionalGroup: 'LATIN_AMERICAN_AND_CARIBBEAN', seats: 1 },
        { regionalGroup: 'WESTERN_EUROPEAN_AND_OTHER', seats: 2 },
      ],
    });
    expect(created.seats).toBe(7);
    let e = await updateElection(t, officer, { id: created.id, version: created.version, status: 'NOMINATIONS_OPEN' });
    const nominate = (state: string, nationality = state) =>
      nominateRaw(t, officer, {
        electionId: e.id,
        nominatingState: state,
        nominatedOn: '2025-07-01',
        person: personInput({ nationality }),
      });
    const ids: Record<string, string> = {};
    for (const s of ['BJ', 'UG', 'ZM', 'JP', 'EE', 'DE', 'NL']) {
      const res = await nominate(s);
      expect(res.errors).toBeUndefined();
      ids[s] = res.data!.nominateCandidate.id;
    }
    // A member is a national of a State Party (ICC-ASP/1/Res.4).
    expect(expectError(await nominate('CA', 'US'), 'RULE_VIOLATION').rule).toBe(
      'CANDIDATE_NOT_NATIONAL_OF_STATE_PARTY',
    );

    const flags = await t.gql<{
      election: {
        slateFlags: { scope: string; scopeValue: string | null; kind: string; seats: number; candidates: number }[];
      };
    }>(`query($id: ID!) { election(id: $id) { slateFlags { scope scopeValue kind seats candidates } } }`, { id: e.id });
    expect(flags.data!.election.slateFlags.filter((f) => f.scope === 'REGIONAL_SEAT')).toEqual([
      { scope: 'REGIONAL_SEAT', scopeValue: 'ASIA_PACIFIC', kind: 'CLEAN_SLATE', seats: 1, candidates: 1 },
      { scope: 'REGIONAL_SEAT', scopeValue: 'EASTERN_EUROPEAN', kind: 'CLEAN_SLATE', seats: 1, candidates: 1 },
      { scope: 'REGIONAL_SEAT', scopeValue: 'LATIN_AMERICAN_AND_CARIBBEAN', kind: 'VACANT', seats: 1, candidates: 0 },
      {
        scope: 'REGIONAL_SEAT',
        scopeValue: 'WESTERN_EUROPEAN_AND_OTHER',
        kind: 'CLEAN_SLATE',
        seats: 2,
        candidates: 2,
      },
    ]);

    e = await updateElection(t, officer, { id: e.id, version: e.version, status: 'NOMINATIONS_CLOSED' });
    await updateElection(t, officer, { id: e.id, version: e.version, status: 'VOTING' });

    const acclaim = (input: Record<string, unknown>) =>
      t.gql<{ recordAcclamation: { number: number; elected: string[]; contests: Contest[] } }>(
        `mutation($input: RecordAcclamationInput!) { recordAcclamation(input: $input) { number elected ${CONTESTS} } }`,
        { input: { electionId: e.id, heldOn: '2025-12-01', ...input } },
        { as: officer },
      );
    // Three for two African seats: a ballot, not acclamation.
    expect(expectError(await acclaim({ regionalGroups: ['AFRICAN'] }), 'RULE_VIOLATION').rule).toBe(
      'NOT_A_CLEAN_SLATE',
    );
    const acclaimed = await acclaim({});
    expect(acclaimed.errors).toBeUndefined();
    expect(new Set(acclaimed.data!.recordAcclamation.elected)).toEqual(new Set([ids.JP, ids.EE, ids.DE, ids.NL]));
    const byGroup = (cs: Contest[]): Record<string, Contest> => Object.fromEntries(cs.map((c) => [c.value ?? '', c]));
    const after1 = byGroup(acclaimed.data!.recordAcclamation.contests);
    expect(after1.AFRICAN).toMatchObject({ voted: false, seatsLeftAfter: 2, deferred: false });
    expect(after1.ASIA_PACIFIC).toMatchObject({ voted: true, seatsLeftAfter: 0 });
    expect(after1.LATIN_AMERICAN_AND_CARIBBEAN).toMatchObject({ voted: false, seatsLeftAfter: 1, deferred: true });

    // 2003, African seats: 81 valid ballots, 54 needed.
    const round = await t.gql<{
      recordBallotRound: { number: number; votesRequired: number; elected: string[]; contests: Contest[] };
    }>(
      `mutation($input: RecordBallotRoundInput!) { recordBallotRound(input: $input) { number votesRequired elected ${CONTESTS} } }`,
      {
        input: {
          electionId: e.id,
          round: 2,
          heldOn: '2025-12-01',
          regionalGroups: ['AFRICAN'],
          ballotPapers: 81,
          invalidBallots: 0,
          abstentions: 0,
          votes: [
            { candidacyId: ids.BJ, votes: 70 },
            { candidacyId: ids.UG, votes: 61 },
            { candidacyId: ids.ZM, votes: 25 },
          ],
        },
      },
      { as: officer },
    );
    expect(round.errors).toBeUndefined();
    expect(round.data!.recordBallotRound).toMatchObject({ number: 2, votesRequired: 54, elected: [ids.BJ, ids.UG] });
    expect(byGroup(round.data!.recordBallotRound.contests).LATIN_AMERICAN_AND_CARIBBEAN).toMatchObject({
      deferred: true,
    });

    const done = await t.gql<{
      election: { status: string; candidacies: { edges: { node: { id: string; status: string } }[] } };
    }>(`query($id: ID!) { election(id: $id) { status candidacies(first: 20) { edges { node { id status } } } } }`, {
      id: e.id,
    });
    expect(done.data!.election.status).toBe('CONCLUDED');
    const status = Object.fromEntries(done.data!.election.candidacies.edges.map(({ node }) => [node.id, node.status]));
    expect(status[ids.ZM]).toBe('NOT_ELECTED');
    expect(status[ids.BJ]).toBe('ELECTED');
  });

  it('refuses more seats in a group than it holds on the Committee, and a CBF election without its seats', async () => {
    const base = {
      type: CBF,
      title: 'CBF',
      aspSession: '24th session',
      nominationOpensOn: '2025-06-01',
      nominationClosesOn: '2025-08-01',
    };
    const q = `mutation($input: CreateElectionInput!) { createElection(input: $input) { id } }`;
    expectError(
      await t.gql(q, { input: { ...base, regionalSeats: [{ regionalGroup: 'AFRICAN', seats: 3 }] } }, { as: officer }),
      'BAD_USER_INPUT',
    );
    expectError(await t.gql(q, { input: base }, { as: officer }), 'BAD_USER_INPUT');
  });
});
