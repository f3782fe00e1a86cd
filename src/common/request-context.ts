import type DataLoader from 'dataloader';
import type { Request } from 'express';
import type { StaffRole } from './domain.enums.js';

export type Actor =
  | { readonly kind: 'anonymous' }
  | { readonly kind: 'staff'; readonly userId: string; readonly role: StaffRole }
  | {
      readonly kind: 'nominee';
      readonly candidacyId: string;
      /** The questionnaire invitation that opened the session, or the discussion invitation when `via` says so. */
      readonly invitationId: string;
      readonly via?: 'discussion';
    };

export const ANONYMOUS: Actor = { kind: 'anonymous' };

/** Per-request DataLoaders, created on first use and dropped with the request. */
export class LoaderRegistry {
  private readonly loaders = new Map<string, unknown>();

  get<K, V, C = K>(key: string, create: () => DataLoader<K, V, C>): DataLoader<K, V, C> {
    let loader = this.loaders.get(key) as DataLoader<K, V, C> | undefined;
    if (!loader) {
      loader = create();
      this.loaders.set(key, loader);
    }
    return loader;
  }
}

export interface RequestContext {
  readonly req: Request;
  readonly requestId: string;
  readonly clientAddress: string;
  /** Set by the auth guard before any resolver runs. */
  actor: Actor;
  readonly loaders: LoaderRegistry;
}
