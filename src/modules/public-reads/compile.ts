import { randomBytes } from 'node:crypto';
import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  OperationTypeNode,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getVariableValues,
  isAbstractType,
  isObjectType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { validArguments } from '../../common/graphql/validation.pipe.js';

/**
 * A read compiled to one SQL statement: the operation's whole `data` as one JSON value, built by
 * PostgreSQL (what a schema compiled to SQL does), instead of resolvers run field by field.
 *
 * Only what the table of public fields (public-fields.ts) knows is compiled; any other field, an
 * argument the resolvers would refuse or a directive other than @skip/@include leaves the whole
 * operation to the resolvers, which answer it (and report its errors) as before.
 */

/** One field as selected: its response key, its arguments (coerced) and the nodes it merges. */
export interface Selected {
  readonly key: string;
  readonly name: string;
  readonly args: Readonly<Record<string, unknown>>;
  readonly nodes: readonly FieldNode[];
  /** The field's named type (an object type for the fields with a selection). */
  readonly type: GraphQLNamedType;
}

/** What a field's SQL is written with. */
export interface Compiler {
  /** A parameter's placeholder (`$n`), with a cast when one is given. */
  param(value: unknown, cast?: string): string;
  /** The index the next parameter will take: for builders that number their own. */
  nextIndex(): number;
  /** Parameters a builder numbered itself from nextIndex(). */
  push(values: readonly unknown[]): void;
  /** The instant the read is made (the clock's, as the resolvers read it), as a parameter. */
  now(): string;
  /**
   * The field's arguments as the validation pipe hands them to its resolver (an instance of their
   * class); what the pipe refuses is left to the resolvers, to be refused with its errors.
   */
  args<T extends object>(field: Selected, metatype: new () => T): T;
  /** `__typename` of the type a field is selected on, as SQL. */
  typename(field: Selected): string;
  /** A table alias no other part of the statement uses. */
  alias(): string;
  /** Lets the FROM that reads `row` take joins (join); write them after it with joins(row). */
  joinable(row: string): void;
  /**
   * Adds `sql` (a `LEFT JOIN` of `joined` on a key of its table, so that no row repeats) to the FROM
   * that reads `row`, if that FROM takes joins: a to-one relation read once for all the rows rather
   * than looked up row by row. False when it does not (the caller reads it another way). `joined`
   * takes joins in the same FROM, after its own.
   */
  join(row: string, joined: string, sql: string): boolean;
  /** The joins added to the FROM that reads `row`. */
  joins(row: string): string;
  /** The sub-fields selected on an object field, collected as the executor would (fragments, @skip/@include). */
  fields(field: Selected): readonly Selected[];
  /** JSON of the object a field returns, its row being `row` (the field's type's entry in the table). */
  object(row: string, field: Selected): string;
  /** Whether the part being compiled may repeat (an item of a list): see each. */
  readonly many: boolean;
  /** `build` compiled as an item of a list, which may be read many times per statement. */
  each(build: () => string): string;
  /** JSON of an object whose fields are given (keys in the order of the selection). */
  build(pairs: readonly (readonly [string, string])[]): string;
  /**
   * JSON that the server finishes once the statement has run: `{"<MARK>": n, "value": <value>}`,
   * every such mark replaced by what `finish` gives for its value, all of them in one call (for
   * what is stated once in TypeScript, and for large values that PostgreSQL's JSON functions would
   * copy over and over, read by a second statement). See MARK.
   */
  finishLater(value: string, finish: Finish): string;
  /** Leave the operation to the resolvers. */
  decline(why: string): never;
}

/** One field's SQL: an expression (in the scope where `row` is the parent's row) giving its JSON. */
export type FieldSql = (c: Compiler, row: string, field: Selected) => string;
export type FieldTable = Readonly<Record<string, Readonly<Record<string, FieldSql>>>>;

export interface CompiledRead {
  readonly sql: string;
  readonly params: readonly unknown[];
  /** What finishLater marked, by number; empty when nothing is left to finish. */
  readonly finish: readonly Finish[];
  /** Where the instant of the read is among the parameters (null if none), for a plan used again. */
  readonly nowAt: number | null;
}

/** The parameters of a plan for a read made at `now`. */
export function paramsAt(read: CompiledRead, now: Date): readonly unknown[] {
  if (read.nowAt === null) return read.params;
  const params = [...read.params];
  params[read.nowAt] = now;
  return params;
}

/** A statement run for a finish: rows as pg gives them. */
export type RunRead = (sql: string, params: readonly unknown[]) => Promise<Record<string, unknown>[]>;
/** The finished values of every mark of one kind, in the order of `values` (`now`: the read's instant). */
export type Finish = (values: readonly unknown[], run: RunRead, now: Date) => unknown[] | Promise<unknown[]>;

/**
 * The key of a mark. No response key can start with `$`; and the random part keeps stored JSON (which
 * no field sends outside a mark's value today) from ever passing for one.
 */
export const MARK = `$post_${randomBytes(6).toString('hex')}`;

/** The data with every part marked by finishLater replaced by its finished value (changed in place). */
export async function finishData(
  data: unknown,
  finish: CompiledRead['finish'],
  run: RunRead,
  now: Date,
): Promise<unknown> {
  if (!finish.length) return data;
  const marks = finish.map(() => ({
    values: [] as unknown[],
    places: [] as [Record<string, unknown> | unknown[], string | number][],
  }));
  const walk = (value: unknown, parent: Record<string, unknown> | unknown[], slot: string | number): void => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i += 1) walk(value[i], value, i);
    } else if (value !== null && typeof value === 'object') {
      const object = value as Record<string, unknown>;
      const mark = object[MARK];
      if (typeof mark === 'number') {
        marks[mark].values.push(object.value);
        marks[mark].places.push([parent, slot]);
      } else {
        for (const key of Object.keys(object)) walk(object[key], object, key);
      }
    }
  };
  const root = { data };
  walk(data, root, 'data');
  await Promise.all(
    marks.map(async ({ values, places }, n) => {
      if (!values.length) return;
      const done = await finish[n](values, run, now);
      places.forEach(([parent, slot], i) => {
        (parent as Record<string | number, unknown>)[slot] = done[i];
      });
    }),
  );
  return root.data;
}

class Declined extends Error {}

/** json_build_object takes at most 100 arguments. */
const MAX_KEYS = 50;

/**
 * The operation as one statement returning `data` (column `data`, JSON text), or null when any part of
 * it is not in `table` (the resolvers then answer it). Only queries; variables are coerced as the
 * executor coerces them (a refusal there is the executor's to report).
 */
export function compileRead(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Readonly<Record<string, unknown>> | undefined,
  table: FieldTable,
  now: Date,
): CompiledRead | null {
  const root = schema.getQueryType();
  if (operation.operation !== OperationTypeNode.QUERY || !root) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors) return null;
  const variables = coerced.coerced;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

  const params: unknown[] = [];
  const finish: Finish[] = [];
  let aliases = 0;
  /** The joins of each FROM that takes them, by the aliases it reads (see Compiler.join). */
  const joinsOf = new Map<string, string[]>();
  let depthInLists = 0;
  let nowParam: string | null = null;
  let nowAt: number | null = null;

  const collect = (type: GraphQLObjectType, sets: readonly SelectionSetNode[]): Selected[] => {
    const byKey = new Map<string, FieldNode[]>();
    const visit = (set: SelectionSetNode, seen: Set<string>) => {
      for (const s of set.selections) {
        if (!included(s)) continue;
        if (s.kind === Kind.FIELD) {
          const key = s.alias?.value ?? s.name.value;
          const list = byKey.get(key);
          if (list) list.push(s);
          else byKey.set(key, [s]);
        } else if (s.kind === Kind.INLINE_FRAGMENT) {
          if (!s.typeCondition || applies(s.typeCondition.name.value, type)) visit(s.selectionSet, seen);
        } else {
          const name = s.name.value;
          const fragment = fragments.get(name);
          if (!fragment) return c.decline(`unknown fragment ${name}`);
          if (seen.has(name) || !applies(fragment.typeCondition.name.value, type)) continue;
          visit(fragment.selectionSet, new Set([...seen, name]));
        }
      }
    };
    for (const set of sets) visit(set, new Set());
    return [...byKey].map(([key, nodes]) => {
      const name = nodes[0].name.value;
      if (name === '__typename') return { key, name, args: {}, nodes, type: type };
      const def = type.getFields()[name];
      if (!def) return c.decline(`no field ${type.name}.${name}`);
      // As the executor reads them (defaults applied); a value it would refuse is its to report.
      let args: Record<string, unknown>;
      try {
        args = getArgumentValues(def, nodes[0], variables);
      } catch {
        return c.decline(`arguments of ${type.name}.${name}`);
      }
      return { key, name, args, nodes, type: getNamedType(def.type) };
    });
  };

  const included = (s: SelectionSetNode['selections'][number]): boolean => {
    for (const d of s.directives ?? []) {
      const name = d.name.value;
      if (name !== 'skip' && name !== 'include') c.decline(`directive @${name}`);
    }
    if (getDirectiveValues(GraphQLSkipDirective, s, variables)?.if === true) return false;
    return getDirectiveValues(GraphQLIncludeDirective, s, variables)?.if !== false;
  };

  const applies = (condition: string, type: GraphQLObjectType): boolean => {
    if (condition === type.name) return true;
    const named = schema.getType(condition);
    return !!named && isAbstractType(named) && schema.isSubType(named, type);
  };

  const objectType = (field: Selected): GraphQLObjectType =>
    isObjectType(field.type) ? field.type : c.decline(`${field.name} has no selection`);

  const fieldsOf = (type: GraphQLObjectType, row: string, selected: readonly Selected[]): [string, string][] =>
    selected.map((f) => {
      if (f.name === '__typename') return [f.key, c.typename(f)];
      const sql = table[type.name]?.[f.name];
      if (!sql) return c.decline(`${type.name}.${f.name} is not compiled`);
      return [f.key, sql(c, row, f)];
    });

  const c: Compiler = {
    param(value, cast) {
      params.push(value);
      return cast ? `$${params.length}::${cast}` : `$${params.length}`;
    },
    nextIndex: () => params.length + 1,
    push(values) {
      params.push(...values);
    },
    now() {
      if (nowParam === null) {
        nowAt = params.length;
        nowParam = c.param(now, 'timestamptz');
      }
      return nowParam;
    },
    args: (field, metatype) => validArguments(metatype, field.args) ?? c.decline(`arguments of ${field.name}`),
    typename: (field) => `${literal(field.type.name)}::text`,
    alias: () => `t${(aliases += 1)}`,
    joinable(row) {
      joinsOf.set(row, []);
    },
    join(row, joined, sql) {
      const joins = joinsOf.get(row);
      if (!joins) return false;
      joins.push(sql);
      joinsOf.set(joined, joins);
      return true;
    },
    joins: (row) => (joinsOf.get(row) ?? []).map((j) => `\n    ${j}`).join(''),
    fields(field) {
      const type = objectType(field);
      return collect(
        type,
        field.nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : [])),
      );
    },
    object(row, field) {
      return c.build(fieldsOf(objectType(field), row, c.fields(field)));
    },
    get many() {
      return depthInLists > 0;
    },
    each(build) {
      depthInLists += 1;
      try {
        return build();
      } finally {
        depthInLists -= 1;
      }
    },
    build(pairs) {
      if (pairs.length > MAX_KEYS) c.decline('too many fields in one object');
      return `json_build_object(${pairs.map(([key, sql]) => `${literal(key)}, ${sql}`).join(', ')})`;
    },
    finishLater(value, done) {
      return `json_build_object('${MARK}', ${finish.push(done) - 1}, 'value', ${value})`;
    },
    decline(why) {
      throw new Declined(why);
    },
  };

  try {
    const selected = collect(root, [operation.selectionSet]);
    // Nothing to read: the executor answers it without a statement.
    if (selected.every((f) => f.name === '__typename')) return null;
    const data = c.build(fieldsOf(root, '', selected));
    // As text: with nothing to finish, the answer's body takes it as it is (JsonText), not parsed
    // into objects to be written out again.
    return { sql: `SELECT ${data}::text AS data`, params, finish, nowAt };
  } catch (error) {
    if (error instanceof Declined) return null;
    throw error;
  }
}

/** A GraphQL name (or a type's name) as an SQL string literal: names are [_A-Za-z][_0-9A-Za-z]*. */
function literal(name: string): string {
  if (!/^[_A-Za-z][_0-9A-Za-z]*$/.test(name)) throw new Declined(`name ${name}`);
  return `'${name}'`;
}
