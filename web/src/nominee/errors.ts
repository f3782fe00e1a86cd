// Every error a nominee can meet, as a message in their language: never the server's text or an id.
import { ApiError, NetworkError } from '../graphql/client.js';
import type { Key } from '../i18n/i18n.js';

export type ErrorKind =
  | 'network'
  | 'unavailable'
  | 'rateLimited'
  | 'sessionExpired'
  | 'conflict'
  | 'deadlinePassed'
  | 'responseClosed'
  | 'withdrawn'
  | 'rule'
  | 'invalid'
  | 'forbidden'
  | 'generic';

export function errorKind(error: unknown): ErrorKind {
  if (error instanceof NetworkError) return 'network';
  if (!(error instanceof ApiError)) return 'generic';
  switch (error.code) {
    case 'SERVICE_UNAVAILABLE':
      return 'unavailable';
    case 'RATE_LIMITED':
      return 'rateLimited';
    case 'UNAUTHENTICATED':
      return 'sessionExpired';
    case 'CONFLICT':
      return 'conflict';
    case 'DEADLINE_PASSED':
      return 'deadlinePassed';
    case 'RULE_VIOLATION':
      if (error.rule === 'RESPONSE_CLOSED') return 'responseClosed';
      if (error.rule === 'CANDIDACY_WITHDRAWN') return 'withdrawn';
      return 'rule';
    case 'BAD_USER_INPUT':
      return 'invalid';
    case 'FORBIDDEN':
      return 'forbidden';
    default:
      return 'generic';
  }
}

const MESSAGES: Record<ErrorKind, Key> = {
  network: 'common.errors.network',
  unavailable: 'common.errors.unavailable',
  rateLimited: 'common.errors.rateLimited',
  sessionExpired: 'nominee.errors.sessionExpired',
  conflict: 'nominee.save.conflict',
  deadlinePassed: 'nominee.errors.deadlinePassed',
  responseClosed: 'nominee.errors.responseClosed',
  withdrawn: 'nominee.errors.withdrawn',
  rule: 'nominee.errors.rule',
  invalid: 'nominee.errors.invalid',
  forbidden: 'nominee.errors.forbidden',
  generic: 'common.errors.generic',
};

export function errorMessage(error: unknown): Key {
  return MESSAGES[errorKind(error)];
}

/** Worth trying again by itself: the server was not reached, or asked to wait. */
export function isTransient(error: unknown): boolean {
  const kind = errorKind(error);
  return kind === 'network' || kind === 'unavailable' || kind === 'rateLimited';
}

/** Seconds the server asked to wait (RATE_LIMITED), if it did. */
export function retryAfterSeconds(error: unknown): number | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const value = error.extensions.retryAfter;
  return typeof value === 'number' && value > 0 ? value : undefined;
}

/** The question keys a BAD_USER_INPUT names (saveAnswers and submitResponse name answer keys). */
export function fieldsOf(error: unknown): string[] {
  if (!(error instanceof ApiError) || error.code !== 'BAD_USER_INPUT') return [];
  const fields = error.extensions.fields;
  if (!Array.isArray(fields)) return [];
  return fields.flatMap((f: unknown) =>
    f && typeof f === 'object' && typeof (f as { field?: unknown }).field === 'string'
      ? [(f as { field: string }).field]
      : [],
  );
}
