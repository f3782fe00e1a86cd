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
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

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
