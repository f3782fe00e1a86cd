import { Kind, buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { MARK, compileRead, finishData, paramsAt, type FieldSql, type FieldTable } from './compile.js';

const schema = buildSchema(`
  interface Named { name: String! }
  type Book implements Named { id: ID! name: String! pages: Int! author: Author writer: Author }
  type Author implements Named { name: String! secret: String born: Int mentor: Author }
  type Query { book(id: ID!): Book books: [Book!]! hello: String }
  type Mutation { touch: Boolean }
`);

/** A to-one relation joined where the row's FROM takes joins, else a subquery. */
const author =
  (column: string): FieldSql =>
  (c, row, f) => {
    const t = c.alias();
    return c.join(row, t, `LEFT JOIN author ${t} ON ${t}.id = ${row}.${column}`)
      ? `CASE WHEN ${t}.id IS NOT NULL THEN ${c.object(t, f)} END`
      : `(SELECT ${c.object(t, f)} FROM author ${t} WHERE ${t}.id = ${row}.${column})`;
  };

const table: FieldTable = {
  Query: {
    book: (c, _row, f) => `(SELECT ${c.object('b', f)} FROM book b WHERE b.id = ${c.param(f.args.id)})`,
    books: (c, _row, f) => {
      c.joinable('k');
      const book = c.each(() => c.object('k', f));
      return `(SELECT json_agg(${book}) FROM book k${c.joins('k')})`;
    },
  },
  Book: {
    id: (_c, row) => `${row}.id`,
    name: (_c, row) => `${row}.name`,
    pages: (c, row) => `${row}.pages + 0 * extract(epoch from ${c.now()})`,
    author: (c, row, f) => `(SELECT ${c.object('a', f)} FROM author a WHERE a.id = ${row}.author_id)`,
    writer: author('author_id'),
  },
  Author: {
    name: (_c, row) => `${row}.name`,
    secret: (c, row) => c.finishLater(`${row}.secret`, (values) => values.map((v) => String(v).toUpperCase())),
    mentor: author('mentor_id'),
  },
};

const NOW = new Date('2030-01-01T00:00:00Z');

function compile(text: string, variables?: Record<string, unknown>) {
  const document = parse(text);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  return compileRead(schema, document, operation, variables, table, NOW);
}

describe('compileRead', () => {
  it('builds the data as one JSON object, keys in the order and under the aliases selected', () => {
    expect(compile('{ b: book(id: "1") { name id } }')).toEqual({
      sql: `SELECT json_build_object('b', (SELECT json_build_object('name', b.name, 'id', b.id) FROM book b WHERE b.id = $1))::text AS data`,
      params: ['1'],
      finish: [],
      nowAt: null,
    });
  });

  it('merges fields met twice (fragments, inline fragments, an interface), as the executor does', () => {
    const compiled = compile(
      `query($id: ID!) { book(id: $id) { ...F ... on Named { name } author { name } author { ... on Author { name } } }
       } fragment F on Book { id name }`,
      { id: '7' },
    );
    expect(compiled?.sql).toBe(
      `SELECT json_build_object('book', (SELECT json_build_object('id', b.id, 'name', b.name, 'author', ` +
        `(SELECT json_build_object('name', a.name) FROM author a WHERE a.id = b.author_id)) FROM book b WHERE b.id = $1))::text AS data`,
    );
    expect(compiled?.params).toEqual(['7']);
  });

  it('leaves out what @skip and @include leave out, with their variables', () => {
    const compiled = compile(`query($yes: Boolean!) { book(id: "1") { id @skip(if: $yes) name @include(if: $yes) } }`, {
      yes: true,
    });
    expect(compiled?.sql).toContain(`json_build_object('name', b.name)`);
  });

  it('writes __typename as the type name, and adds the instant only where a field reads it', () => {
    expect(compile('{ book(id: "1") { __typename t: __typename } }')?.sql).toContain(
      `json_build_object('__typename', 'Book'::text, 't', 'Book'::text)`,
    );
    const timed = compile('{ book(id: "1") { pages } }');
    // Numbered as written: the book's fields before its own condition.
    expect(timed?.params).toEqual([NOW, '1']);
    expect(timed?.sql).toContain('extract(epoch from $1::timestamptz)');
    // A plan used again takes the instant of its read.
    const later = new Date('2031-01-01T00:00:00Z');
    expect(paramsAt(timed!, later)).toEqual([later, '1']);
    expect(timed?.params).toEqual([NOW, '1']);
    const untimed = compile('{ book(id: "1") { id } }')!;
    expect(paramsAt(untimed, later)).toEqual(['1']);
  });

  it('marks what the server finishes after the statement, and finishData replaces every mark in one call', async () => {
    const compiled = compile('{ book(id: "1") { author { secret } } }')!;
    expect(compiled.sql).toContain(`'secret', json_build_object('${MARK}', 0, 'value', a.secret)`);
    expect(MARK).toMatch(/^\$post_[0-9a-f]{12}$/);
    const calls: unknown[][] = [];
    const run = (sql: string, params: readonly unknown[]) => {
      calls.push([sql, params]);
      return Promise.resolve([]);
    };
    const data = {
      book: {
        author: [{ secret: { [MARK]: 0, value: 'psst' } }, { secret: null }, { secret: { [MARK]: 0, value: 'b' } }],
      },
    };
    expect(await finishData(data, compiled.finish, run, NOW)).toEqual({
      book: { author: [{ secret: 'PSST' }, { secret: null }, { secret: 'B' }] },
    });
    expect(await finishData({ untouched: { [MARK]: 0 } }, [], run, NOW)).toEqual({ untouched: { [MARK]: 0 } });
    // Only the mark of this process: a stored value that looks like another's is data.
    const forged = { secret: { $post: 0, value: 'x' } };
    expect(await finishData(forged, compiled.finish, run, NOW)).toEqual({ secret: { $post: 0, value: 'x' } });
    expect(calls).toEqual([]);
  });

  it('joins to-one relations to a FROM that takes joins, the joined ones’ after their own; elsewhere a subquery', () => {
    expect(compile('{ books { writer { name mentor { name } } } }')?.sql).toBe(
      `SELECT json_build_object('books', (SELECT json_agg(json_build_object('writer', ` +
        `CASE WHEN t1.id IS NOT NULL THEN json_build_object('name', t1.name, 'mentor', ` +
        `CASE WHEN t2.id IS NOT NULL THEN json_build_object('name', t2.name) END) END)) FROM book k` +
        `\n    LEFT JOIN author t1 ON t1.id = k.author_id` +
        `\n    LEFT JOIN author t2 ON t2.id = t1.mentor_id))::text AS data`,
    );
    expect(compile('{ book(id: "1") { writer { name } } }')?.sql).toBe(
      `SELECT json_build_object('book', (SELECT json_build_object('writer', ` +
        `(SELECT json_build_object('name', t1.name) FROM author t1 WHERE t1.id = b.author_id)) FROM book b WHERE b.id = $1))::text AS data`,
    );
  });

  it.each([
    ['a mutation', 'mutation { touch }', undefined],
    ['a query with nothing to read', '{ __typename }', undefined],
    ['a field not in the table', '{ hello }', undefined],
    [
      'a field of a nested type not in the table',
      '{ book(id: "1") { id hello: __typename author { born } } }',
      undefined,
    ],
    ['a directive other than skip and include', '{ book(id: "1") { id @deprecated } }', undefined],
    ['variables the executor would refuse', 'query($id: ID!) { book(id: $id) { id } }', { id: { not: 'an id' } }],
    ['a missing variable', 'query($id: ID!) { book(id: $id) { id } }', {}],
  ])('declines %s (the resolvers answer it)', (_, text, variables) => {
    expect(compile(text, variables)).toBeNull();
  });
});
