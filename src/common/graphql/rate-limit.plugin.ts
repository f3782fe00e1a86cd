import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors.js';
import type { RequestContext } from '../request-context.js';
import { retryAnswer } from './format-error.js';

/**
 * Fixed one-minute windows per key. In memory, so each instance counts on its own: behind a load
 * balancer of N instances a client gets up to N times this general limit. That is accepted for
 * abuse control of ordinary requests; the limits that guard secrets (sign-in, invitation codes) are
 * kept in PostgreSQL instead (SignInThrottleService), shared by every instance.
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

  /** Whole seconds until the key's current window ends (at least 1). */
  retryAfterSeconds(key: string, now: number): number {
    const current = this.windows.get(key);
    const left = current ? current.start + this.windowMs - now : 0;
    return Math.max(1, Math.ceil(left / 1000));
  }

  private sweep(now: number): void {
    for (const [key, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(key);
  }
}

/**
 * The refusal of every limiter: RATE_LIMITED with `extensions.retryAfter` in seconds, which
 * `rateLimitPlugin` turns into HTTP 429 and a `Retry-After` header.
 */
export function rateLimited(message: string, retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.RATE_LIMITED, retryAfter: Math.max(1, Math.ceil(retryAfterSeconds)) },
  });
}

/** The longest wait asked by the RATE_LIMITED errors of a response; undefined when there is none. */
export function retryAfterOf(
  errors: readonly { extensions?: Readonly<Record<string, unknown>> }[] | undefined,
): number | undefined {
  const answer = retryAnswer(errors?.filter((e) => e.extensions?.code === ErrorCode.RATE_LIMITED));
  return answer?.retryAfter;
}

/**
 * Refuses an operation before it executes when its client address is over the general limit, and
 * answers every response that asks the client to wait with its status and `Retry-After`
 * (`retryAnswer`): 429 when rate-limited (this limiter or the sign-in throttle, which counts each
 * execution of `login` and `openInvitation` on the resolvers), 503 when the database is unavailable.
 */
export function rateLimitPlugin(
  all: FixedWindowLimiter,
  now: () => number = Date.now,
): ApolloServerPlugin<RequestContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ contextValue }) {
          const client = contextValue.clientAddress;
          const at = now();
          if (!all.hit(client, at)) {
            return Promise.reject(
              rateLimited('Too many requests from this address: wait a minute', all.retryAfterSeconds(client, at)),
            );
          }
          return Promise.resolve();
        },
        willSendResponse({ response }) {
          if (response.body.kind !== 'single') return Promise.resolve();
          const answer = retryAnswer(response.body.singleResult.errors);
          if (answer !== undefined) {
            response.http.status = answer.status;
            response.http.headers.set('retry-after', String(answer.retryAfter));
          }
          return Promise.resolve();
        },
      });
    },
  };
}
