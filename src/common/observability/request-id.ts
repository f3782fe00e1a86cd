import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** What a caller (or the load balancer in front) may pass as its own request id. */
const GIVEN_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * The one source of a request's id: the caller's X-Request-Id when it is a sane token, otherwise a
 * new UUID; kept on the request (`req.id`, where pino-http also reads it), so the access log, the
 * lines written about the request (aboutRequest), the GraphQL context and the audit entries carry the
 * same id.
 */
export function requestIdOf(req: IncomingMessage): string {
  const known: unknown = req.id;
  if (typeof known === 'string') return known;
  const given = req.headers[REQUEST_ID_HEADER];
  const id = typeof given === 'string' && GIVEN_REQUEST_ID.test(given) ? given : randomUUID();
  req.id = id;
  return id;
}

/**
 * A log line about one request, as Nest's Logger takes it (`logger.error(aboutRequest(…))`): the
 * request's id in `requestId`, as on its access-log line, the message, and the error with its stack.
 * The code that writes about a request has it and names it: a logger bound to the request's whole
 * async path (AsyncLocalStorage) would put a hook on every promise of every request on Node 20, a
 * sixth of a small read's throughput (measured with `npm run bench`).
 */
export function aboutRequest(requestId: string | undefined, msg: string, err?: unknown): Record<string, unknown> {
  // pino writes an Error's type, message and stack (`err`); anything else thrown as it is.
  const cause = err instanceof Error ? { err } : err !== undefined ? { thrown: err } : {};
  return { requestId: requestId ?? null, msg, ...cause };
}
