/** Rules of the panel discussions, named in `extensions.rule` (stable: clients rely on them). */
export const DiscussionRule = {
  /** A cancelled discussion is closed: nothing more changes in it. */
  DISCUSSION_CANCELLED: 'DISCUSSION_CANCELLED',
  /** Only a scheduled discussion is cancelled, or answered by a nominee. */
  DISCUSSION_NOT_SCHEDULED: 'DISCUSSION_NOT_SCHEDULED',
  /** Its record (summary, links, questions) is written once the discussion has started. */
  DISCUSSION_NOT_STARTED: 'DISCUSSION_NOT_STARTED',
  /** Nominees answer before the discussion starts. */
  DISCUSSION_STARTED: 'DISCUSSION_STARTED',
  /** Nominees of one election discuss together: a candidacy of another election is not invited. */
  CANDIDACY_OF_ANOTHER_ELECTION: 'CANDIDACY_OF_ANOTHER_ELECTION',
  /** Observers cannot see a draft election, so nothing of it is published. */
  ELECTION_NOT_PUBLIC: 'ELECTION_NOT_PUBLIC',
  /** Nothing new is organised for a concluded election. */
  ELECTION_CONCLUDED: 'ELECTION_CONCLUDED',
} as const;
