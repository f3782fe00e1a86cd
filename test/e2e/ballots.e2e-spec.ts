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

// Twelve candidates, 9 women and 3 men, so the 2017 requirements come out at the start (and a
// tally can meet them: every valid paper names five women, so women get at least 5 × 109 votes).
const CANDIDATES: [string, 'FEMALE' | 'MALE', 'A' | 'B'][] = [
  ['SN', 'FEMALE', 'A'],
  ['GH', 'FEMALE', 'B'],
  ['BD', 'FEMALE', 'A'],
  ['MN', 'FEMALE', 'B'],
  ['PE', 'FEMALE', 'A'],
  ['CL', 'FEMALE', 'B'],
  ['RO', 'FEMALE', 'A'],
  ['BG', 'FEMALE', 'A'],
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
      ['CATEGORY_SHORT', { kind: 'GENDER', value: 'FEMALE' }, 5, 4],
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
        ['SN', 72],
        ['GH', 70],
        ['CL', 68],
        ['RO', 66],
        ['IE', 60],
        ['TZ', 30],
        ['UY', 10],
        ['MN', 50],
        ['BG', 40],
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
    // Every valid paper names five women (ICC-ASP/3/Res.6): 109 valid papers give them at least 545 votes.
    const fewWomen = round1.votes.map((v, i) => (i < 7 ? { ...v, votes: 60 } : v));
    const short = expectError(await record({ ...round1, votes: fewWomen }), 'RULE_VIOLATION');
    expect(short.rule).toBe('CATEGORY_TOTAL_BELOW_REQUIREMENT');
    const zero = { ...round1, ballotPapers: 0, invalidBallots: 0, votes: [] };
    expect(expectError(await record(zero), 'RULE_VIOLATION').rule).toBe('NO_BALLOT_PAPERS');
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
        ['IE', 73],
        ['MN', 10],
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

  it('refuses a round dated before voting starts', async () => {
    const e = await openElection(t, officer, {
      type: 'PROSECUTOR',
      title: 'Prosecutor',
      seats: 1,
      nominationOpensOn: '2025-09-01',
      nominationClosesOn: '2025-10-01',
      votingStartsOn: '2025-12-01',
    });
    const ids: string[] = [];
    for (const state of ['GH', 'IE']) {
      const res = await nominateRaw(t, officer, {
        electionId: e.id,
        nominatingState: state,
        nominatedOn: '2025-09-15',
        person: personInput({ nationality: state }),
      });
      ids.push(res.data!.nominateCandidate.id);
    }
    await toVoting(e);
    const round = (heldOn: string) => ({
      electionId: e.id,
      round: 1,
      heldOn,
      ballotPapers: 90,
      invalidBallots: 0,
      abstentions: 0,
      votes: [{ candidacyId: ids[0], votes: 70 }],
    });
    expect(expectError(await record(round('2025-11-30')), 'RULE_VIOLATION').rule).toBe('ROUND_BEFORE_VOTING_STARTS');
    expect((await record(round('2025-12-01'))).errors).toBeUndefined();
  });

  // Sixteen judges staying (list A 12, B 4; 8 women, 8 men; at least three per group): only list B
  // still binds (one), so a ballot names the list-B candidate, and the rest is free.
  const BENCH_16 = ['NG', 'KE', 'ZA', 'JP', 'KR', 'MN', 'PL', 'CZ', 'SK', 'AR', 'BR', 'MX', 'FR', 'DE', 'IT', 'ES'].map(
    (n, i) => ({ fullName: `Judge ${n}`, nationality: n, list: i < 12 ? 'A' : 'B', gender: i % 2 ? 'MALE' : 'FEMALE' }),
  );

  it('names a tie for the fewest votes after round 4 (nobody dropped), and concludes by hand only with a reason', async () => {
    const e = await openElection(t, officer, { seats: 2, sittingJudges: BENCH_16 });
    const ids: Record<string, string> = {};
    for (const [state, gender, list] of [
      ['SN', 'FEMALE', 'A'],
      ['TZ', 'MALE', 'A'],
      ['UY', 'FEMALE', 'A'],
      ['IE', 'MALE', 'B'],
    ] as const) {
      ids[state] = (await nominate(t, officer, e.id, state, { gender }, { list })).id;
    }
    // The sitting judges' groups come from their nationalities (the States table).
    const judges = await t.gql<{ election: { sittingJudges: { nationality: string; regionalGroup: string }[] } }>(
      `query($id: ID!) { election(id: $id) { sittingJudges { nationality regionalGroup } } }`,
      { id: e.id },
    );
    expect(judges.data!.election.sittingJudges.find((j) => j.nationality === 'MN')!.regionalGroup).toBe('ASIA_PACIFIC');
    // One list-B candidate for a list-B requirement of one: no choice, and a shortfall (under 2 × 1).
    const flagsQ = `query($id: ID!) { election(id: $id) { slateFlags { scope scopeValue kind }
      slateFlagHistory { change scope scopeValue kind operation } conclusionReason status } }`;
    type FlagsRead = {
      election: {
        slateFlags: { scope: string; scopeValue: string | null; kind: string }[];
        slateFlagHistory: {
          change: string;
          scope: string;
          scopeValue: string | null;
          kind: string;
          operation: string;
        }[];
        conclusionReason: string | null;
        status: string;
      };
    };
    const flagKeys = (f: FlagsRead) => f.election.slateFlags.map((x) => `${x.scope}:${x.scopeValue}:${x.kind}`).sort();
    const before = (await t.gql<FlagsRead>(flagsQ, { id: e.id })).data!;
    expect(flagKeys(before)).toEqual(['LIST:B:NOMINATION_SHORTFALL', 'LIST:B:NO_CHOICE']);
    const voting = await toVoting(e);

    const round = (n: number, votes: Record<string, number>) => ({
      electionId: e.id,
      round: n,
      ballotPapers: 120,
      invalidBallots: 0,
      abstentions: 0,
      votes: Object.entries(votes).map(([s, v]) => ({ candidacyId: ids[s], votes: v })),
    });
    // Round 1: every paper names the list-B candidate, elected with 120 (80 needed).
    const r1 = await record(round(1, { IE: 120, SN: 60, TZ: 40, UY: 20 }));
    expect(r1.data?.recordBallotRound).toMatchObject({ elected: [ids.IE], seatsLeftAfter: 1 });
    for (const n of [2, 3]) {
      expect((await record(round(n, { SN: 60, TZ: 35, UY: 25 }))).errors).toBeUndefined();
    }
    // Round 4 is counted, so the fewest should leave the race; two tie for the fewest: nobody leaves.
    const r4 = await t.gql<{ recordBallotRound: Record<string, unknown> }>(
      `mutation($input: RecordBallotRoundInput!) { recordBallotRound(input: $input) {
        dropped fewestVotesTie { candidacyIds votes reason } contests { kind value seatsLeftAfter } } }`,
      { input: round(4, { SN: 60, TZ: 30, UY: 30 }) },
      { as: officer },
    );
    expect(r4.errors).toBeUndefined();
    expect(r4.data!.recordBallotRound).toEqual({
      dropped: [],
      fewestVotesTie: { candidacyIds: [ids.TZ, ids.UY].sort(), votes: 30, reason: 'TIED_FOR_FEWEST' },
      contests: [{ kind: 'ELECTION', value: null, seatsLeftAfter: 1 }],
    });

    // A seat remains: concluding by hand needs a reason, which is kept and shown.
    const conclude = (extra: Record<string, unknown>) =>
      t.gql(
        `mutation($input: UpdateElectionInput!) { updateElection(input: $input) { status conclusionReason } }`,
        { input: { id: e.id, version: voting.version, status: 'CONCLUDED', ...extra } },
        { as: officer },
      );
    const refused = expectError(await conclude({}), 'RULE_VIOLATION');
    expect(refused.rule).toBe('SEATS_LEFT_UNFILLED');
    const reason = 'Postponed to the resumed session';
    expect((await conclude({ conclusionReason: reason })).errors).toBeUndefined();
    const after = (await t.gql<FlagsRead>(flagsQ, { id: e.id })).data!;
    expect(after.election).toMatchObject({ status: 'CONCLUDED', conclusionReason: reason });
    // Nomination-phase flags are no longer live; the history keeps them, cleared by the conclusion.
    expect(flagKeys(after)).toEqual([]);
    const history = after.election.slateFlagHistory.map((h) => `${h.change}:${h.scopeValue}:${h.kind}:${h.operation}`);
    expect(history).toEqual(
      expect.arrayContaining([
        'RAISED:B:NO_CHOICE:nominateCandidate',
        'CLEARED:B:NO_CHOICE:updateElection',
        'CLEARED:B:NOMINATION_SHORTFALL:updateElection',
      ]),
    );
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
