import { ROUND_RULES } from './slate.constants.js';
import type { ElectionType } from './slate.types.js';

export interface MajorityInput {
  readonly validBallots: number;
  // States Parties on the day of the vote; needed for the Prosecutor and Deputies.
  readonly statesParties?: number;
}

// Rome Statute art. 36(6)(a); practice: two thirds of the valid ballots, rounded up.
export function twoThirdsOfValidBallots(validBallots: number): number {
  assertCount('validBallots', validBallots);
  return Math.floor((2 * validBallots + 2) / 3);
}

// Rome Statute art. 42(4): an absolute majority of the States Parties, not of those voting.
export function absoluteMajorityOfStatesParties(statesParties: number): number {
  assertCount('statesParties', statesParties);
  return Math.floor(statesParties / 2) + 1;
}

// The votes a candidate needs to be elected in a round of this election.
export function votesRequired(electionType: ElectionType, input: MajorityInput): number {
  const rule = ROUND_RULES.majority[electionType];
  switch (rule) {
    case 'TWO_THIRDS_OF_VALID_BALLOTS':
      return twoThirdsOfValidBallots(input.validBallots);
    case 'ABSOLUTE_MAJORITY_OF_STATES_PARTIES':
      if (input.statesParties === undefined) {
        throw new RangeError(`${electionType}: the number of States Parties on the day is needed`);
      }
      return absoluteMajorityOfStatesParties(input.statesParties);
  }
}

export function reachesMajority(votes: number, electionType: ElectionType, input: MajorityInput): boolean {
  return votes >= votesRequired(electionType, input);
}

function assertCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
  }
}
