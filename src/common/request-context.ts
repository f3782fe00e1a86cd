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
  /** Values a joined read brought (see prime), by loader: at hand without a promise. */
  private readonly known = new Map<string, Map<unknown, unknown>>();

  get<K, V, C = K>(key: string, create: () => DataLoader<K, V, C>): DataLoader<K, V, C> {
    let loader = this.loaders.get(key) as DataLoader<K, V, C> | undefined;
    if (!loader) {
      loader = create();
      this.loaders.set(key, loader);
    }
    return loader;
  }

  /**
   * Gives the loader `key` a value read along with another (a join), and keeps it at hand for
   * loadNow: the loader and loadNow then answer the same (the latest read) for that id.
   */
  prime<K, V, C = K>(key: string, create: () => DataLoader<K, V, C>, id: K, value: V): void {
    this.get(key, create).clear(id).prime(id, value);
    let values = this.known.get(key);
    if (!values) this.known.set(key, (values = new Map<unknown, unknown>()));
    values.set(id, value);
  }

  /**
   * The value for `id`: at once when a joined read primed it, else the loader's promise. A field
   * resolver that returns it as is completes without a promise when the value is at hand, and so
   * does the object holding it (most of an observer's list).
   */
  loadNow<K, V, C = K>(key: string, create: () => DataLoader<K, V, C>, id: K): V | Promise<V> {
    const values = this.known.get(key);
    if (values?.has(id)) return values.get(id) as V;
    return this.get(key, create).load(id);
  }
}

/** `f` of a value, or of a promise's (a promise then): for resolvers that answer at once when they can. */
export function mapNow<T, R>(value: T | Promise<T>, f: (value: T) => R): R | Promise<R> {
  return value instanceof Promise ? value.then(f) : f(value);
}

export interface RequestContext {
  readonly req: Request;
  readonly requestId: string;
  readonly clientAddress: string;
  /** Set by the auth guard before any resolver runs. */
  actor: Actor;
  readonly loaders: LoaderRegistry;
}
