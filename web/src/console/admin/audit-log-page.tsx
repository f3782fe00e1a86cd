import { useEffect, useMemo, useState, type FormEvent } from 'react';
import type { AdminAuditLogQuery, AuditLogFilter } from '../../gql/graphql.js';
import { useI18n, type Translate } from '../../i18n/i18n.js';
import { ErrorSummary, errorOf, type SummaryError } from '../../ui/error-summary.js';
import { FocusHeading } from '../../ui/focus-heading.js';
import { isDay } from '../dates.js';
import { SelectField, TextField } from '../fields.js';
import { LoadFailed, Loading } from '../page-bits.js';
import { Link, navigate, useLocation } from '../router.js';
import { useSession } from '../session-context.js';
import { useQuery } from '../use-query.js';
import { AdminTabs } from './admin-bits.js';
import { changedFields, type FieldChange } from './audit-changes.js';
import { AuditLogDocument, StaffUsersDocument } from './operations.js';

type Entry = AdminAuditLogQuery['auditLog']['edges'][number]['node'];
const PAGE = 20;
const PATH = '/console/admin/audit';

/** The filter as typed, kept in the address (?type=&id=&actor=&op=&from=&to=) so a link or a reload keeps it. */
interface Typed {
  readonly type: string;
  readonly id: string;
  readonly actor: string;
  readonly op: string;
  readonly from: string;
  readonly to: string;
}
const FIELDS = ['type', 'id', 'actor', 'op', 'from', 'to'] as const;

function typedFrom(search: URLSearchParams): Typed {
  const get = (k: string) => search.get(k)?.trim() ?? '';
  return { type: get('type'), id: get('id'), actor: get('actor'), op: get('op'), from: get('from'), to: get('to') };
}

/** Days are the reader's: from the start of the first to the end of the last. */
const startOfDay = (day: string) => new Date(`${day}T00:00:00`);
function nextDay(day: string): Date {
  const d = startOfDay(day);
  d.setDate(d.getDate() + 1);
  return d;
}

function filterOf(typed: Typed): AuditLogFilter {
  return {
    ...(typed.type && { entityType: typed.type }),
    ...(typed.id && { entityId: typed.id }),
    ...(typed.actor && { actorId: typed.actor }),
    ...(typed.op && { operation: typed.op }),
    ...(isDay(typed.from) && { from: startOfDay(typed.from).toISOString() }),
    ...(isDay(typed.to) && { to: nextDay(typed.to).toISOString() }),
  };
}

const hrefFor = (typed: Partial<Typed>) => {
  const params = new URLSearchParams();
  for (const key of FIELDS) {
    const value = typed[key]?.trim();
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `${PATH}?${query}` : PATH;
};

/** The audit log, newest first, filtered and paged by its keyset cursor. */
export function AuditLogPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { call, can } = useSession();
  const { search } = useLocation();
  const applied = typedFrom(search);
  const filter = filterOf(applied);
  const filterKey = JSON.stringify(filter);
  const [typed, setTyped] = useState<Typed>(applied);
  // A link, the back button or "clear" changes the address: the form shows what is applied.
  const searchKey = search.toString();
  useEffect(() => setTyped(typedFrom(new URLSearchParams(searchKey))), [searchKey]);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const first = useQuery(AuditLogDocument, { filter, first: PAGE });
  const staff = useQuery(StaffUsersDocument, {}, !can('Query.staffUsers'));
  const [more, setMore] = useState<{ key: string; rows: Entry[]; cursor: string | null; hasNext: boolean } | null>(
    null,
  );
  const names = useMemo(
    () => new Map((staff.data?.staffUsers ?? []).map((u) => [u.id, `${u.displayName} (${u.email})`])),
    [staff.data],
  );

  const set = (key: keyof Typed) => (value: string) => setTyped((s) => ({ ...s, [key]: value }));
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const found: SummaryError[] = [];
    for (const key of ['from', 'to'] as const) {
      if (typed[key] && !isDay(typed[key]))
        found.push({ target: `audit-${key}`, text: ({ t }) => t('console.admin.audit.dateInvalid') });
    }
    if (!found.length && typed.from && typed.to && typed.to < typed.from) {
      found.push({ target: 'audit-to', text: ({ t }) => t('console.admin.audit.toBeforeFrom') });
    }
    setErrors(found);
    if (!found.length) navigate(hrefFor(typed));
  };

  const data = first.data?.auditLog;
  const extra = more?.key === filterKey ? more : null;
  const rows = [...(data?.edges.map((e) => e.node) ?? []), ...(extra?.rows ?? [])];
  const hasNext = extra ? extra.hasNext : (data?.pageInfo.hasNextPage ?? false);
  const cursor = extra ? extra.cursor : (data?.pageInfo.endCursor ?? null);
  const showMore = async () => {
    const page = await call(AuditLogDocument, { filter, first: PAGE, after: cursor });
    setMore({
      key: filterKey,
      rows: [...(extra?.rows ?? []), ...page.auditLog.edges.map((e) => e.node)],
      cursor: page.auditLog.pageInfo.endCursor ?? null,
      hasNext: page.auditLog.pageInfo.hasNextPage,
    });
  };
  const errorFor = (target: string) => errorOf(errors, target, i18n);

  return (
    <>
      <FocusHeading>{t('console.admin.audit.title')}</FocusHeading>
      <AdminTabs />
      <p>{t('console.admin.audit.intro')}</p>
      <form noValidate onSubmit={apply} className="filters" aria-label={t('console.admin.audit.filters')}>
        <ErrorSummary title={t('console.errors.summaryTitle')} errors={errors} />
        <TextField
          id="audit-type"
          label={t('console.admin.audit.entityType')}
          hint={t('console.admin.audit.entityTypeHint')}
          value={typed.type}
          onChange={set('type')}
        />
        <TextField
          id="audit-id"
          label={t('console.admin.audit.entityId')}
          hint={t('console.admin.audit.entityIdHint')}
          value={typed.id}
          onChange={set('id')}
        />
        <SelectField
          id="audit-actor"
          label={t('console.admin.audit.actor')}
          placeholder={t('console.admin.audit.actorAny')}
          value={typed.actor}
          options={[
            ...[...names].map(([value, label]) => ({ value, label })),
            ...(typed.actor && !names.has(typed.actor) ? [{ value: typed.actor, label: typed.actor }] : []),
          ]}
          onChange={set('actor')}
        />
        <TextField
          id="audit-op"
          label={t('console.admin.audit.operation')}
          hint={t('console.admin.audit.operationHint')}
          value={typed.op}
          onChange={set('op')}
        />
        <TextField
          id="audit-from"
          type="date"
          label={t('console.admin.audit.from')}
          value={typed.from}
          error={errorFor('audit-from')}
          onChange={set('from')}
        />
        <TextField
          id="audit-to"
          type="date"
          label={t('console.admin.audit.to')}
          value={typed.to}
          error={errorFor('audit-to')}
          onChange={set('to')}
        />
        <div className="button-group">
          <button type="submit" className="button button--secondary">
            {t('console.admin.audit.apply')}
          </button>
          {search.toString() && (
            <Link href={PATH} className="button-link">
              {t('console.admin.audit.clear')}
            </Link>
          )}
        </div>
      </form>
      {first.error && !data ? (
        <LoadFailed error={first.error} onRetry={() => void first.reload()} />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          <p role="status">{t('console.admin.audit.count', { count: data.totalCount })}</p>
          {rows.length === 0 ? (
            <p>{t('console.admin.audit.empty')}</p>
          ) : (
            <ol className="audit-entries">
              {rows.map((entry) => (
                <EntryView key={entry.seq} entry={entry} actor={actorLabel(entry, names, t)} />
              ))}
            </ol>
          )}
          {hasNext && (
            <button type="button" className="button button--secondary" onClick={() => void showMore()}>
              {t('console.admin.audit.more')}
            </button>
          )}
        </>
      )}
    </>
  );
}

function actorLabel(entry: Entry, names: ReadonlyMap<string, string>, t: Translate): string {
  const id = entry.actorId ?? '';
  switch (entry.actorKind) {
    case 'STAFF':
      return names.get(id) ?? t('console.admin.audit.unknownStaff', { id });
    case 'NOMINEE':
      return t('console.admin.audit.nominee', { id });
    case 'SYSTEM':
      return t('console.admin.audit.system', { id });
  }
}

function EntryView({ entry, actor }: { entry: Entry; actor: string }) {
  const { t, dateTime } = useI18n();
  const before = entry.before as Record<string, unknown> | null | undefined;
  const after = entry.after as Record<string, unknown> | null | undefined;
  const changes = changedFields(before ?? null, after ?? null);
  const headingId = `audit-entry-${entry.seq}`;
  return (
    <li className="audit-entry">
      <h2 id={headingId}>
        {t('console.admin.audit.entry', { seq: entry.seq })}: {entry.operation}
      </h2>
      <dl className="summary">
        <dt>{t('console.admin.audit.when')}</dt>
        <dd>{dateTime(entry.occurredAt)}</dd>
        <dt>{t('console.admin.audit.who')}</dt>
        <dd>{actor}</dd>
        <dt>{t('console.admin.audit.record')}</dt>
        <dd>
          {entry.entityType} <span className="break-anywhere">{entry.entityId}</span>{' '}
          <Link href={hrefFor({ id: entry.entityId })}>{t('console.admin.audit.historyOf')}</Link>
        </dd>
      </dl>
      {!before && after ? (
        <details>
          <summary>{t('console.admin.audit.created', { count: changes.length })}</summary>
          <ChangeTable changes={changes} showBefore={false} />
        </details>
      ) : before && !after ? (
        <p>{t('console.admin.audit.deleted')}</p>
      ) : changes.length === 0 ? (
        <p>{t('console.admin.audit.noChange')}</p>
      ) : (
        <>
          <h3 className="visually-hidden">{t('console.admin.audit.changes', { count: changes.length })}</h3>
          <ChangeTable changes={changes} showBefore />
          {after && (
            <details>
              <summary>{t('console.admin.audit.allFields')}</summary>
              <ChangeTable changes={changedFields(null, after)} showBefore={false} />
            </details>
          )}
        </>
      )}
    </li>
  );
}

function ChangeTable({ changes, showBefore }: { changes: readonly FieldChange[]; showBefore: boolean }) {
  const { t, dateTime } = useI18n();
  const show = (value: unknown) => {
    if (value === null || value === undefined || value === '') return t('console.admin.audit.emptyValue');
    if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) ? dateTime(value) : value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return JSON.stringify(value);
  };
  return (
    <table className="audit-changes">
      <thead>
        <tr>
          <th scope="col">{t('console.admin.audit.colField')}</th>
          {showBefore && <th scope="col">{t('console.admin.audit.colBefore')}</th>}
          <th scope="col">{t('console.admin.audit.colAfter')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.field}>
            <th scope="row">{c.field}</th>
            {showBefore && (
              <td>
                <del>{show(c.before)}</del>
              </td>
            )}
            <td>{showBefore ? <ins>{show(c.after)}</ins> : show(c.after)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
