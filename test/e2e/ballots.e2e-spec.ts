import { StaffRole } from '../../src/common/domain.enums.js';
import { addDays } from '../../src/common/scalars/local-date.scalar.js';
import {
  CANDIDATES_2017 as CANDIDATES,
  ROUND_1_2017,
  judicialElection2017,
  nominate,
  nominateRaw,
  openElection,
  personInput,
  today,
  toVoting as votingFor,
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
const OUTCOME_FIELDS = `votes { candidacyId votes } elected excluded dropped tied tieReason
  fewestVotesTie { candidacyIds votes reason }
  contests { kind value voted deferred seatsBefore seatsLeftAfter elected tied tieReason }
  seatsLeftAfter requirementsForNextRound { ${MVR_FIELDS} }`;
const PREVIEW = `query($input: RecordBallotRoundInput!) { previewBallotRound(input: $input) {
  wouldRecord heldOn statesParties validBallots votesRequired
  problems { code rule field candidacyId category { kind value } contest value limit message }
  requirementsInForce { ${MVR_FIELDS} }
  outcome { ${OUTCOME_FIELDS} concludesElection }
} }`;
const RECORD_OUTCOME = `mutation($input: RecordBallotRoundInput!) { recordBallotRound(input: $input) {
  heldOn statesParties validBallots votesRequired ${OUTCOME_FIELDS} } }`;
const ELECTION = `query($id: ID!, $round: Int) { election(id: $id) {
  status
  candidaciesInRace
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
    candidaciesInRace: string[];
    minimumVotingRequirements: Mvr[] | null;
    ballotRounds: Round[];
    candidacies: { edges: { node: { id: string; status: string } }[] };
    slateFlagHistory: { operation: string; change: string; kind: string; scope: string; scopeValue: string | null }[];
  };
}

/** Votes by State as the API takes them: per candidacy. */
const votesBy = (ids: Record<string, string>, votes: Readonly<Record<string, number>>) =>
  Object.entries(votes).map(([state, v]) => ({ candidacyId: ids[state], votes: v }));

// After 2017 round 1, CL's withdrawal announced: 110 present and voting, 74 needed; the four
// seats left are filled and the election concludes.
const round2Of = (electionId: string, ids: Record<string, string>) => ({
  electionId,
  round: 2,
  ballotPapers: 112,
  invalidBallots: 1,
  abstentions: 1,
  withdrawnBefore: [ids.CL],
  votes: votesBy(ids, { SN: 90, GH: 85, RO: 80, NL: 75, IE: 73, MN: 10 }),
});

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
  const toVoting = (e: ElectionRef) => votingFor(t, officer, e);
  const judicialElection = () => judicialElection2017(t, officer);

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
      ...ROUND_1_2017,
      votes: votesBy(ids, ROUND_1_2017.votes),
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
    const round2 = round2Of(e.id, ids);
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

  interface Problem {
    code: string;
    rule: string | null;
    field: string | null;
    candidacyId: string | null;
    category: { kind: string; value: string } | null;
    value: number | null;
    limit: number | null;
  }
  interface Preview {
    wouldRecord: boolean;
    heldOn: string;
    statesParties: number;
    validBallots: number | null;
    votesRequired: number | null;
    problems: Problem[];
    requirementsInForce: Mvr[] | null;
    outcome: (Record<string, unknown> & { concludesElection: boolean; elected: string[] }) | null;
  }

  it('previews a round exactly as recording then decides it, refuses what recording refuses, and writes nothing', async () => {
    const { e, ids } = await judicialElection();
    const admin = await t.tokenFor(StaffRole.ADMIN);
    const preview = async (input: Record<string, unknown>, as = officer) => {
      const res = await t.gql<{ previewBallotRound: Preview }>(PREVIEW, { input }, { as });
      expect(res.errors).toBeUndefined();
      return res.data!.previewBallotRound;
    };
    const auditCount = async () =>
      (await t.gql<{ auditLog: { totalCount: number } }>(`{ auditLog { totalCount } }`, {}, { as: admin })).data!
        .auditLog.totalCount;
    const votesOf = (votes: Record<string, number>) => votesBy(ids, votes);
    const round1 = { electionId: e.id, round: 1, ...ROUND_1_2017, votes: votesOf(ROUND_1_2017.votes) };
    // After the latest day begun anywhere (UTC+14), whatever the hour the test runs at.
    const dayAfterTomorrow = addDays(today(t), 2);

    // Before voting: the one problem recording would give.
    const early = await preview(round1);
    expect(early).toMatchObject({ wouldRecord: false, outcome: null, votesRequired: null });
    expect(early.problems.map((p) => [p.code, p.rule])).toEqual([['RULE_VIOLATION', 'ELECTION_NOT_VOTING']]);
    await toVoting(e);

    // Only those who may record a round may preview one.
    const panel = await t.tokenFor(StaffRole.PANEL_MEMBER);
    expectError(await t.gql(PREVIEW, { input: round1 }, { as: panel }), 'FORBIDDEN');
    expectError(await t.gql(PREVIEW, { input: round1 }), 'UNAUTHENTICATED');
    // Input the schema refuses is refused the same way.
    expectError(await t.gql(PREVIEW, { input: { ...round1, ballotPapers: -1 } }, { as: officer }), 'BAD_USER_INPUT');

    // Bad tallies: the preview's first problem is the error recording gives (code and rule).
    const women = ['BD', 'PE', 'SN', 'GH', 'CL', 'RO', 'IE'];
    const bad: Record<string, Record<string, unknown>> = {
      outOfSequence: { ...round1, round: 2 },
      tooMany: { ...round1, votes: votesOf({ ...ROUND_1_2017.votes, BD: 110 }) },
      overCapacity: { ...round1, votes: round1.votes.map((v) => ({ ...v, votes: 100 })) },
      papers: { ...round1, ballotPapers: 300 },
      notACount: { ...round1, invalidBallots: 200 },
      fewWomen: {
        ...round1,
        votes: round1.votes.map((v) => (women.includes(stateOf(v.candidacyId)) ? { ...v, votes: 60 } : v)),
      },
      zero: { ...round1, ballotPapers: 0, invalidBallots: 0, votes: [] },
      twice: { ...round1, votes: [...round1.votes, round1.votes[0]] },
      future: { ...round1, heldOn: dayAfterTomorrow },
      stranger: {
        ...round1,
        withdrawnBefore: ['00000000-0000-4000-8000-000000000001'],
        votes: [...round1.votes, { candidacyId: '00000000-0000-4000-8000-000000000002', votes: 0 }],
      },
    };
    function stateOf(id: string): string {
      return Object.keys(ids).find((s) => ids[s] === id)!;
    }
    const before = await auditCount();
    const previews: Record<string, Preview> = {};
    for (const [name, input] of Object.entries(bad)) previews[name] = await preview(input);
    const good = await preview(round1);
    // Nothing written: no audit entry, no round, no status changed.
    expect(await auditCount()).toBe(before);
    const untouched = await read(e.id);
    expect(untouched.ballotRounds).toEqual([]);
    expect(untouched.candidacies.edges.every(({ node }) => node.status === 'NOMINATED')).toBe(true);
    expect([...untouched.candidaciesInRace].sort()).toEqual(Object.values(ids).sort());

    for (const [name, input] of Object.entries(bad)) {
      const refused = (await record(input)).errors?.[0]?.extensions as { code: string; rule?: string } | undefined;
      const [first] = previews[name].problems;
      expect([name, first.code, first.rule ?? undefined]).toEqual([name, refused?.code, refused?.rule]);
      expect([name, previews[name].wouldRecord, previews[name].outcome]).toEqual([name, false, null]);
    }
    expect(previews.outOfSequence.problems.map((p) => p.rule)).toEqual(['ROUND_OUT_OF_SEQUENCE']);
    expect(previews.fewWomen.problems).toEqual([
      expect.objectContaining({
        code: 'RULE_VIOLATION',
        rule: 'CATEGORY_TOTAL_BELOW_REQUIREMENT',
        category: { kind: 'GENDER', value: 'FEMALE' },
        value: 510,
        limit: 545,
      }),
    ]);
    // Every problem at once, not only the first.
    expect(previews.tooMany.problems.map((p) => [p.rule, p.candidacyId, p.value, p.limit])).toEqual([
      ['VOTES_EXCEED_VALID_BALLOTS', ids.BD, 110, 109],
      ['TOTAL_VOTES_EXCEED_CAPACITY', null, 673, 654],
    ]);
    expect(previews.twice.problems.map((p) => [p.code, p.field])).toEqual([['BAD_USER_INPUT', 'votes']]);
    expect(previews.future.problems.map((p) => [p.code, p.field])).toEqual([['BAD_USER_INPUT', 'heldOn']]);
    expect(previews.stranger.problems.map((p) => [p.rule, p.candidacyId])).toEqual([
      ['CANDIDACY_NOT_IN_RACE', '00000000-0000-4000-8000-000000000001'],
      ['VOTES_FOR_CANDIDATE_NOT_IN_RACE', '00000000-0000-4000-8000-000000000002'],
    ]);
    const several = await preview({ ...bad.tooMany, heldOn: dayAfterTomorrow });
    expect(several.problems.map((p) => p.rule ?? p.field)).toEqual([
      'heldOn',
      'VOTES_EXCEED_VALID_BALLOTS',
      'TOTAL_VOTES_EXCEED_CAPACITY',
    ]);

    // 2017 round 1 as announced: the preview, then the recording, say the same.
    expect(good).toMatchObject({ wouldRecord: true, problems: [], validBallots: 109, votesRequired: 73 });
    expect(applying(good.requirementsInForce)).toEqual(applying(untouched.minimumVotingRequirements));
    expect(good.outcome).toMatchObject({ elected: [ids.BD, ids.PE], concludesElection: false });
    const recorded = await t.gql<{ recordBallotRound: Record<string, unknown> }>(
      RECORD_OUTCOME,
      { input: round1 },
      { as: officer },
    );
    expect(recorded.errors).toBeUndefined();
    const { concludesElection, ...outcome } = good.outcome!;
    expect(recorded.data!.recordBallotRound).toEqual({
      heldOn: good.heldOn,
      statesParties: good.statesParties,
      validBallots: good.validBallots,
      votesRequired: good.votesRequired,
      ...outcome,
    });
    expect([concludesElection, (await read(e.id)).status]).toEqual([false, 'VOTING']);
    // The next round is between those not elected (the console lists their fields from this).
    const inRace = (await read(e.id)).candidaciesInRace;
    expect([...inRace].sort()).toEqual(
      Object.values(ids)
        .filter((id) => id !== ids.BD && id !== ids.PE)
        .sort(),
    );
    // Asked again, the same figures are now for a round already recorded.
    expect((await preview(round1)).problems.map((p) => p.rule)).toEqual(['ROUND_OUT_OF_SEQUENCE']);

    // Round 2, with a withdrawal announced: the requirements in force, then the election concluded.
    const round2 = round2Of(e.id, ids);
    const second = await preview(round2);
    expect(applying(second.requirementsInForce)).toEqual(applying((await read(e.id)).minimumVotingRequirements));
    expect(second.outcome).toMatchObject({ concludesElection: true, requirementsForNextRound: null });
    const r2 = await t.gql<{ recordBallotRound: Record<string, unknown> }>(
      RECORD_OUTCOME,
      { input: round2 },
      { as: officer },
    );
    const { concludesElection: concludes, ...outcome2 } = second.outcome!;
    expect(r2.data!.recordBallotRound).toEqual({
      heldOn: second.heldOn,
      statesParties: second.statesParties,
      validBallots: second.validBallots,
      votesRequired: second.votesRequired,
      ...outcome2,
    });
    expect([concludes, (await read(e.id)).status]).toEqual([true, 'CONCLUDED']);
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
