import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind } from 'graphql';
import { ErrorCode } from '../errors.js';
import type { RequestContext } from '../request-context.js';

/**
 * Fixed one-minute windows per key. In memory, so each instance counts on its own: behind a load
 * balancer of N instances a client gets up to N times the limit (acceptable for abuse control;
 * a shared limiter would need a store beyond PostgreSQL, which the design avoids).
 */
export class FixedWindowLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
  ) {}

  /** Counts a hit; false when the key is over its limit in the current window. */
  hit(key: string, now: number): boolean {
    const current = this.windows.get(key);
    if (!current || now - current.start >= this.windowMs) {
      if (this.windows.size > 100_000) this.sweep(now);
      this.windows.set(key, { start: now, count: 1 });
      return true;
    }
    current.count += 1;
    return current.count <= this.limit;
  }

  private sweep(now: number): void {
    for (const [key, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(key);
  }
}

export interface RateLimits {
  readonly perMinute: number;
  /** Stricter limit for sign-in and the invitation exchange (guessing passwords or tokens). */
  readonly signInPerMinute: number;
}

const SIGN_IN_OPERATIONS = new Set(['login', 'openInvitation']);

function rateLimited(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.RATE_LIMITED, http: { status: 429 } } });
}

/** Refuses an operation before it executes when its client address is over a limit. */
export function rateLimitPlugin(limits: RateLimits, now: () => number = Date.now): ApolloServerPlugin<RequestContext> {
  const all = new FixedWindowLimiter(limits.perMinute);
  const signIn = new FixedWindowLimiter(limits.signInPerMinute);
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ contextValue, operation }) {
          const client = contextValue.clientAddress;
          if (!all.hit(client, now())) {
            return Promise.reject(rateLimited('Too many requests from this address: wait a minute'));
          }
          const signsIn = (operation?.selectionSet.selections ?? []).some(
            (s) => s.kind === Kind.FIELD && SIGN_IN_OPERATIONS.has(s.name.value),
          );
          if (signsIn && !signIn.hit(client, now())) {
            return Promise.reject(rateLimited('Too many sign-in attempts from this address: wait a minute'));
          }
          return Promise.resolve();
        },
      });
    },
  };
}
