import fc from 'fast-check';
import { checkBallot } from './ballot-check.js';
import { applyRound, replayElection, startElection } from './election-replay.js';
import type { ElectionSetup, ElectionState, RecordedRound } from './election-replay.js';
import { computeMvrs, findBallotMeetingRequirements, isInCategory } from './mvr.js';
import { slateFlags } from './slate-flags.js';
import type { SlateFlagsInput } from './slate-flags.js';
import { ELECTION_TYPES, JUDGE_LISTS, REGIONAL_GROUPS } from './slate.types.js';
import type {
  Candidate,
  ElectionType,
  JudgeCandidate,
  MinimumVotingRequirement,
  MvrResult,
  SittingJudge,
  StatesPartiesByGroup,
} from './slate.types.js';

// Properties that hold for any election the generators can make, not only the published ones.
const runs = { numRuns: 200 };

// A small pool of nationalities, so compatriots (and compatriots of sitting judges) are common.
const nationality = fc.constantFrom('AA', 'BB', 'CC', 'DD', 'EE', 'FF', 'GG', 'HH', 'II', 'JJ');
const group = fc.constantFrom(...REGIONAL_GROUPS);
const gender = fc.constantFrom('FEMALE', 'MALE', 'FEMALE', 'MALE', 'OTHER');
const list = fc.constantFrom(...JUDGE_LISTS);

const sittingJudge: fc.Arbitrary<SittingJudge> = fc.record({
  nationality,
  gender,
  list,
  regionalGroup: group,
});

const candidates = (max: number): fc.Arbitrary<Candidate[]> =>
  fc
    .array(fc.record({ nationality, gender, list, regionalGroup: group }), { maxLength: max })
    .map((people) => people.map((p, i) => ({ ...p, id: `c${String(i).padStart(2, '0')}` })));

const counts: fc.Arbitrary<StatesPartiesByGroup> = fc.record({
  AFRICAN: fc.integer({ min: 5, max: 40 }),
  ASIA_PACIFIC: fc.integer({ min: 5, max: 40 }),
  EASTERN_EUROPEAN: fc.integer({ min: 5, max: 40 }),
  LATIN_AMERICAN_AND_CARIBBEAN: fc.integer({ min: 5, max: 40 }),
  WESTERN_EUROPEAN_AND_OTHER: fc.integer({ min: 5, max: 40 }),
});

// A round as raw material: support per candidate slot (percent of valid ballots), withdrawals.
const rawRound = fc.record({
  validBallots: fc.integer({ min: 0, max: 130 }),
  support: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 20, maxLength: 20 }),
  withdraw: fc.array(fc.nat({ max: 19 }), { maxLength: 2 }),
});
type RawRound = typeof rawRound extends fc.Arbitrary<infer T> ? T : never;

const judicialElection = fc.record({
  seats: fc.integer({ min: 1, max: 9 }),
  sittingJudges: fc.array(sittingJudge, { maxLength: 12 }),
  candidates: candidates(20),
  statesPartiesByGroup: counts,
  rounds: fc.array(rawRound, { maxLength: 8 }),
});

// Turns raw rounds into a possible tally for the state reached so far: no candidate above the
// valid ballots, no more votes than valid ballots × seats left.
function record(setup: ElectionSetup, raws: readonly RawRound[]): RecordedRound[] {
  const recorded: RecordedRound[] = [];
  let state = startElection(setup);
  for (const raw of raws) {
    const withdrawnBefore = raw.withdraw
      .map((i) => setup.candidates[i]?.id)
      .filter((id): id is string => id !== undefined && state.inRace.some((c) => c.id === id));
    const race = state.inRace.filter((c) => !withdrawnBefore.includes(c.id));
    const wanted = race.map((c) => {
      const slot = setup.candidates.findIndex((s) => s.id === c.id);
      return Math.floor(((raw.support[slot] ?? 0) * raw.validBallots) / 100);
    });
    const total = wanted.reduce((s, v) => s + v, 0);
    const capacity = raw.validBallots * state.seatsLeft;
    const votes = Object.fromEntries(
      race.map((c, i) => {
        const v = wanted[i] ?? 0;
        return [c.id, total > capacity ? Math.floor((v * capacity) / total) : v];
      }),
    );
    const round = { validBallots: raw.validBallots, votes, withdrawnBefore };
    recorded.push(round);
    state = applyRound(setup, state, round);
  }
  return recorded;
}

function setupOf(e: {
  seats: number;
  sittingJudges: SittingJudge[];
  candidates: Candidate[];
  statesPartiesByGroup: StatesPartiesByGroup;
}): ElectionSetup {
  return { electionType: 'JUDGES', ...e };
}

function requirementSeries(state: ElectionState): MvrResult[] {
  return state.rounds.flatMap((r) => (r.requirements ? [r.requirements] : []));
}

describe('minimum voting requirements (properties)', () => {
  const mvrInput = fc
    .record({
      sittingJudges: fc.array(sittingJudge, { maxLength: 16 }),
      field: candidates(24),
      electedCount: fc.nat({ max: 6 }),
      seatsLeft: fc.integer({ min: 0, max: 9 }),
      statesPartiesByGroup: counts,
      round: fc.integer({ min: 1, max: 8 }),
    })
    .map(({ field, electedCount, ...rest }) => ({
      ...rest,
      electedSoFar: field.slice(0, electedCount),
      candidatesInRace: field.slice(electedCount),
    }));

  it('never exceed the candidates left in the category or the seats left', () => {
    fc.assert(
      fc.property(mvrInput, (input) => {
        const result = computeMvrs(input);
        for (const r of result.requirements) {
          const inCategory = input.candidatesInRace.filter((c) => isInCategory(c, r)).length;
          expect(r.candidatesInRace).toBe(inCategory);
          expect(r.required).toBeGreaterThanOrEqual(0);
          expect(r.required).toBeLessThanOrEqual(r.adjustedRequired);
          expect(r.adjustedRequired).toBeLessThanOrEqual(Math.min(inCategory, input.seatsLeft));
          expect(r.adjustedRequired).toBeLessThanOrEqual(r.baseRequired);
          if (r.kind === 'LIST') expect(r.lapsedReason).toBeNull();
        }
      }),
      runs,
    );
  });

  it('while in force, can always be met by one paper within the seats left', () => {
    fc.assert(
      fc.property(mvrInput, (input) => {
        const result = computeMvrs(input);
        fc.pre(result.regionalAndGenderLapse === null);
        const field: JudgeCandidate[] = input.candidatesInRace.map((c, i) => ({
          ...c,
          id: `${i}`,
        }));
        const paper = findBallotMeetingRequirements(field, result.requirements, input.seatsLeft);
        expect(paper).not.toBeNull();
        const check = checkBallot({
          names: paper ?? [],
          candidatesInRace: field,
          requirements: result.requirements,
          seatsLeft: input.seatsLeft,
        });
        expect(check.violations).toEqual([]);
      }),
      runs,
    );
  });

  it('agree with an exhaustive search on small fields', () => {
    const small = fc.record({
      field: candidates(9),
      needs: fc.array(fc.nat({ max: 3 }), { minLength: 9, maxLength: 9 }),
      seatsLeft: fc.integer({ min: 0, max: 6 }),
    });
    const categories = computeMvrs({
      sittingJudges: [],
      electedSoFar: [],
      candidatesInRace: [],
      seatsLeft: 0,
      statesPartiesByGroup: {
        AFRICAN: 20,
        ASIA_PACIFIC: 20,
        EASTERN_EUROPEAN: 20,
        LATIN_AMERICAN_AND_CARIBBEAN: 20,
        WESTERN_EUROPEAN_AND_OTHER: 20,
      },
      round: 1,
    }).requirements;
    fc.assert(
      fc.property(small, ({ field, needs, seatsLeft }) => {
        const requirements: MinimumVotingRequirement[] = categories.map((c, i) => ({
          ...c,
          required: needs[i] ?? 0,
          applies: (needs[i] ?? 0) > 0,
        }));
        const meets = (names: string[]): boolean =>
          checkBallot({ names, candidatesInRace: field, requirements, seatsLeft }).valid;
        let exists = false;
        for (let mask = 0; mask < 1 << field.length && !exists; mask++) {
          exists = meets(field.filter((_, i) => mask & (1 << i)).map((c) => c.id));
        }
        const paper = findBallotMeetingRequirements(field, requirements, seatsLeft);
        expect(paper !== null).toBe(exists);
        if (paper) expect(meets(paper)).toBe(true);
      }),
      runs,
    );
  });

  it('are never raised by recomputing after a round', () => {
    fc.assert(
      fc.property(judicialElection, (e) => {
        const setup = setupOf(e);
        const state = replayElection(setup, record(setup, e.rounds));
        // The requirements in force round after round, then those announced for the next one.
        // (Before round 1 nothing has been played: a withdrawal may still make a requirement
        // that could not be met feasible again, so the nomination-time figures are not compared.)
        const series = requirementSeries(state);
        if (state.nextRoundRequirements) series.push(state.nextRoundRequirements);
        for (let i = 1; i < series.length; i++) {
          const before = series[i - 1]?.requirements ?? [];
          const after = series[i]?.requirements ?? [];
          after.forEach((r, k) => {
            expect(r.required).toBeLessThanOrEqual(before[k]?.required ?? Infinity);
          });
        }
      }),
      runs,
    );
  });
});

describe('ballot rounds (properties)', () => {
  it('never elect more than the seats left, nor two of one nationality', () => {
    fc.assert(
      fc.property(judicialElection, (e) => {
        const setup = setupOf(e);
        const state = replayElection(setup, record(setup, e.rounds));
        let seatsLeft = setup.seats;
        for (const { outcome } of state.rounds) {
          expect(outcome.elected.length).toBeLessThanOrEqual(seatsLeft);
          seatsLeft -= outcome.elected.length;
          expect(outcome.seatsLeftAfter).toBe(seatsLeft);
        }
        const byId = new Map(setup.candidates.map((c) => [c.id, c]));
        const nationalities = state.elected.map((x) => byId.get(x.id)?.nationality);
        expect(new Set(nationalities).size).toBe(nationalities.length);
        const sitting = new Set(e.sittingJudges.map((j) => j.nationality));
        expect(nationalities.filter((n) => n !== undefined && sitting.has(n))).toEqual([]);
        expect(state.elected.length + state.seatsLeft).toBe(setup.seats);
      }),
      runs,
    );
  });

  it('give the same outcome every time a recorded election is replayed', () => {
    fc.assert(
      fc.property(judicialElection, (e) => {
        const setup = setupOf(e);
        const rounds = record(setup, e.rounds);
        const first = replayElection(setup, rounds);
        expect(replayElection(setup, rounds)).toEqual(first);
        // The order candidates are listed in changes nothing about who is elected or dropped.
        const reversed = replayElection({ ...setup, candidates: [...setup.candidates].reverse() }, rounds);
        expect(reversed.rounds.map((r) => [r.outcome.elected, r.outcome.dropped])).toEqual(
          first.rounds.map((r) => [r.outcome.elected, r.outcome.dropped]),
        );
        expect(reversed.nextRoundRequirements).toEqual(first.nextRoundRequirements);
      }),
      runs,
    );
  });
});

describe('slate flags (properties)', () => {
  const flagsInput: fc.Arbitrary<SlateFlagsInput> = fc
    .record({
      electionType: fc.constantFrom<ElectionType>(...ELECTION_TYPES),
      seats: fc.integer({ min: 1, max: 9 }),
      field: candidates(12),
      sittingJudges: fc.array(sittingJudge, { maxLength: 12 }),
      statesPartiesByGroup: counts,
      posts: fc.array(fc.constantFrom('P1', 'P2', 'P3'), { maxLength: 3 }),
    })
    .map(({ electionType, seats, field, sittingJudges, statesPartiesByGroup, posts }) => {
      switch (electionType) {
        case 'JUDGES':
          return { electionType, seats, candidates: field, sittingJudges, statesPartiesByGroup };
        case 'DEPUTY_PROSECUTOR':
          return {
            electionType,
            seats,
            posts,
            candidates: field.map((c, i) => ({ ...c, post: posts[i % 3] })),
          };
        case 'TFV_BOARD':
        case 'PROSECUTOR':
          return { electionType, seats, candidates: field };
        case 'COMMITTEE_ON_BUDGET_AND_FINANCE':
          return {
            electionType,
            seats,
            candidates: field,
            regionalSeats: { AFRICAN: 2, WESTERN_EUROPEAN_AND_OTHER: 4 },
          };
      }
    });

  it('raise CLEAN_SLATE for the election iff the candidacies equal the seats', () => {
    fc.assert(
      fc.property(flagsInput, (input) => {
        const flags = slateFlags(input);
        const clean = flags.some((f) => f.scope === 'ELECTION' && f.kind === 'CLEAN_SLATE');
        expect(clean).toBe(input.candidates.length === input.seats);
        const under = flags.some((f) => f.scope === 'ELECTION' && f.kind === 'UNDERSUBSCRIBED');
        expect(under).toBe(input.candidates.length < input.seats);
      }),
      runs,
    );
  });
});
