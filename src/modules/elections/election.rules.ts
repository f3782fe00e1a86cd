import { ElectionStatus, ElectionType } from '../../common/domain.enums.js';
import { NOMINATION_RULES } from '../slate/index.js';

/** Seats each kind of election may have, and the usual number (icc-election-rules.md §1). */
export const SEATS: Readonly<Record<ElectionType, { min: number; max: number; usual: number }>> = {
  // Rome Statute art. 36(1), 36(9): 18 judges, normally 6 every three years; art. 37 vacancies.
  [ElectionType.JUDGES]: { min: 1, max: 18, usual: 6 },
  // art. 42(4): one Prosecutor.
  [ElectionType.PROSECUTOR]: { min: 1, max: 1, usual: 1 },
  // art. 42(2): "one or more" Deputies, as the ASP decides (2 in 2021).
  [ElectionType.DEPUTY_PROSECUTOR]: { min: 1, max: 5, usual: 2 },
  // ICC-ASP/1/Res.6: five members, one per regional group.
  [ElectionType.TFV_BOARD]: { min: 1, max: 5, usual: 5 },
  // ICC-ASP/1/Res.5: twelve members, staggered so that about half are elected at a time.
  [ElectionType.COMMITTEE_ON_BUDGET_AND_FINANCE]: { min: 1, max: 12, usual: 6 },
};

/** Extensions of a nomination period (practice): two weeks at a time, at most three times. */
export const NOMINATION_EXTENSION = NOMINATION_RULES.extension;

// Rule names carried in `extensions.rule` when an election write is refused (stable).
export const ElectionRule = {
  DEPUTY_CANDIDATES_PER_POST: 'DEPUTY_CANDIDATES_PER_POST',
  SAME_NATIONALITY_AS_PROSECUTOR: 'SAME_NATIONALITY_AS_PROSECUTOR',
  SEATS_LEFT_UNFILLED: 'SEATS_LEFT_UNFILLED',
  REGIONAL_SEATS: 'REGIONAL_SEATS',
  NOMINATIONS_CLOSED_EARLY: 'NOMINATIONS_CLOSED_EARLY',
  /** Only a DRAFT election can be deleted; later ones have a public record. */
  ONLY_DRAFTS_DELETED: 'ONLY_DRAFTS_DELETED',
  /** A draft that others' records point to (a candidacy, questionnaire, panel...) is kept. */
  ELECTION_IN_USE: 'ELECTION_IN_USE',
} as const;

const NEXT: Readonly<Record<ElectionStatus, ElectionStatus | null>> = {
  [ElectionStatus.DRAFT]: ElectionStatus.NOMINATIONS_OPEN,
  [ElectionStatus.NOMINATIONS_OPEN]: ElectionStatus.NOMINATIONS_CLOSED,
  [ElectionStatus.NOMINATIONS_CLOSED]: ElectionStatus.VOTING,
  [ElectionStatus.VOTING]: ElectionStatus.CONCLUDED,
  [ElectionStatus.CONCLUDED]: null,
};

/** Status only moves forward, one step at a time. */
export function isAllowedTransition(from: ElectionStatus, to: ElectionStatus): boolean {
  return from === to || NEXT[from] === to;
}
