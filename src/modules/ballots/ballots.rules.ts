// Rule names carried in `extensions.rule` when a ballot write is refused (stable: clients rely on
// them). Impossible tallies carry the slate library's TallyRule names (validateTally).
export const BallotRule = {
  ELECTION_NOT_VOTING: 'ELECTION_NOT_VOTING',
  ROUND_OUT_OF_SEQUENCE: 'ROUND_OUT_OF_SEQUENCE',
  CANDIDACY_NOT_IN_RACE: 'CANDIDACY_NOT_IN_RACE',
  NOT_A_CLEAN_SLATE: 'NOT_A_CLEAN_SLATE',
  CANDIDATES_EXCLUDE_EACH_OTHER: 'CANDIDATES_EXCLUDE_EACH_OTHER',
  // A round cannot be dated before the election's first day of voting.
  ROUND_BEFORE_VOTING_STARTS: 'ROUND_BEFORE_VOTING_STARTS',
} as const;
