import type { Actor } from '../../common/request-context.js';

/**
 * Who sees which discussion, decided here and nowhere else. STAFF: every discussion, drafts
 * included (the elections team plans them); PUBLIC: observers (and nominees browsing as observers)
 * read a discussion once it is published, with every invited nominee's answer, a decline shown
 * as a decline; NONE: nothing, not even that it exists.
 */
export type DiscussionAccess = 'STAFF' | 'PUBLIC' | 'NONE';

export function discussionAccess(actor: Actor, discussion: { readonly publishedAt: Date | null }): DiscussionAccess {
  if (actor.kind === 'staff') return 'STAFF';
  return discussion.publishedAt ? 'PUBLIC' : 'NONE';
}

export function isDiscussionVisible(actor: Actor, discussion: { readonly publishedAt: Date | null }): boolean {
  return discussionAccess(actor, discussion) !== 'NONE';
}

/**
 * A nominee sees the discussions they are invited to, published or not (they are asked to come),
 * and only those: their session is scoped to one candidacy.
 */
export function nomineeSeesInvitation(actor: Actor, invitation: { readonly candidacyId: string }): boolean {
  return actor.kind === 'nominee' && actor.candidacyId === invitation.candidacyId;
}
