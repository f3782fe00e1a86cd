import { CandidacyStatus, ElectionStatus } from '../../common/domain.enums.js';
import { pageSize } from '../../common/pagination/connection.js';
import { decodeCursor, type CursorKind } from '../../common/pagination/cursor.js';
import { CANDIDACY_FROM, candidacyFilterSql } from '../candidacies/candidacies.service.js';
import { CandidaciesArgs, IdArgs } from '../candidacies/dto/candidacy.args.js';
import { ElectionIdArgs, ElectionsArgs } from '../elections/dto/election.args.js';
import { OBSERVER_STATUSES, visibleStatuses } from '../elections/election-visibility.js';
import { electionFilterSql } from '../elections/elections.service.js';
import { ResponseArgs } from '../questionnaires/dto/questionnaire.args.js';
import { ResponseStatus } from '../questionnaires/entities/response.entity.js';
import { ResponseOutcome } from '../questionnaires/questionnaires.rules.js';
import { toAnswerModels, type AnswerModel } from '../questionnaires/models/questionnaire.models.js';
import type { AnswerValue } from '../questionnaires/questions.js';
import type { Compiler, FieldSql, FieldTable, Selected } from './compile.js';

/**
 * What an anonymous caller reads, field by field, as SQL: the same values, nulls and order as the
 * resolvers give an observer. `public-reads.e2e-spec.ts` runs every field here both ways on one data
 * set and requires the same answer, so a rule changed on one side and not the other fails there.
 *
 * The rules themselves stay where they are stated: the filters of lists (candidacyFilterSql,
 * electionFilterSql), which statuses observers see (OBSERVER_STATUSES, visibleStatuses), the
 * outcomes (ResponseOutcome) are imported, not restated. What is written again here in SQL, and held
 * to the resolvers by that test: a response is public from its questionnaire's publishAt and never
 * for a withdrawn candidacy (isResponsePublished), an interview once published (interviewAccess for
 * an outsider), a deadline with its extension (effectiveDeadline) and the outcome (publishedOutcome).
 * The answers are put in order by toAnswerModels itself, once the statement has run.
 */

/** An instant as the DateTime scalar writes it (the columns keep milliseconds). */
const iso = (sql: string) => `to_char(${sql} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const column =
  (name: string): FieldSql =>
  (_c, row) =>
    `${row}.${name}`;
const instant =
  (name: string): FieldSql =>
  (_c, row) =>
    iso(`${row}.${name}`);
/** A character(2) code, without the padding PostgreSQL keeps. */
const code =
  (name: string): FieldSql =>
  (_c, row) =>
    `btrim(${row}.${name})`;

/** A cursor as encodeCursor writes it: base64url of ["v1", ...values] (values needing no escape). */
const cursorOf = (values: readonly string[]) =>
  `rtrim(translate(encode(convert_to('["v1",' || ${values.map((v) => `'"' || ${v} || '"'`).join(` || ',' || `)} || ']', 'UTF8'), 'base64'), E'+/\\n', '-_'), '=')`;

/**
 * An id as a parameter. Lower case only: the resolvers match ids as written (one in capitals finds
 * nothing), PostgreSQL's uuid whatever the case; so one in capitals is left to them.
 */
function uuid(c: Compiler, id: string): string {
  return id === id.toLowerCase() ? c.param(id, 'uuid') : c.decline('id in capitals');
}

/** `after`'s values, or null for a first page. */
function afterValues(c: Compiler, after: unknown, kinds: readonly CursorKind[]): readonly (string | number)[] | null {
  if (after === undefined || after === null) return null;
  if (typeof after !== 'string') return c.decline('after');
  try {
    return decodeCursor(after, kinds);
  } catch {
    return c.decline('after');
  }
}

/** `make`'s value, made on the first call. */
function once(make: () => string): () => string {
  let made: string | null = null;
  return () => (made ??= make());
}

interface Page {
  /** `FROM … WHERE …`: the rows that match, `row` being the node's table among them (its parameters added on first use). */
  readonly rows: () => string;
  readonly row: string;
  /** The condition past the cursor (its values made parameters when a page is read), or null for a first page. */
  readonly keyset: (() => string) | null;
  readonly order: string;
  readonly limit: number;
  /** The cursor of a row of the page (on `row` renamed to the page's alias). */
  readonly cursor: (row: string) => string;
}

/** A connection (totalCount, edges, pageInfo) over one page of `rows`, limit + 1 read to know of a next. */
function connection(c: Compiler, field: Selected, page: Page): string {
  const k = c.alias();
  // The nodes' to-one relations are joined to the page (its rows are few) rather than looked up row by row.
  c.joinable(k);
  // The page's size is written in the statement, not passed as a parameter: for `LIMIT $n` the generic
  // plan of a prepared statement guesses a tenth of the rows, so at 1,000 elections PostgreSQL judged it
  // dearer than planning afresh and planned the list on every read (about half its time). The size is
  // in the plan's key already, with the other variables.
  if (!Number.isSafeInteger(page.limit) || page.limit < 0) c.decline(`page size ${page.limit}`);
  const limit = String(page.limit);
  const inPage = () => `FILTER (WHERE ${k}.rn__ <= ${limit})`;
  let paged = false;
  const built = c.fields(field).map((f): [string, string] => {
    switch (f.name) {
      case '__typename':
        return [f.key, c.typename(f)];
      case 'totalCount':
        return [f.key, `(SELECT count(*)::int ${page.rows()})`];
      case 'edges':
        paged = true;
        return [
          f.key,
          `coalesce(json_agg(${c.build(
            c.fields(f).map((e): [string, string] => {
              if (e.name === '__typename') return [e.key, c.typename(e)];
              if (e.name === 'cursor') return [e.key, page.cursor(k)];
              if (e.name === 'node') return [e.key, c.each(() => c.object(k, e))];
              return c.decline(`edge field ${e.name}`);
            }),
          )} ORDER BY ${k}.rn__) ${inPage()}, '[]'::json)`,
        ];
      case 'pageInfo':
        paged = true;
        return [
          f.key,
          c.build(
            c.fields(f).map((p): [string, string] => {
              switch (p.name) {
                case '__typename':
                  return [p.key, c.typename(p)];
                case 'hasNextPage':
                  return [p.key, `count(*) > ${limit}`];
                case 'hasPreviousPage':
                  return [p.key, 'false'];
                case 'startCursor':
                  return [p.key, `(array_agg(${page.cursor(k)} ORDER BY ${k}.rn__) ${inPage()})[1]`];
                case 'endCursor':
                  return [p.key, `(array_agg(${page.cursor(k)} ORDER BY ${k}.rn__ DESC) ${inPage()})[1]`];
                default:
                  return c.decline(`pageInfo field ${p.name}`);
              }
            }),
          ),
        ];
      default:
        return c.decline(`connection field ${f.name}`);
    }
  });
  const object = c.build(built);
  if (!paged) return `(SELECT ${object})`;
  const keyset = page.keyset ? ` AND ${page.keyset()}` : '';
  return `(SELECT ${object} FROM (
    SELECT ${page.row}.*, row_number() OVER (ORDER BY ${page.order}) AS rn__ ${page.rows()}${keyset}
    ORDER BY ${page.order} LIMIT ${limit} + 1) ${k}${c.joins(k)})`;
}

/**
 * Election statuses written in the statement, not passed as a parameter (they come from the schema's
 * enum, never from free text): as with a page's size, a prepared statement's generic plan then knows
 * which rows they keep, and PostgreSQL does not plan the read afresh each time.
 */
const ELECTION_STATUSES: readonly unknown[] = Object.values(ElectionStatus);

function statusList(c: Compiler, statuses: readonly unknown[]): string {
  if (!statuses.every((s) => ELECTION_STATUSES.includes(s))) c.decline('an election status the schema does not have');
  // In one order, each once: the same set is the same statement text (prepared once, see shapedRead).
  return `'{${[...new Set(statuses)].sort().join(',')}}'::election_status[]`;
}

/** Which statuses observers see, as a condition on the election `row` (the list's own narrowing aside). */
const observerSees = (c: Compiler, row: string) => `${row}.status = ANY(${statusList(c, OBSERVER_STATUSES)})`;

function elections(c: Compiler, _row: string, field: Selected): string {
  const args = c.args(field, ElectionsArgs);
  const { after, filter, updatedSince } = args;
  const status = visibleStatuses({ kind: 'anonymous' }, filter?.status ?? undefined);
  const values = afterValues(c, after, ['date', 'uuid']);
  return connection(c, field, {
    rows: once(() => {
      // The resolvers' own filter, its statuses written in the statement.
      const where = electionFilterSql(
        { ...filter, status },
        updatedSince ?? undefined,
        (v) => c.param(v),
        (statuses) => statusList(c, statuses),
      );
      if (!status.length) where.push('false');
      return `FROM election e${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`;
    }),
    row: 'e',
    keyset:
      values &&
      (() => `(e.nomination_opens_on, e.id) < (${c.param(values[0], 'date')}, ${c.param(values[1], 'uuid')})`),
    order: 'e.nomination_opens_on DESC, e.id DESC',
    limit: pageSize(args),
    cursor: (k) => cursorOf([`to_char(${k}.nomination_opens_on, 'YYYY-MM-DD')`, `${k}.id::text`]),
  });
}

function candidacies(c: Compiler, election: string, field: Selected): string {
  const args = c.args(field, CandidaciesArgs);
  const { after, filter } = args;
  const values = afterValues(c, after, ['timestamp', 'uuid']);
  return connection(c, field, {
    rows: once(() => {
      const where = candidacyFilterSql(filter ?? undefined, c.nextIndex());
      c.push(where.params);
      return `${CANDIDACY_FROM} WHERE c.election_id = ${election}.id${where.sql}`;
    }),
    row: 'c',
    keyset:
      values && (() => `(c.created_at, c.id) > (${c.param(values[0], 'timestamptz')}, ${c.param(values[1], 'uuid')})`),
    order: 'c.created_at, c.id',
    limit: pageSize(args),
    cursor: (k) => cursorOf([iso(`${k}.created_at`), `${k}.id::text`]),
  });
}

/**
 * A to-one relation: the object of `table` where `on` holds (the row's alias given to `on`), `on`
 * matching `key` (which is never null in a row of `table`) so that at most one row matches. Joined to
 * the FROM that reads the row when it takes joins, else a subquery.
 */
const one =
  (table: string, key: string, on: (t: string, row: string) => string): FieldSql =>
  (c, row, field) => {
    const t = c.alias();
    if (c.join(row, t, `LEFT JOIN ${table} ${t} ON ${on(t, row)}`)) {
      return `CASE WHEN ${t}.${key} IS NOT NULL THEN ${c.object(t, field)} END`;
    }
    return `(SELECT ${c.object(t, field)} FROM ${table} ${t} WHERE ${on(t, row)})`;
  };

/**
 * The published response: the latest published questionnaire's, or the one asked for, as one row
 * (the questionnaire's columns and the candidacy's response to it, if any) for the fields below.
 */
const response: FieldSql = (c, row, field) => {
  const { questionnaireId } = c.args(field, ResponseArgs);
  const [q, r, t] = [c.alias(), c.alias(), c.alias()];
  const chosen = questionnaireId ? ` AND ${q}.id = ${uuid(c, questionnaireId)}` : '';
  return `(SELECT ${c.object(t, field)} FROM (
      SELECT ${q}.id AS questionnaire_id, ${q}.deadline, ${q}.questions, ${r}.id, ${r}.status, ${r}.answers,
             ${r}.submitted_at, ${r}.submitted_late, ${r}.decline_reason, ${r}.extended_deadline
        FROM questionnaire ${q}
        LEFT JOIN response ${r} ON ${r}.questionnaire_id = ${q}.id AND ${r}.candidacy_id = ${row}.id
       WHERE ${q}.election_id = ${row}.election_id AND ${q}.publish_at <= ${c.now()} AND ${row}.status <> '${CandidacyStatus.WITHDRAWN}'${chosen}
       ORDER BY ${q}.created_at DESC, ${q}.id DESC LIMIT 1) ${t})`;
};

const SUBMITTED = `'${ResponseStatus.SUBMITTED}'`;
const DECLINED = `'${ResponseStatus.DECLINED}'`;
/** The nominee's deadline on a response's row: the questionnaire's, or a later extension. */
const deadline = (row: string) =>
  `CASE WHEN ${row}.extended_deadline > ${row}.deadline THEN ${row}.extended_deadline ELSE ${row}.deadline END`;

export const PUBLIC_FIELDS: FieldTable = {
  Query: {
    elections,
    election: (c, _row, field) => {
      const t = c.alias();
      return `(SELECT ${c.object(t, field)} FROM election ${t} WHERE ${t}.id = ${uuid(c, c.args(field, ElectionIdArgs).id)} AND ${observerSees(c, t)})`;
    },
    candidacy: (c, _row, field) => {
      const t = c.alias();
      const e = c.alias();
      const id = uuid(c, c.args(field, IdArgs).id);
      const sees = observerSees(c, e);
      c.joinable(t);
      const object = c.object(t, field);
      return `(SELECT ${object} FROM candidacy ${t} JOIN election ${e} ON ${e}.id = ${t}.election_id${c.joins(t)}
        WHERE ${t}.id = ${id} AND ${sees})`;
    },
  },
  Election: {
    id: column('id'),
    type: column('type'),
    title: column('title'),
    titleFr: column('title_fr'),
    aspSession: column('asp_session'),
    seats: column('seats'),
    termStartsOn: column('term_starts_on'),
    termEndsOn: column('term_ends_on'),
    nominationOpensOn: column('nomination_opens_on'),
    nominationClosesOn: column('nomination_closes_on'),
    votingStartsOn: column('voting_starts_on'),
    status: column('status'),
    conclusionReason: column('conclusion_reason'),
    version: column('version'),
    createdAt: instant('created_at'),
    updatedAt: instant('updated_at'),
    candidacies,
  },
  Candidacy: {
    id: column('id'),
    status: column('status'),
    list: column('list'),
    nominationProcedure: column('nomination_procedure'),
    post: column('post'),
    nominatedBy: column('nominated_by'),
    nominatedOn: column('nominated_on'),
    withdrawnOn: column('withdrawn_on'),
    withdrawalReason: column('withdrawal_reason'),
    version: column('version'),
    person: one('person', 'id', (t, row) => `${t}.id = ${row}.person_id`),
    nominatingState: one('state_party', 'code', (t, row) => `${t}.code = ${row}.nominating_state_code`),
    election: one('election', 'id', (t, row) => `${t}.id = ${row}.election_id`),
    response,
    interviews: (c, row, field) => {
      const i = c.alias();
      return `coalesce((SELECT json_agg(${c.each(() => c.object(i, field))} ORDER BY ${i}.scheduled_at, ${i}.id)
        FROM interview ${i} JOIN panel ${i}_panel ON ${i}_panel.id = ${i}.panel_id
        WHERE ${i}.candidacy_id = ${row}.id AND ${i}.published_at IS NOT NULL), '[]'::json)`;
    },
  },
  Person: {
    id: column('id'),
    fullName: column('full_name'),
    gender: column('gender'),
    nationality: code('nationality'),
    otherNationalities: (_c, row) =>
      `(SELECT coalesce(json_agg(btrim(n.code) ORDER BY n.i), '[]'::json) FROM unnest(${row}.other_nationalities) WITH ORDINALITY n(code, i))`,
    languages: (_c, row) => `array_to_json(${row}.languages)`,
    biography: column('biography'),
    version: column('version'),
  },
  StateParty: {
    code: code('code'),
    name: column('name'),
    regionalGroup: column('regional_group'),
    joinedOn: column('joined_on'),
    leftOn: column('left_on'),
  },
  PublishedResponse: {
    questionnaireId: column('questionnaire_id'),
    outcome: (c, row) =>
      `CASE WHEN ${row}.status = ${SUBMITTED} THEN '${ResponseOutcome.SUBMITTED}'
        WHEN ${row}.status = ${DECLINED} THEN '${ResponseOutcome.DECLINED}'
        WHEN ${deadline(row)} > ${c.now()} THEN '${ResponseOutcome.PENDING}' ELSE '${ResponseOutcome.NO_RESPONSE}' END`,
    deadline: (_c, row) => iso(deadline(row)),
    submittedAt: (_c, row) => `CASE WHEN ${row}.status = ${SUBMITTED} THEN ${iso(`${row}.submitted_at`)} END`,
    submittedLate: (_c, row) => `coalesce(${row}.status = ${SUBMITTED} AND ${row}.submitted_late, false)`,
    declineReason: (_c, row) => `CASE WHEN ${row}.status = ${DECLINED} THEN ${row}.decline_reason END`,
    // The stored answers, put in the questions' order by toAnswerModels once read. One response's come
    // with the rest; under a list, a second statement reads every response's at once: built into the
    // JSON by PostgreSQL, they took most of a dossier's time, copied from one level to the next.
    answers: (c, row, field) => {
      const project = projection(c, field, ANSWER_FIELDS);
      const answered = (a: { answers: Record<string, AnswerValue>; keys: string[] }) =>
        toAnswerModels(
          a.answers,
          a.keys.map((key) => ({ key })),
        ).map(project);
      const finish = c.many
        ? c.finishLater(`${row}.id`, async (ids, run, now) => {
            const rows = (await run(ANSWERS_SQL, [ids, now])) as {
              id: string;
              answers: Record<string, AnswerValue>;
              keys: string[];
            }[];
            const byId = new Map(rows.map((a) => [a.id, a]));
            return ids.map((id) => {
              const found = byId.get(id as string);
              return found ? answered(found) : [];
            });
          })
        : c.finishLater(`json_build_object('answers', ${row}.answers, 'keys', ${questionKeys(row)})`, (values) =>
            values.map((value) => answered(value as { answers: Record<string, AnswerValue>; keys: string[] })),
          );
      return `CASE WHEN ${row}.status = ${SUBMITTED} THEN ${finish} ELSE '[]'::json END`;
    },
  },
  Interview: {
    id: column('id'),
    panelName: (_c, row) => `${row}_panel.name`,
    panelKind: (_c, row) => `${row}_panel.kind`,
    mode: column('mode'),
    status: column('status'),
    scheduledAt: instant('scheduled_at'),
    heldAt: instant('held_at'),
    durationMinutes: column('duration_minutes'),
    publicSummary: column('public_summary'),
    publishedAt: instant('published_at'),
    conclusion: (c, row, field) =>
      `CASE WHEN coalesce(${row}.conclusion_overall, '') <> '' AND ${row}.concluded_at IS NOT NULL THEN ${c.object(row, field)} END`,
    dissents: (c, row, field) => {
      const d = c.alias();
      return `coalesce((SELECT json_agg(${c.each(() => c.object(d, field))} ORDER BY ${d}.recorded_at, ${d}.id)
        FROM dissent ${d} LEFT JOIN panel_member ${d}_member ON ${d}_member.id = ${d}.member_id
        WHERE ${d}.interview_id = ${row}.id), '[]'::json)`;
    },
  },
  InterviewConclusion: {
    overall: column('conclusion_overall'),
    concludedAt: instant('concluded_at'),
    scoresRevisedAfterDisclosure: column('scores_revised_after_disclosure'),
    criteria: (c, row, field) => {
      const k = c.alias();
      return `(SELECT coalesce(json_agg(${c.each(() => c.object(k, field))} ORDER BY ${k}.i), '[]'::json)
        FROM jsonb_array_elements(coalesce(${row}.conclusion_criteria, '[]'::jsonb)) WITH ORDINALITY ${k}(criterion, i))`;
    },
  },
  CriterionConclusion: {
    criterionKey: (_c, row) => `(${row}.criterion->>'criterionKey')`,
    rating: (_c, row) => `(${row}.criterion->>'rating')`,
  },
  PublicDissent: {
    text: column('text'),
    authorName: (_c, row) => `CASE WHEN ${row}.consent_to_be_named THEN coalesce(${row}_member.full_name, '') END`,
  },
};

/**
 * The fields selected on a model made in TypeScript, as the executor would write them (aliases,
 * order, __typename); only scalar fields, each one of `names`.
 */
function projection<M extends object>(
  c: Compiler,
  field: Selected,
  names: readonly (keyof M & string)[],
): (model: M) => Record<string, unknown> {
  const selected = c.fields(field).map((f) => {
    if (f.name === '__typename') return [f.key, f.type.name, true] as const;
    if (!(names as readonly string[]).includes(f.name)) return c.decline(`${f.type.name}.${f.name}`);
    return [f.key, f.name, false] as const;
  });
  return (model) => {
    const out: Record<string, unknown> = {};
    for (const [key, name, typename] of selected) out[key] = typename ? name : model[name as keyof M];
    return out;
  };
}

/** The keys of a questionnaire's questions (on `q`, a row with its `questions`), in order. */
const questionKeys = (q: string) => `jsonb_path_query_array(${q}.questions, '$[*].key')`;

/**
 * Submitted answers by response id, with the keys of their questionnaire's questions in order; read
 * apart from the first statement, so the rules that make them public are checked again ($2: now).
 */
const ANSWERS_SQL = `SELECT r.id, r.answers, ${questionKeys('q')} AS keys
  FROM response r JOIN questionnaire q ON q.id = r.questionnaire_id JOIN candidacy c ON c.id = r.candidacy_id
  WHERE r.id = ANY($1::uuid[]) AND r.status = '${ResponseStatus.SUBMITTED}'
    AND q.publish_at <= $2::timestamptz AND c.status <> '${CandidacyStatus.WITHDRAWN}'`;

const ANSWER_FIELDS: readonly (keyof AnswerModel)[] = ['key', 'text', 'yes', 'choices'];
