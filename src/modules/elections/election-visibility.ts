import { ElectionStatus } from '../../common/domain.enums.js';
import type { Actor } from '../../common/request-context.js';

/**
 * The publication policy for elections: a DRAFT election is the elections team's work in
 * progress, seen by staff only; observers (and nominees) see an election from the day its
 * nominations open. Every public path (the list, one election, a candidacy, a person, the search,
 * the feed) asks here.
 */
export const OBSERVER_STATUSES: readonly ElectionStatus[] = Object.values(ElectionStatus).filter(
  (s) => s !== ElectionStatus.DRAFT,
);

export function seesDraftElections(actor: Actor): boolean {
  return actor.kind === 'staff';
}

export function isElectionVisible(actor: Actor, election: { readonly status: ElectionStatus }): boolean {
  return seesDraftElections(actor) || election.status !== ElectionStatus.DRAFT;
}

/**
 * The statuses a caller may list, narrowed by the ones they asked for; empty when they asked only
 * for statuses they may not see.
 */
export function visibleStatuses(actor: Actor, asked: readonly ElectionStatus[] | undefined): ElectionStatus[] {
  const wanted = asked?.length ? asked : Object.values(ElectionStatus);
  return seesDraftElections(actor) ? [...wanted] : wanted.filter((s) => OBSERVER_STATUSES.includes(s));
}
