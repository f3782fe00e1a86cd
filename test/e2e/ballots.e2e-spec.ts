import { StaffRole } from '../../src/common/domain.enums.js';
import {
  nominate,
  nominateRaw,
  openElection,
  personInput,
  updateElection,
  type ElectionRef,
} from '../support/factories.js';
import { createTestApp, expectError, type TestApp } from '../support/test-app.js';

const MVR_FIELDS = 'kind value required baseRequired adjustedRequired candidatesInRace applies lapsedReason';
const ROUND_FIELDS = `id number heldOn byAcclamation ballotPapers invalidBallots abstentions validBallots statesParties
  votesRequired votes { candidacyId votes } withdrawnBefore elected excluded dropped tied seatsLeftAfter
  requirementsForNextRound { ${MVR_FIELDS} }`;
const RECORD = `mutation($input: RecordBallotRoundInput!) { recordBallotRound(input: $input) { ${ROUND_FIELDS} } }`;
const ACCLAIM = `mutation($input: RecordAcclamationInput!) { recordAcclamation(input: $input) { ${ROUND_FIELDS} } }`;
const CHECK = `query($electionId: ID!, $round: Int!, $candidacyIds: [ID!]!) {
  checkBallot(electionId: $electionId, round: $round, candidacyIds: $candidacyIds) {
    valid seatsLeft violations { rule category { kind value } candidacyId required named message }
  } }`;
const ELECTION = `query($id: ID!, $round: Int) { election(id: $id) {
  status
  minimumVotingRequirements(round: $round) { ${MVR_FIELDS} }
  ballotRounds { ${ROUND_FIELDS} }
  candidacies(first: 100) { edges { node { id status } } }
  slateFlagHistory { operation change kind scope scopeValue }
} }`;

interface Mvr {
  kind: string;
  value: string;
  required: number;
  baseRequired: number;
  applies: boolean;
  lapsedReason: string | null;
}
interface Round {
  number: number;
  validBallots: number | null;
  statesParties: number;
  votesRequired: number | null;
  elected: string[];
  withdrawnBefore: string[];
  seatsLeftAfter: number;
  byAcclamation: boolean;
  requirementsForNextRound: Mvr[] | null;
}
interface ElectionRead {
  election: {
    status: string;
    minimumVotingRequirements: Mvr[] | null;
    ballotRounds: Round[];
    candidacies: { edges: { node: { id: string; status: string } }[] };
    slateFlagHistory: { operation: string; change: string; kind: string; scope: string; scopeValue: string | null }[];
  };
}

// The 2017 bench staying in office (icc-election-rules.md §5): list A 8, list B 4; African 2,
// Asia-Pacific 2, Eastern European 3, Latin American 2, Western 3; women 1, men 11.
const GROUP: Record<string, string> = {
  NG: 'AFRICAN',
  KE: 'AFRICAN',
  JP: 'ASIA_PACIFIC',
  KR: 'ASIA_PACIFIC',
  PL: 'EASTERN_EUROPEAN',
  CZ: 'EASTERN_EUROPEAN',
  SK: 'EASTERN_EUROPEAN',
  AR: 'LATIN_AMERICAN_AND_CARIBBEAN',
  BR: 'LATIN_AMERICAN_AND_CARIBBEAN',
  FR: 'WESTERN_EUROPEAN_AND_OTHER',
  DE: 'WESTERN_EUROPEAN_AND_OTHER',
  IT: 'WESTERN_EUROPEAN_AND_OTHER',
};
const JUDGES_2017 = ['NG', 'KE', 'JP', 'KR', 'PL', 'CZ', 'SK', 'AR', 'BR', 'FR', 'DE', 'IT'].map((n, i) => ({
  fullName: `Judge ${n}`,
  nationality: n,
  list: i < 8 ? 'A' : 'B',
  gender: i === 0 ? 'FEMALE' : 'MALE',
  regionalGroup: GROUP[n],
}));

// Twelve candidates, 7 women and 5 men, so the 2017 requirements come out at the start.
const CANDIDATES: [string, 'FEMALE' | 'MALE', 'A' | 'B'][] = [
  ['SN', 'FEMALE', 'A'],
  ['GH', 'FEMALE', 'B'],
  ['BD', 'FEMALE', 'A'],
  ['MN', 'MALE', 'B'],
  ['PE', 'FEMALE', 'A'],
  ['CL', 'FEMALE', 'B'],
  ['RO', 'FEMALE', 'A'],
  ['BG', 'MALE', 'A'],
  ['IE', 'FEMALE', 'A'],
  ['NL', 'MALE', 'B'],
  ['TZ', 'MALE', 'A'],
  ['UY', 'MALE', 'A'],
];

const applying = (mvrs: Mvr[] | null | undefined) =>
  Object.fromEntries((mvrs ?? []).filter((m) => m.applies).map((m) => [`${m.kind}:${m.value}`, m.required]));

describe('minimum voting requirements, ballot checks and recorded rounds', () => {
  let t: TestApp;
  let officer: string;

  beforeAll(async () => {
    t = await createTestApp();
    officer = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
  });
  afterAll(async () => {
    await t.close();
  });

  const read = async (id: string, round?: number) => {
    const res = await t.gql<ElectionRead>(ELECTION, { id, round });
    expect(res.errors).toBeUndefined();
    return res.data!.election;
  };
  const record = (input: Record<string, unknown>) =>
    t.gql<{ recordBallotRound: Round }>(RECORD, { input }, { as: officer });
  const toVoting = async (e: ElectionRef) => {
    const closed = await updateElection(t, officer, { id: e.id, version: e.version, status: 'NOMINATIONS_CLOSED' });
    return updateElection(t, officer, { id: e.id, version: closed.version, status: 'VOTING' });
  };

  async function judicialElection() {
    const e = await openElection(t, officer, { sittingJudges: JUDGES_2017 });
    const ids: Record<string, string> = {};
    for (const [state, gender, list] of CANDIDATES) {
      ids[state] = (await nominate(t, officer, e.id, state, { gender }, { list })).id;
    }
    return { e, ids };
  }

  it('runs a judicial election: 2017 requirements, ballot checks, refused tallies, rounds to CONCLUDED', async () => {
    const { e, ids } = await judicialElection();

    // 2017 at the start: list A 1, list B 1, women 5, African 1, Asia-Pacific 1, Latin American 1.
    const start = await read(e.id);
    expect(applying(start.minimumVotingRequirements)).toEqual({
      'LIST:A': 1,
      'LIST:B': 1,
      'GENDER:FEMALE': 5,
      'REGIONAL_GROUP:AFRICAN': 1,
      'REGIONAL_GROUP:ASIA_PACIFIC': 1,
      'REGIONAL_GROUP:LATIN_AMERICAN_AND_CARIBBEAN': 1,
    });
    expect(start.minimumVotingRequirements!.find((m) => m.kind === 'GENDER' && m.value === 'MALE')).toMatchObject({
      required: 0,
      applies: false,
    });
    // Regional and gender requirements lapse after the fourth round; lists never do.
    const fifth = await read(e.id, 5);
    expect(applying(fifth.minimumVotingRequirements)).toEqual({ 'LIST:A': 1, 'LIST:B': 1 });
    expect(fifth.minimumVotingRequirements!.find((m) => m.value === 'FEMALE')!.lapsedReason).toBe('AFTER_ROUND_LIMIT');
    expect(fifth.minimumVotingRequirements!.find((m) => m.value === 'A')!.lapsedReason).toBeNull();

    // A paper meeting every requirement, and one that does not.
    const good = await t.gql<{ checkBallot: { valid: boolean; violations: unknown[] } }>(CHECK, {
      electionId: e.id,
      round: 1,
      candidacyIds: [ids.SN, ids.GH, ids.BD, ids.PE, ids.RO],
    });
    expect(good.data?.checkBallot).toEqual({ valid: true, seatsLeft: 6, violations: [] });
    const bad = await t.gql<{ checkBallot: { valid: boolean; violations: Record<string, unknown>[] } }>(CHECK, {
      electionId: e.id,
      round: 1,
      candidacyIds: [ids.MN, ids.BG, ids.NL, ids.TZ, ids.UY, ids.IE, ids.SN],
    });
    expect(bad.data?.checkBallot.valid).toBe(false);
    expect(bad.data?.checkBallot.violations.map((v) => [v.rule, v.category, v.required, v.named])).toEqual([
      ['TOO_MANY_NAMES', null, 6, 7],
      ['CATEGORY_SHORT', { kind: 'GENDER', value: 'FEMALE' }, 5, 2],
    ]);

    // Not before voting opens.
    const round1 = {
      electionId: e.id,
      round: 1,
      ballotPapers: 119,
      invalidBallots: 10,
      abstentions: 0,
      votes: [
        ['BD', 88],
        ['PE', 77],
        ['SN', 70],
        ['GH', 65],
        ['CL', 60],
        ['RO', 60],
        ['IE', 50],
        ['TZ', 40],
        ['UY', 30],
        ['MN', 30],
        ['BG', 20],
        ['NL', 20],
      ].map(([s, votes]) => ({ candidacyId: ids[s as string], votes })),
    };
    expect(expectError(await record(round1), 'RULE_VIOLATION').rule).toBe('ELECTION_NOT_VOTING');
    await toVoting(e);

    // Refused: out of sequence, and impossible tallies (named with validateTally's rules).
    expect(expectError(await record({ ...round1, round: 2 }), 'RULE_VIOLATION').rule).toBe('ROUND_OUT_OF_SEQUENCE');
    const tooMany = round1.votes.map((v, i) => (i === 0 ? { ...v, votes: 110 } : v));
    expect(expectError(await record({ ...round1, votes: tooMany }), 'RULE_VIOLATION').rule).toBe(
      'VOTES_EXCEED_VALID_BALLOTS',
    );
    const overCapacity = round1.votes.map((v) => ({ ...v, votes: 100 }));
    expect(expectError(await record({ ...round1, votes: overCapacity }), 'RULE_VIOLATION').rule).toBe(
      'TOTAL_VOTES_EXCEED_CAPACITY',
    );
    expect(expectError(await record({ ...round1, ballotPapers: 300 }), 'RULE_VIOLATION').rule).toBe(
      'BALLOTS_EXCEED_STATES_PARTIES',
    );
    expect(expectError(await record({ ...round1, invalidBallots: 200 }), 'RULE_VIOLATION').rule).toBe('NOT_A_COUNT');
    expectError(await record({ ...round1, ballotPapers: -1 }), 'BAD_USER_INPUT');
    expect((await read(e.id)).ballotRounds).toEqual([]);

    // 2017 round 1: 119 papers, 10 invalid, 109 valid, 73 needed; two list-A women elected with 88 and 77.
    const r1 = await record(round1);
    expect(r1.errors).toBeUndefined();
    expect(r1.data!.recordBallotRound).toMatchObject({
      number: 1,
      validBallots: 109,
      votesRequired: 73,
      elected: [ids.BD, ids.PE],
      seatsLeftAfter: 4,
    });
    // The requirements left were women 3, African 1, list B 1.
    expect(applying(r1.data!.recordBallotRound.requirementsForNextRound)).toEqual({
      'LIST:B': 1,
      'GENDER:FEMALE': 3,
      'REGIONAL_GROUP:AFRICAN': 1,
    });
    const after1 = await read(e.id);
    expect(applying(after1.minimumVotingRequirements)).toEqual({
      'LIST:B': 1,
      'GENDER:FEMALE': 3,
      'REGIONAL_GROUP:AFRICAN': 1,
    });
    expect(applying((await read(e.id, 1)).minimumVotingRequirements)).toEqual(
      applying(start.minimumVotingRequirements),
    );

    // Elected candidates are out of the race: on a paper, and in a tally.
    const check2 = await t.gql<{ checkBallot: { violations: Record<string, unknown>[] } }>(CHECK, {
      electionId: e.id,
      round: 2,
      candidacyIds: [ids.BD, ids.SN, ids.GH, ids.RO],
    });
    expect(check2.data?.checkBallot.violations.map((v) => [v.rule, v.candidacyId])).toEqual([
      ['INELIGIBLE_CANDIDATE', ids.BD],
    ]);
    const round2 = {
      electionId: e.id,
      round: 2,
      ballotPapers: 112,
      invalidBallots: 1,
      abstentions: 1,
      withdrawnBefore: [ids.CL],
      votes: [
        ['SN', 90],
        ['GH', 85],
        ['RO', 80],
        ['NL', 75],
        ['IE', 40],
      ].map(([s, votes]) => ({ candidacyId: ids[s as string], votes })),
    };
    const votesForElected = { ...round2, votes: [...round2.votes, { candidacyId: ids.BD, votes: 1 }] };
    expect(expectError(await record(votesForElected), 'RULE_VIOLATION').rule).toBe('VOTES_FOR_CANDIDATE_NOT_IN_RACE');
    const votesForWithdrawn = { ...round2, votes: [...round2.votes, { candidacyId: ids.CL, votes: 1 }] };
    expect(expectError(await record(votesForWithdrawn), 'RULE_VIOLATION').rule).toBe('VOTES_FOR_CANDIDATE_NOT_IN_RACE');

    // Round 2: 110 voting, 74 needed; the four seats left are filled and the election concludes.
    const r2 = await record(round2);
    expect(r2.errors).toBeUndefined();
    expect(r2.data!.recordBallotRound).toMatchObject({
      validBallots: 110,
      votesRequired: 74,
      withdrawnBefore: [ids.CL],
      elected: [ids.SN, ids.GH, ids.RO, ids.NL],
      seatsLeftAfter: 0,
      requirementsForNextRound: null,
    });
    const done = await read(e.id);
    expect(done.status).toBe('CONCLUDED');
    expect(done.ballotRounds.map((r) => r.number)).toEqual([1, 2]);
    const status = Object.fromEntries(done.candidacies.edges.map(({ node }) => [node.id, node.status]));
    expect(Object.fromEntries(CANDIDATES.map(([s]) => [s, status[ids[s]]]))).toEqual({
      SN: 'ELECTED',
      GH: 'ELECTED',
      BD: 'ELECTED',
      MN: 'NOT_ELECTED',
      PE: 'ELECTED',
      CL: 'WITHDRAWN',
      RO: 'ELECTED',
      BG: 'NOT_ELECTED',
      IE: 'NOT_ELECTED',
      NL: 'ELECTED',
      TZ: 'NOT_ELECTED',
      UY: 'NOT_ELECTED',
    });
    // The withdrawal announced with round 2 changed the flags, recorded with the round.
    expect(done.slateFlagHistory.some((h) => h.operation === 'recordBallotRound')).toBe(true);
    expect(expectError(await record({ ...round2, round: 3 }), 'RULE_VIOLATION').rule).toBe('ELECTION_NOT_VOTING');

    // Audited in the same transaction.
    const admin = await t.tokenFor(StaffRole.ADMIN);
    const log = await t.gql<{ auditLog: { totalCount: number } }>(
      `query { auditLog(filter: { operation: "recordBallotRound" }) { totalCount } }`,
      {},
      { as: admin },
    );
    // 2 rounds + 6 elected + 1 withdrawn + 5 not elected + the election concluded.
    expect(log.data?.auditLog.totalCount).toBe(15);
  });

  it('elects a Prosecutor by an absolute majority of the States Parties, not of those voting', async () => {
    const e = await openElection(t, officer, { type: 'PROSECUTOR', title: 'Prosecutor', seats: 1 });
    const ids: string[] = [];
    for (const state of ['GH', 'IE']) {
      const res = await nominateRaw(t, officer, {
        electionId: e.id,
        nominatingState: state,
        person: personInput({ nationality: state }),
      });
      ids.push(res.data!.nominateCandidate.id);
    }
    await toVoting(e);
    // On 1 December 2025 there were 125 States Parties: 63 votes needed whatever the turnout.
    const round = (n: number, a: number, b: number) => ({
      electionId: e.id,
      round: n,
      heldOn: '2025-12-01',
      ballotPapers: 90,
      invalidBallots: 0,
      abstentions: 0,
      votes: [
        { candidacyId: ids[0], votes: a },
        { candidacyId: ids[1], votes: b },
      ],
    });
    const first = await record(round(1, 62, 28));
    expect(first.data?.recordBallotRound).toMatchObject({ statesParties: 125, votesRequired: 63, elected: [] });
    const second = await record(round(2, 63, 27));
    expect(second.data?.recordBallotRound).toMatchObject({ votesRequired: 63, elected: [ids[0]], seatsLeftAfter: 0 });
    const done = await read(e.id);
    expect(done.status).toBe('CONCLUDED');
    expect(done.minimumVotingRequirements).toBeNull();
    expect(done.candidacies.edges.map(({ node }) => node.status)).toEqual(['ELECTED', 'NOT_ELECTED']);
  });

  it('records a clean slate elected by acclamation, and only a clean slate', async () => {
    const e = await openElection(t, officer, { type: 'PROSECUTOR', title: 'Prosecutor', seats: 1 });
    const only = await nominateRaw(t, officer, {
      electionId: e.id,
      nominatingState: 'GH',
      person: personInput({ nationality: 'GH' }),
    });
    await toVoting(e);
    const res = await t.gql<{ recordAcclamation: Round }>(ACCLAIM, { input: { electionId: e.id } }, { as: officer });
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordAcclamation).toMatchObject({
      number: 1,
      byAcclamation: true,
      elected: [only.data!.nominateCandidate.id],
      validBallots: null,
    });
    expect((await read(e.id)).status).toBe('CONCLUDED');

    const contested = await openElection(t, officer, { type: 'PROSECUTOR', title: 'Prosecutor', seats: 1 });
    for (const state of ['GH', 'IE']) {
      await nominateRaw(t, officer, {
        electionId: contested.id,
        nominatingState: state,
        person: personInput({ nationality: state }),
      });
    }
    await toVoting(contested);
    const refused = await t.gql(ACCLAIM, { input: { electionId: contested.id } }, { as: officer });
    expect(expectError(refused, 'RULE_VIOLATION').rule).toBe('NOT_A_CLEAN_SLATE');
    expectError(await t.gql(ACCLAIM, { input: { electionId: contested.id } }), 'UNAUTHENTICATED');
  });
});
