import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** What a caller (or the load balancer in front) may pass as its own request id. */
const GIVEN_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * The one source of a request's id: the caller's X-Request-Id when it is a sane token, otherwise a
 * new UUID; kept on the request (`req.id`), so the access log, the lines written about the request
 * (aboutRequest), the GraphQL context and the audit entries carry the same id.
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
 * request's id in `requestId`, as on its access-log line, the message, and the error (errorFields).
 * The code that writes about a request has it and names it: a logger bound to the request's whole
 * async path (AsyncLocalStorage) would put a hook on every promise of every request on Node 20, a
 * sixth of a small read's throughput (measured with `npm run bench`).
 */
export function aboutRequest(requestId: string | undefined, msg: string, err?: unknown): Record<string, unknown> {
  // Under `error`, not pino's `err`: pino's serializer would take the fields for an error and rename its type.
  return { requestId: requestId ?? null, msg, ...(err !== undefined && { error: errorFields(err) }) };
}

/**
 * What a log line keeps of an error: its type, message, stack and (a database's) code. Not its other
 * properties, which pino would copy whole: a failed statement's `parameters` and `driverError` may carry
 * a password hash, a token's hash or an address. Something thrown that is not an Error: its type only.
 */
export function errorFields(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { type: typeof err, message: typeof err === 'string' ? err : undefined };
  const code = (err as { code?: unknown }).code;
  return { type: err.name, message: err.message, stack: err.stack, ...(typeof code === 'string' && { code }) };
}
