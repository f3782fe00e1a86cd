import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** What a caller (or the load balancer in front) may pass as its own request id. */
const GIVEN_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * The one source of a request's id: the caller's X-Request-Id when it is a sane token, otherwise a
 * new UUID; kept on the request (`req.id`, where pino-http also reads it), so the access log, every
 * line the request causes, the GraphQL context and the audit entries carry the same id.
 */
export function requestIdOf(req: IncomingMessage): string {
  const known: unknown = req.id;
  if (typeof known === 'string') return known;
  const given = req.headers[REQUEST_ID_HEADER];
  const id = typeof given === 'string' && GIVEN_REQUEST_ID.test(given) ? given : randomUUID();
  req.id = id;
  return id;
}
