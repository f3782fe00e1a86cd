import { CandidacyStatus, ElectionStatus } from '../../common/domain.enums.js';
import type { CandidacyFacts, ElectionFacts } from '../slate-flags/election-facts.js';
import { refusal, roundVerdict, type RoundContext, type RoundTally } from './round-verdict.js';

// A Prosecutor election (one seat, no requirements) on a day with 125 States Parties: 63 needed.
const candidacy = (id: string, nationality: string): CandidacyFacts => ({
  id,
  electionId: 'e',
  status: CandidacyStatus.NOMINATED,
  nationality,
  gender: 'FEMALE',
  regionalGroup: 'AFRICAN',
});
const facts: ElectionFacts = {
  electionId: 'e',
  type: 'PROSECUTOR',
  status: ElectionStatus.VOTING,
  seats: 1,
  candidacies: [candidacy('a', 'GH'), candidacy('b', 'SN')],
  sittingJudges: [],
  statesPartiesByGroup: {
    AFRICAN: 33,
    ASIA_PACIFIC: 19,
    EASTERN_EUROPEAN: 19,
    LATIN_AMERICAN_AND_CARIBBEAN: 28,
    WESTERN_EUROPEAN_AND_OTHER: 26,
  },
  countedOn: '2026-12-01',
  regionalSeats: null,
  prosecutorNationality: null,
  votingStartsOn: '2026-11-30',
};
const ctx: RoundContext = {
  status: ElectionStatus.VOTING,
  votingStartsOn: '2026-11-30',
  rounds: [],
  facts,
  today: '2026-12-01',
  latestToday: '2026-12-01',
};
const tally = (over: Partial<RoundTally> = {}): RoundTally => ({
  round: 1,
  ballotPapers: 120,
  invalidBallots: 0,
  abstentions: 0,
  votes: [
    { candidacyId: 'a', votes: 70 },
    { candidacyId: 'b', votes: 50 },
  ],
  ...over,
});

describe('the verdict on a round (shared by recordBallotRound and previewBallotRound)', () => {
  it('gives the outcome of a round that holds: the majority of the States Parties, the election concluded', () => {
    const v = roundVerdict(ctx, tally());
    expect(v).toMatchObject({
      problems: [],
      statesParties: 125,
      validBallots: 120,
      votesRequired: 63,
      heldOn: '2026-12-01',
    });
    expect(v.outcome?.elected).toEqual(['a']);
    expect(v.next?.complete).toBe(true);
  });

  it('lists every problem in the order recording meets them, and recording refuses with the first', () => {
    const v = roundVerdict(
      ctx,
      tally({
        heldOn: '2026-11-29',
        ballotPapers: 200,
        votes: [
          { candidacyId: 'a', votes: 230 },
          { candidacyId: 'a', votes: 230 },
          { candidacyId: 'x', votes: 5 },
        ],
      }),
    );
    expect(v.problems.map((p) => [p.code, p.rule ?? p.field, p.candidacyId])).toEqual([
      ['BAD_USER_INPUT', 'votes', null],
      ['RULE_VIOLATION', 'ROUND_BEFORE_VOTING_STARTS', null],
      ['RULE_VIOLATION', 'VOTES_FOR_CANDIDATE_NOT_IN_RACE', 'x'],
      ['RULE_VIOLATION', 'BALLOTS_EXCEED_STATES_PARTIES', null],
      // The slate rules' own findings, less those already named (the stray votes, the papers).
      ['RULE_VIOLATION', 'VOTES_EXCEED_VALID_BALLOTS', 'a'],
      ['RULE_VIOLATION', 'TOTAL_VOTES_EXCEED_CAPACITY', null],
    ]);
    expect(v.outcome).toBeNull();
    const first = refusal(v.problems[0]);
    expect([first.code, first.extensions]).toEqual([
      'BAD_USER_INPUT',
      { fields: [{ field: 'votes', problems: ['duplicate candidacyId'] }] },
    ]);
    const second = refusal(v.problems[1]);
    expect([second.code, second.extensions]).toEqual([
      'RULE_VIOLATION',
      { rule: 'ROUND_BEFORE_VOTING_STARTS', votingStartsOn: '2026-11-30', heldOn: '2026-11-29' },
    ]);
  });

  it('says nothing more of a round that cannot be held: election not voting, round out of sequence', () => {
    const closed = roundVerdict({ ...ctx, status: ElectionStatus.CONCLUDED }, tally({ ballotPapers: 999 }));
    expect(closed.problems.map((p) => p.rule)).toEqual(['ELECTION_NOT_VOTING']);
    expect([closed.votesRequired, closed.requirements, closed.outcome]).toEqual([null, null, null]);
    const later = roundVerdict(ctx, tally({ round: 2 }));
    expect(later.problems.map((p) => [p.rule, p.details])).toEqual([['ROUND_OUT_OF_SEQUENCE', { expected: 1 }]]);
  });

  it('names an impossible tally with the slate rules, figures and all', () => {
    const v = roundVerdict(ctx, tally({ invalidBallots: 100, abstentions: 30 }));
    expect(v.validBallots).toBe(-10);
    expect(v.problems.map((p) => p.rule)).toEqual(['NOT_A_COUNT']);
  });
});
