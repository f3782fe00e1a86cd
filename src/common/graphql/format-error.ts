import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import {
  DomainError,
  ERROR_CODES,
  ErrorCode,
  isDatabaseUnavailable,
  isForeignKeyViolation,
  isUniqueViolation,
} from '../errors.js';
import { isQueryLimitMessage, QUERY_TOO_COMPLEX } from './query-limits.js';

/**
 * Codes of a client's own mistakes (ours, and those Apollo and graphql-js give): passed through as
 * they are. Every code a client can see is in ErrorCode, the schema's documented enum.
 */
export const CLIENT_CODES: ReadonlySet<string> = new Set<string>(
  Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
);

const HTTP_CODES: Readonly<Record<number, ErrorCode>> = {
  400: ErrorCode.BAD_USER_INPUT,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  413: ErrorCode.BAD_USER_INPUT,
  422: ErrorCode.BAD_USER_INPUT,
  429: ErrorCode.RATE_LIMITED,
};

export const GENERIC_MESSAGE = 'Internal server error';

/**
 * Apollo's refusals of an automatic persisted query, which come without a code: a client's
 * mistake, said plainly (they would otherwise read as an internal fault).
 */
const PERSISTED_QUERY_REFUSALS: ReadonlyMap<string, string> = new Map([
  [
    'provided sha does not match query',
    'The persisted query’s sha256Hash is not the SHA-256 of the query sent with it',
  ],
  ['Unsupported persisted query version', 'Only version 1 of automatic persisted queries is supported'],
]);

const persistedQueryRefusal = (error: unknown): string | undefined =>
  error instanceof GraphQLError && error.extensions.code === undefined
    ? PERSISTED_QUERY_REFUSALS.get(error.message)
    : undefined;

/** True when an error is ours to explain to the client; anything else is an internal fault. */
export function isClientError(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError || isUniqueViolation(original) || isForeignKeyViolation(original)) return true;
  if (original instanceof HttpException) return original.getStatus() < 500;
  if (persistedQueryRefusal(original)) return true;
  if (original instanceof GraphQLError) {
    const code = original.extensions.code;
    return typeof code === 'string' && CLIENT_CODES.has(code);
  }
  return false;
}

/**
 * The one place that shapes errors for clients: domain errors keep their code and details, client
 * mistakes keep Apollo's code, and anything else becomes INTERNAL_SERVER_ERROR with a generic
 * message (never a stack trace or an internal message). Unknown errors are logged by the
 * error-logging plugin, with the request id.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainError) {
    return { ...base, message: original.message, extensions: { ...original.extensions, code: original.code } };
  }
  if (original instanceof HttpException && original.getStatus() < 500) {
    const code = HTTP_CODES[original.getStatus()] ?? ErrorCode.BAD_USER_INPUT;
    return { ...base, message: original.message, extensions: { code } };
  }
  const refusal = persistedQueryRefusal(original);
  if (refusal) return { message: refusal, extensions: { code: ErrorCode.BAD_REQUEST } };
  if (isQueryLimitMessage(formatted.message)) {
    return { message: formatted.message.replace(/^Syntax Error: /, ''), extensions: { code: QUERY_TOO_COMPLEX } };
  }
  if (isUniqueViolation(original)) {
    return {
      ...base,
      message: 'This already exists (another request created it at the same moment): reload and try again',
      extensions: { code: ErrorCode.CONFLICT, reason: 'DUPLICATE' },
    };
  }
  if (isForeignKeyViolation(original)) {
    // Nothing was saved: a record this write named, or that names what it removed, changed meanwhile.
    return {
      ...base,
      message: 'Another request changed a record this one depends on at the same moment: reload and try again',
      extensions: { code: ErrorCode.CONFLICT, reason: 'REFERENCED' },
    };
  }
  if (isDatabaseUnavailable(original)) {
    // The transaction was rolled back with the connection: nothing was saved, a retry is safe.
    return {
      ...base,
      message: 'The database is unavailable: nothing was saved; try again',
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
    };
  }
  const given = formatted.extensions?.code;
  const code = typeof given === 'string' ? given : '';
  if (CLIENT_CODES.has(code)) {
    const { stacktrace: _dropped, exception: _alsoDropped, ...extensions } = formatted.extensions ?? {};
    return { ...base, message: formatted.message, extensions: { ...extensions, code } };
  }
  return { ...base, message: GENERIC_MESSAGE, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = Object.fromEntries(
  Object.entries(ERROR_CODES).map(([code, info]) => [code, info.httpStatus]),
) as Record<ErrorCode, number>;

export interface HttpErrorAnswer {
  readonly status: number;
  /** Seconds for the Retry-After header (429 and 503 answers). */
  readonly retryAfter?: number;
  readonly body: { readonly errors: readonly GraphQLFormattedError[] };
}

/** What a client is told to wait after SERVICE_UNAVAILABLE (the database restarting, a failover). */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

type ErrorLike = { readonly extensions?: Readonly<Record<string, unknown>> };

const waitOf = (error: ErrorLike, fallback: number): number => {
  const given = error.extensions?.retryAfter;
  return typeof given === 'number' && Number.isFinite(given) && given > 0 ? Math.ceil(given) : fallback;
};

/**
 * The one rule for answers that ask the client to come back later, so that a load balancer and a
 * client's retry logic see them: SERVICE_UNAVAILABLE is 503, RATE_LIMITED 429 (503 wins when both
 * occur), each with the longest `Retry-After` its errors ask (`extensions.retryAfter`, seconds).
 * Undefined when no error asks to wait.
 */
export function retryAnswer(
  errors: readonly ErrorLike[] | undefined,
): { readonly status: 429 | 503; readonly retryAfter: number } | undefined {
  let unavailable: number | undefined;
  let limited: number | undefined;
  for (const error of errors ?? []) {
    const code = error.extensions?.code;
    if (code === ErrorCode.SERVICE_UNAVAILABLE) {
      unavailable = Math.max(unavailable ?? 0, waitOf(error, UNAVAILABLE_RETRY_AFTER_SECONDS));
    } else if (code === ErrorCode.RATE_LIMITED) {
      limited = Math.max(limited ?? 0, waitOf(error, 1));
    }
  }
  if (unavailable !== undefined) return { status: 503, retryAfter: unavailable };
  if (limited !== undefined) return { status: 429, retryAfter: limited };
  return undefined;
}

/**
 * The same shaping for the plain HTTP paths (the exports): the status that matches the code, and
 * a body like a GraphQL error response, so a client reads `errors[0].extensions.code` everywhere.
 */
export function httpErrorAnswer(error: unknown): HttpErrorAnswer {
  const formatted = formatError({ message: error instanceof Error ? error.message : GENERIC_MESSAGE }, error);
  const code = formatted.extensions?.code;
  const status =
    error instanceof HttpException && error.getStatus() < 500
      ? error.getStatus()
      : (HTTP_STATUS[code as ErrorCode] ?? 400);
  const retry = retryAnswer([formatted]);
  return { status, ...(retry && { retryAfter: retry.retryAfter }), body: { errors: [formatted] } };
}
