import { QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';

/**
 * Every error a client may see carries one of these codes in `extensions.code`. Features throw
 * `DomainError`s; `formatGraphQLError` is the one place that turns errors into responses.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  DEADLINE_PASSED: 'DEADLINE_PASSED',
  RULE_VIOLATION: 'RULE_VIOLATION',
  RATE_LIMITED: 'RATE_LIMITED',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  // What the protocol layers say (the limits, the body parser, Apollo, graphql-ws), passed on as they are.
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  BAD_REQUEST: 'BAD_REQUEST',
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  OPERATION_RESOLUTION_FAILURE: 'OPERATION_RESOLUTION_FAILURE',
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  PERSISTED_QUERY_NOT_SUPPORTED: 'PERSISTED_QUERY_NOT_SUPPORTED',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface ErrorCodeInfo {
  /** The status of an HTTP answer carrying only this error (GraphQL over HTTP, the exports, the feed). */
  readonly httpStatus: number;
  readonly description: string;
  readonly whatToDo: string;
}

/** What each code means and what a client should do about it: published as the schema's ErrorCode and in the README. */
export const ERROR_CODES: Readonly<Record<ErrorCode, ErrorCodeInfo>> = {
  BAD_USER_INPUT: {
    httpStatus: 400,
    description:
      'An argument or input field is not acceptable (format, length, range, blank text, characters that cannot be stored); `extensions.fields` names each field and its problems.',
    whatToDo: 'Correct the fields named and send again; the same request will fail the same way.',
  },
  UNAUTHENTICATED: {
    httpStatus: 401,
    description:
      'No valid credential: not signed in, a token expired or not valid, a wrong password, or an invitation code unknown, revoked or expired.',
    whatToDo:
      'Sign in again (staff) or open the invitation again, or ask the elections team for a new code (nominees).',
  },
  FORBIDDEN: {
    httpStatus: 403,
    description: 'Signed in, but this role may not do this (`extensions.required` lists the roles that may).',
    whatToDo: 'Do not retry: use an account with one of the required roles.',
  },
  NOT_FOUND: {
    httpStatus: 404,
    description: 'No such record, or none the caller may see (draft elections and unpublished records look the same).',
    whatToDo: 'Check the id; do not retry.',
  },
  CONFLICT: {
    httpStatus: 409,
    description:
      'The record changed since it was read (a stale `version`), or it already exists (`extensions.reason`: DUPLICATE).',
    whatToDo: 'Reload the record, apply the change again and send it with the new version.',
  },
  DEADLINE_PASSED: {
    httpStatus: 409,
    description: 'A deadline has passed (`extensions.deadline`): nothing was saved.',
    whatToDo: 'Ask the elections team for an extension; do not retry.',
  },
  RULE_VIOLATION: {
    httpStatus: 422,
    description:
      'An election rule refuses the request; `extensions.rule` names the rule (a Statute rule or a procedure).',
    whatToDo:
      'Show the message; change the request as the rule requires. Some rules ask for an explicit confirmation (`confirm: true`).',
  },
  RATE_LIMITED: {
    httpStatus: 429,
    description:
      'Too many requests from this address, or too many sockets or subscriptions (`extensions.limit`); `extensions.retryAfter` (and the Retry-After header) says how many seconds to wait.',
    whatToDo: 'Wait `retryAfter` seconds, then retry; slow down.',
  },
  SERVICE_UNAVAILABLE: {
    httpStatus: 503,
    description:
      'The database is unavailable (nothing was saved), or a subscription fell too far behind and was ended (`extensions.reason`).',
    whatToDo:
      'Retry after the Retry-After header (a few seconds); a subscription: subscribe again and reload what it shows.',
  },
  INTERNAL_SERVER_ERROR: {
    httpStatus: 500,
    description:
      'A fault on our side, logged with the request id (the X-Request-Id response header); the message is generic.',
    whatToDo: 'Retry once later; if it persists, report it with the request id.',
  },
  QUERY_TOO_COMPLEX: {
    httpStatus: 400,
    description: 'The document is too deep, too costly, has too many aliases or tokens.',
    whatToDo: 'Ask for fewer fields or smaller pages (`first`), or split the query into several.',
  },
  PAYLOAD_TOO_LARGE: {
    httpStatus: 413,
    description: 'The request body is larger than the server accepts.',
    whatToDo: 'Send a smaller request (fewer or shorter variables).',
  },
  BAD_REQUEST: {
    httpStatus: 400,
    description:
      'Not a GraphQL request the server can read: a body that is not JSON, no query, a GET or form post without the CSRF header, or a query or mutation sent over WebSocket (`extensions.reason`: SUBSCRIPTIONS_ONLY).',
    whatToDo: 'POST JSON with `content-type: application/json`; over WebSocket, send subscriptions only.',
  },
  GRAPHQL_PARSE_FAILED: {
    httpStatus: 400,
    description: 'The document has a syntax error.',
    whatToDo: 'Fix the document (the message and `locations` point at the error).',
  },
  GRAPHQL_VALIDATION_FAILED: {
    httpStatus: 400,
    description:
      'The document does not fit the schema: an unknown field or argument, a wrong type, a missing variable.',
    whatToDo: 'Check the document against the schema (schema.gql or introspection).',
  },
  OPERATION_RESOLUTION_FAILURE: {
    httpStatus: 400,
    description: '`operationName` names no operation in the document, or the document has several and none is named.',
    whatToDo: 'Send the name of the operation to run.',
  },
  PERSISTED_QUERY_NOT_FOUND: {
    httpStatus: 200,
    description: 'An automatic persisted query: the hash sent is not known to this server (yet).',
    whatToDo: 'Send the full document with its hash once; later requests may send the hash alone.',
  },
  PERSISTED_QUERY_NOT_SUPPORTED: {
    httpStatus: 200,
    description: 'Persisted queries are not available here.',
    whatToDo: 'Send the full document.',
  },
};

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extensions: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export interface FieldProblem {
  readonly field: string;
  readonly problems: readonly string[];
}

export const badInput = (message: string, fields: readonly FieldProblem[] = []): DomainError =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, fields.length ? { fields } : {});

export const notFound = (entity: string, id: string): DomainError =>
  new DomainError(ErrorCode.NOT_FOUND, `${entity} ${id} was not found`, { entity, id });

export const conflict = (message: string, extensions: Record<string, unknown> = {}): DomainError =>
  new DomainError(ErrorCode.CONFLICT, message, extensions);

export const staleVersion = (entity: string, id: string): DomainError =>
  conflict(`${entity} ${id} was changed by someone else; reload it and try again`, {
    entity,
    id,
    reason: 'STALE_VERSION',
  });

/** An election rule refused the change; `rule` names it (stable, UPPER_SNAKE_CASE). */
export const ruleViolation = (rule: string, message: string, details: Record<string, unknown> = {}): DomainError =>
  new DomainError(ErrorCode.RULE_VIOLATION, message, { rule, ...details });

export const unauthenticated = (message = 'Sign in to do this'): DomainError =>
  new DomainError(ErrorCode.UNAUTHENTICATED, message);

export const forbidden = (message = 'You may not do this', extensions: Record<string, unknown> = {}): DomainError =>
  new DomainError(ErrorCode.FORBIDDEN, message, extensions);

// SQLSTATE classes meaning the database went away or refused to serve: 08 connection exception,
// 57P01-57P03 admin shutdown / crash shutdown / cannot connect now.
const UNAVAILABLE_STATES = /^(08...|57P0[123])$/;

/** The SQLSTATE of a database error (TypeORM wraps the driver's error), if it is one. */
function sqlState(error: Error): string | undefined {
  const { driverError, code } = error as { driverError?: { code?: unknown }; code?: unknown };
  const state = driverError?.code ?? code;
  return typeof state === 'string' ? state : undefined;
}

/** A unique index refused a duplicate (SQLSTATE 23505): two writers raced to create the same thing. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && sqlState(error) === '23505';
}

/**
 * A foreign key refused the write (SQLSTATE 23503): a row was deleted while another request added a
 * record naming it, or a record names a row another request just deleted.
 */
export function isForeignKeyViolation(error: unknown): boolean {
  return error instanceof Error && sqlState(error) === '23503';
}

/** True when an error means the database connection was lost, not that the request was wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  // The connection died while the transaction sat between statements: TypeORM released it, and the
  // next statement is refused before it reaches the database.
  if (error instanceof QueryRunnerAlreadyReleasedError || error instanceof QueryRunnerProviderAlreadyReleasedError) {
    return true;
  }
  const state = sqlState(error);
  if (state && UNAVAILABLE_STATES.test(state)) return true;
  return /Connection terminated|ECONNREFUSED|ECONNRESET|terminating connection/i.test(error.message);
}
