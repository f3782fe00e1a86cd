import type { Actor } from './request-context.js';

/** Who is behind a write, for the audit log: a request's actor, or the system (scripts, schedulers). */
export type AuditActor = Actor | { readonly kind: 'system'; readonly name: string };

export interface Author {
  readonly actor: AuditActor;
  readonly requestId: string | null;
  readonly clientAddress: string | null;
}

export const systemAuthor = (name: string): Author => ({
  actor: { kind: 'system', name },
  requestId: null,
  clientAddress: null,
});

/** The actor as stored in the audit log: kind and id. */
export function actorKey(actor: AuditActor): { kind: string; id: string | null } {
  switch (actor.kind) {
    case 'anonymous':
      return { kind: 'anonymous', id: null };
    case 'staff':
      return { kind: 'staff', id: actor.userId };
    case 'nominee':
      return { kind: 'nominee', id: actor.candidacyId };
    case 'system':
      return { kind: 'system', id: actor.name };
  }
}
