import type { Recusal } from './recusal.rules.js';

/**
 * Where a caller stands towards one panel's records about one candidacy. Computed once per
 * (caller, panel, candidacy) by the service; every resolver that returns interview data asks the
 * functions below, so what observers see is decided here and nowhere else.
 */
export type PanelStanding =
  | { readonly kind: 'officer' }
  | { readonly kind: 'member'; readonly memberId: string; readonly isChair: boolean; readonly recusal: Recusal | null }
  | { readonly kind: 'outsider' };

/** PANEL: the panel's own view (unpublished interviews, private notes, scores as blind scoring allows); PUBLIC: what observers read; NONE: nothing. */
export type InterviewAccess = 'PANEL' | 'PUBLIC' | 'NONE';

export function interviewAccess(
  standing: PanelStanding,
  interview: { readonly publishedAt: Date | null },
): InterviewAccess {
  if (mayReadPanelRecords(standing)) return 'PANEL';
  return interview.publishedAt ? 'PUBLIC' : 'NONE';
}

/** Officers, and members of the panel who are not recused from the candidacy. */
export function mayReadPanelRecords(standing: PanelStanding): boolean {
  return standing.kind === 'officer' || (standing.kind === 'member' && standing.recusal === null);
}

/**
 * Blind scoring: a member sees the other members' assessments only once they have submitted their
 * own; officers (who do not score) see them all; nobody else sees any.
 */
export function visibleAssessments<A extends { readonly memberId: string }>(
  standing: PanelStanding,
  assessments: readonly A[],
): A[] {
  if (standing.kind === 'officer') return [...assessments];
  if (standing.kind !== 'member' || standing.recusal) return [];
  return assessments.some((a) => a.memberId === standing.memberId) ? [...assessments] : [];
}
