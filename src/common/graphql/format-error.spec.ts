import { GraphQLError } from 'graphql';
import { BadRequestException } from '@nestjs/common';
import {
  formatError,
  GENERIC_MESSAGE,
  isClientError,
  httpErrorAnswer,
  retryAnswer,
  UNAVAILABLE_RETRY_AFTER_SECONDS,
} from './format-error.js';
import { DomainError, ErrorCode, notFound, ruleViolation } from '../errors.js';

const wrap = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['x'] });
const formatted = { message: 'm', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } };

describe('formatError', () => {
  it('keeps a domain error’s code and details', () => {
    const out = formatError(formatted, wrap(ruleViolation('ONE_CANDIDATE_PER_STATE', 'no', { state: 'KE' })));
    expect(out.extensions).toEqual({ code: 'RULE_VIOLATION', rule: 'ONE_CANDIDATE_PER_STATE', state: 'KE' });
  });

  it('turns a unique violation from a race into CONFLICT', () => {
    const race = Object.assign(new Error('duplicate key value violates unique constraint'), {
      driverError: { code: '23505' },
    });
    expect(formatError(formatted, wrap(race)).extensions?.code).toBe('CONFLICT');
  });

  it('turns a foreign-key violation from a race into CONFLICT (REFERENCED), not INTERNAL_SERVER_ERROR', () => {
    const race = Object.assign(new Error('update or delete on table "candidacy" violates foreign key constraint'), {
      driverError: { code: '23503' },
    });
    expect(formatError(formatted, wrap(race)).extensions).toEqual({ code: 'CONFLICT', reason: 'REFERENCED' });
  });

  it('turns a lost connection into SERVICE_UNAVAILABLE', () => {
    const lost = Object.assign(new Error('terminating connection due to administrator command'), {
      driverError: { code: '57P01' },
    });
    expect(formatError(formatted, wrap(lost)).extensions?.code).toBe('SERVICE_UNAVAILABLE');
  });

  it('says what is wrong with a persisted query Apollo refuses without a code (BAD_REQUEST)', () => {
    const mismatch = new GraphQLError('provided sha does not match query');
    expect(formatError({ message: mismatch.message }, mismatch)).toEqual({
      message: 'The persisted query’s sha256Hash is not the SHA-256 of the query sent with it',
      extensions: { code: 'BAD_REQUEST' },
    });
    expect(isClientError(mismatch)).toBe(true);
    const version = new GraphQLError('Unsupported persisted query version');
    expect(formatError({ message: version.message }, version).extensions?.code).toBe('BAD_REQUEST');
    // The same words from anywhere else (a resolver's own fault) stay internal.
    const other = new GraphQLError('provided sha does not match query', { extensions: { code: 'X' } });
    expect(isClientError(other)).toBe(false);
  });

  it('hides anything else behind a generic INTERNAL_SERVER_ERROR, with no stack trace', () => {
    const out = formatError(formatted, wrap(new TypeError("Cannot read properties of undefined (reading 'x')")));
    expect(out).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
      locations: undefined,
      path: undefined,
    });
  });
});

describe('httpErrorAnswer (the exports)', () => {
  it.each([
    [notFound('Questionnaire', 'x'), 404, 'NOT_FOUND'],
    [new BadRequestException('Validation failed (uuid is expected)'), 400, 'BAD_USER_INPUT'],
    [new DomainError(ErrorCode.RATE_LIMITED, 'wait'), 429, 'RATE_LIMITED'],
    [Object.assign(new Error('Connection terminated'), { code: '08006' }), 503, 'SERVICE_UNAVAILABLE'],
    [new Error('secret internals'), 500, 'INTERNAL_SERVER_ERROR'],
  ])('%p answers %i %s', (error, status, code) => {
    const answer = httpErrorAnswer(error);
    expect(answer.status).toBe(status);
    expect(answer.body.errors[0].extensions?.code).toBe(code);
  });

  it('never shows an internal message', () => {
    expect(httpErrorAnswer(new Error('secret internals')).body.errors[0].message).toBe(GENERIC_MESSAGE);
  });
});

describe('retryAnswer (429 and 503 with Retry-After)', () => {
  const error = (code: string, retryAfter?: number) => ({ extensions: { code, ...(retryAfter && { retryAfter }) } });

  it('answers SERVICE_UNAVAILABLE with 503 and a wait, RATE_LIMITED with 429 and the longest wait asked', () => {
    expect(retryAnswer([error('SERVICE_UNAVAILABLE')])).toEqual({
      status: 503,
      retryAfter: UNAVAILABLE_RETRY_AFTER_SECONDS,
    });
    expect(retryAnswer([error('RATE_LIMITED', 12.2), error('RATE_LIMITED', 40)])).toEqual({
      status: 429,
      retryAfter: 40,
    });
    expect(retryAnswer([error('RATE_LIMITED', 30), error('SERVICE_UNAVAILABLE')])).toMatchObject({ status: 503 });
  });

  it('asks nothing of other errors', () => {
    expect(retryAnswer([error('BAD_USER_INPUT'), error('INTERNAL_SERVER_ERROR')])).toBeUndefined();
    expect(retryAnswer(undefined)).toBeUndefined();
  });

  it('gives the exports the same wait: 503 with Retry-After when the database is away', () => {
    const answer = httpErrorAnswer(Object.assign(new Error('Connection terminated'), { code: '08006' }));
    expect(answer).toMatchObject({ status: 503, retryAfter: UNAVAILABLE_RETRY_AFTER_SECONDS });
  });
});
