import { applyRound, replayElection, requirementsForNextRound, startElection } from './election-replay.js';
import type { ElectionSetup } from './election-replay.js';
import { REGIONAL_GROUPS } from './slate.types.js';
import type { Candidate, SittingJudge, StatesPartiesByGroup } from './slate.types.js';

const counts: StatesPartiesByGroup = {
  AFRICAN: 33,
  ASIA_PACIFIC: 19,
  EASTERN_EUROPEAN: 18,
  LATIN_AMERICAN_AND_CARIBBEAN: 28,
  WESTERN_EUROPEAN_AND_OTHER: 25,
};

const candidates: Candidate[] = [
  { id: 'a', nationality: 'AA', gender: 'FEMALE', list: 'A', regionalGroup: 'AFRICAN' },
  { id: 'b', nationality: 'BB', gender: 'MALE', list: 'B', regionalGroup: 'AFRICAN' },
  { id: 'c', nationality: 'CC', gender: 'FEMALE', list: 'B', regionalGroup: 'ASIA_PACIFIC' },
  { id: 'd', nationality: 'DD', gender: 'MALE', list: 'A', regionalGroup: 'EASTERN_EUROPEAN' },
  { id: 'e', nationality: 'AA', gender: 'FEMALE', list: 'A', regionalGroup: 'AFRICAN' },
];

// Fifteen judges staying who meet every target (list A 10, B 5; 7 women, 8 men; 3 per group), so
// no minimum voting requirement binds and any tally within the seats is possible.
const bench: SittingJudge[] = Array.from({ length: 15 }, (_, i) => ({
  nationality: `J${String.fromCharCode(65 + i)}`,
  gender: i < 7 ? 'FEMALE' : 'MALE',
  list: i < 10 ? 'A' : 'B',
  regionalGroup: REGIONAL_GROUPS[i % 5] ?? 'AFRICAN',
}));

const setup: ElectionSetup = {
  electionType: 'JUDGES',
  seats: 3,
  candidates,
  sittingJudges: bench,
  statesPartiesByGroup: counts,
};

describe('replayElection', () => {
  it('starts with every candidate in the race and the first-round requirements', () => {
    const state = startElection(setup);
    expect(state.roundsCounted).toBe(0);
    expect(state.seatsLeft).toBe(3);
    expect(state.inRace.map((c) => c.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(state.nextRoundRequirements?.round).toBe(1);
    expect(state.complete).toBe(false);
  });

  it('folds rounds into elected, excluded, withdrawn and the next requirements', () => {
    const state = replayElection(setup, [
      { validBallots: 100, votes: { a: 80, b: 50, c: 50, d: 40, e: 60 } },
      { validBallots: 100, withdrawnBefore: ['d'], votes: { b: 70, c: 90 } },
    ]);
    expect(state.elected).toEqual([
      { id: 'a', round: 1, votes: 80 },
      { id: 'c', round: 2, votes: 90 },
      { id: 'b', round: 2, votes: 70 },
    ]);
    expect(state.excluded).toEqual(['e']); // compatriot of a (art. 36(7))
    expect(state.withdrawn).toEqual(['d']);
    expect(state.seatsLeft).toBe(0);
    expect(state.complete).toBe(true);
    expect(state.rounds.map((r) => r.requirements?.round)).toEqual([1, 2]);
  });

  it('computes a round’s requirements after the withdrawals before it', () => {
    const after1 = applyRound(setup, startElection(setup), { validBallots: 100, votes: {} });
    const preview = requirementsForNextRound(setup, after1, ['a', 'e']);
    const african = preview?.requirements.find((r) => r.value === 'AFRICAN');
    expect(african?.candidatesInRace).toBe(1);
  });

  it('records an impossible tally but elects nobody from it', () => {
    const state = replayElection(setup, [{ validBallots: 10, votes: { a: 11 } }]);
    expect(state.roundsCounted).toBe(1);
    expect(state.rounds[0]?.outcome.valid).toBe(false);
    expect(state.elected).toEqual([]);
  });

  it('refuses a round after the last seat is filled', () => {
    const done = replayElection({ ...setup, seats: 1 }, [
      { validBallots: 100, votes: { a: 90 } },
      { validBallots: 100, votes: { b: 90 } },
    ]);
    expect(done.elected.map((e) => e.id)).toEqual(['a']);
    expect(done.rounds[1]?.outcome.violations.map((v) => v.rule)).toContain('NO_SEATS_LEFT');
  });

  it('has no MVRs outside judicial elections, and bars the Prosecutor’s nationality', () => {
    const deputies: ElectionSetup = {
      electionType: 'DEPUTY_PROSECUTOR',
      seats: 1,
      candidates: candidates.slice(0, 2).map((c) => ({ ...c, post: '1' })),
      statesPartiesByGroup: counts,
      barredNationalities: ['AA'],
    };
    const state = replayElection(deputies, [{ validBallots: 120, votes: { a: 100, b: 20 } }]);
    expect(state.nextRoundRequirements).toBeNull();
    expect(state.elected).toEqual([]);
    expect(state.excluded).toEqual(['a']);
  });
});
