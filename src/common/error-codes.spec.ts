import { ApolloServerErrorCode } from '@apollo/server/errors';
import { HttpException } from '@nestjs/common';
import { buildSchema, GraphQLEnumType, GraphQLError } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError, ERROR_CODES, ErrorCode } from './errors.js';
import { formatError } from './graphql/format-error.js';
import { QUERY_TOO_COMPLEX } from './graphql/query-limits.js';

const wrap = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['x'] });
const withCode = (code: string) => new GraphQLError('m', { extensions: { code } });
const codeOf = (error: unknown, given?: string): unknown =>
  formatError({ message: 'm', extensions: given ? { code: given } : {} }, error).extensions?.code;

/** Every source formatError shapes, with every code it may be handed. */
function everythingFormatErrorEmits(): Set<unknown> {
  const emitted = new Set<unknown>();
  for (const code of Object.values(ErrorCode)) emitted.add(codeOf(wrap(new DomainError(code, 'm'))));
  for (let status = 400; status < 600; status += 1) emitted.add(codeOf(wrap(new HttpException('m', status))));
  for (const code of [...Object.values(ApolloServerErrorCode), ...Object.values(ErrorCode), 'SOMETHING_ELSE']) {
    emitted.add(codeOf(withCode(code), code));
  }
  emitted.add(
    formatError({ message: 'Syntax Error: Document contains more than 2000 tokens. Parsing aborted.' }, new Error('m'))
      .extensions?.code,
  );
  emitted.add(codeOf(wrap(Object.assign(new Error('dup'), { driverError: { code: '23505' } }))));
  emitted.add(codeOf(wrap(Object.assign(new Error('referenced'), { driverError: { code: '23503' } }))));
  emitted.add(codeOf(wrap(Object.assign(new Error('gone'), { driverError: { code: '57P01' } }))));
  emitted.add(codeOf(wrap(new Error('a bug'))));
  return emitted;
}

/** The code literals the server's own code writes into `extensions.code` outside formatError. */
function codeLiteralsInSource(dir: string, found = new Map<string, string>()): Map<string, string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) codeLiteralsInSource(path, found);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) {
      const text = readFileSync(path, 'utf8');
      // `extensions: { code: 'X' }`, `code: cond ? 'X' : 'Y'`, `withCode(error, 'X')`.
      for (const [, expression] of text.matchAll(/extensions: \{[^}]*?\bcode: ([^,}\n]+)/g)) {
        for (const [, literal] of expression.matchAll(/'([A-Z][A-Z_]+)'/g)) found.set(literal, path);
      }
      for (const [, literal] of text.matchAll(/withCode\([^,]+, '([A-Z][A-Z_]+)'\)/g)) found.set(literal, path);
    }
  }
  return found;
}

describe('error codes: one documented enum', () => {
  it('formatError emits exactly the codes of ErrorCode, and nothing else', () => {
    expect([...everythingFormatErrorEmits()].sort()).toEqual(Object.values(ErrorCode).sort());
  });

  it('every code literal in the server’s source is in ErrorCode', () => {
    const found = codeLiteralsInSource(join(process.cwd(), 'src'));
    expect(found.size).toBeGreaterThan(3);
    const unknown = [...found].filter(([code]) => !(code in ErrorCode));
    expect(unknown).toEqual([]);
  });

  it('the query limits’ code is ErrorCode.QUERY_TOO_COMPLEX', () => {
    expect(QUERY_TOO_COMPLEX).toBe(ErrorCode.QUERY_TOO_COMPLEX);
  });

  it('every code is documented: what it means, what to do, its HTTP status', () => {
    for (const [code, info] of Object.entries(ERROR_CODES)) {
      expect([code, info.description.length > 20, info.whatToDo.length > 10]).toEqual([code, true, true]);
      expect([200, 400, 401, 403, 404, 409, 413, 422, 429, 500, 503]).toContain(info.httpStatus);
    }
  });

  it('schema.gql publishes ErrorCode with the same values, each with a description', () => {
    const schema = buildSchema(readFileSync(join(process.cwd(), 'schema.gql'), 'utf8'));
    const type = schema.getType('ErrorCode');
    expect(type).toBeInstanceOf(GraphQLEnumType);
    const values = (type as GraphQLEnumType).getValues();
    expect(values.map((v) => v.name).sort()).toEqual(Object.values(ErrorCode).sort());
    expect(values.filter((v) => !v.description)).toEqual([]);
  });
});

describe('the README lists every error code', () => {
  it('has one row per code in its table, with the HTTP status', () => {
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
    for (const [code, info] of Object.entries(ERROR_CODES)) {
      const row = new RegExp(`^\\| \`${code}\` +\\| ${info.httpStatus} +\\| \\S`, 'm');
      expect([code, row.test(readme)]).toEqual([code, true]);
    }
  });
});
