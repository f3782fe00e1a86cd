import { CandidacyStatus } from '../../common/domain.enums.js';
import { ruleViolation } from '../../common/errors.js';

// Rule names carried in `extensions.rule` when a nomination is refused (stable: clients rely on them).
export const NominationRule = {
  NOMINATIONS_NOT_OPEN: 'NOMINATIONS_NOT_OPEN',
  OUTSIDE_NOMINATION_PERIOD: 'OUTSIDE_NOMINATION_PERIOD',
  NOMINATING_STATE_NOT_A_PARTY: 'NOMINATING_STATE_NOT_A_PARTY',
  ONE_CANDIDATE_PER_STATE: 'ONE_CANDIDATE_PER_STATE',
  CANDIDATE_NOT_NATIONAL_OF_STATE_PARTY: 'CANDIDATE_NOT_NATIONAL_OF_STATE_PARTY',
  NATIONALITY_OF_SITTING_JUDGE: 'NATIONALITY_OF_SITTING_JUDGE',
  JUDGE_LIST_REQUIRED: 'JUDGE_LIST_REQUIRED',
  NOMINATION_PROCEDURE_REQUIRED: 'NOMINATION_PROCEDURE_REQUIRED',
  CANDIDACY_NOT_ACTIVE: 'CANDIDACY_NOT_ACTIVE',
  CANDIDACY_WITHDRAWN: 'CANDIDACY_WITHDRAWN',
  // Rome Statute art. 42(4): Deputies are nominated by the Prosecutor, everyone else by a State.
  NOMINATOR: 'NOMINATOR',
  // ICC-ASP/1/Res.5, Res.6: the candidate's regional group has no seat up in this election.
  REGIONAL_SEAT_NOT_UP: 'REGIONAL_SEAT_NOT_UP',
  // A nomination voided by mistake must not take other records with it (`extensions.records`).
  VOID_WOULD_LOSE_RECORDS: 'VOID_WOULD_LOSE_RECORDS',
  // Gender and nationality decide how recorded ballot rounds are judged: fixed once the vote opens.
  PERSON_IN_VOTING_ELECTION: 'PERSON_IN_VOTING_ELECTION',
} as const;

/**
 * A withdrawn candidacy is closed: nothing more is written for it (no invitation, answer, deadline,
 * interview, assessment or publication). Every module checks it through this one rule.
 */
export function assertStanding(candidacy: { readonly id: string; readonly status: CandidacyStatus }): void {
  if (candidacy.status === CandidacyStatus.WITHDRAWN) {
    throw ruleViolation(NominationRule.CANDIDACY_WITHDRAWN, 'The candidacy has been withdrawn: it is closed', {
      candidacyId: candidacy.id,
    });
  }
}

/** What a candidacy warning is about: allowed, but worth knowing. */
export enum CandidacyWarningCode {
  SAME_NATIONALITY_AS_OTHER_CANDIDATE = 'SAME_NATIONALITY_AS_OTHER_CANDIDATE',
}

export const SAME_NATIONALITY_WARNING = CandidacyWarningCode.SAME_NATIONALITY_AS_OTHER_CANDIDATE;

export interface NationalityRow {
  readonly id: string;
  readonly electionId: string;
  readonly nationality: string;
}

/**
 * Two candidates of one nationality may both stand, but both cannot be elected (art. 36(7)):
 * for each candidacy, the other active candidacies in its election sharing its nationality.
 */
export function sameNationalityPeers(rows: readonly NationalityRow[]): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  for (const row of rows) {
    const key = `${row.electionId}:${row.nationality}`;
    byKey.set(key, [...(byKey.get(key) ?? []), row.id]);
  }
  const peers = new Map<string, string[]>();
  for (const row of rows) {
    const others = (byKey.get(`${row.electionId}:${row.nationality}`) ?? []).filter((id) => id !== row.id);
    if (others.length) peers.set(row.id, others);
  }
  return peers;
}
