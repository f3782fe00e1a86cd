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

/**
 * Blind scoring cannot be gamed: the caller's own assessment when this read is the one that first
 * shows them another member's scores (its time is then recorded, and revising it afterwards needs
 * the chair's leave); null when it shows nothing new.
 */
export function disclosedBy<A extends { readonly memberId: string; readonly othersSeenAt: Date | null }>(
  standing: PanelStanding,
  visible: readonly A[],
): A | null {
  if (standing.kind !== 'member') return null;
  const own = visible.find((a) => a.memberId === standing.memberId);
  if (!own || own.othersSeenAt) return null;
  return visible.some((a) => a.memberId !== standing.memberId) ? own : null;
}
