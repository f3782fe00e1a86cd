import { useState, type FormEvent } from 'react';
import type { ConsoleElectionsQuery, ElectionFilter, ElectionStatus, ElectionType } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';
import { FocusHeading } from '../../ui/focus-heading.js';
import { SelectField, TextField } from '../fields.js';
import { ElectionsDocument } from '../operations.js';
import { Flash, LoadFailed, Loading } from '../page-bits.js';
import { Link, navigate, useLocation } from '../router.js';
import { useSession } from '../session-context.js';
import { useQuery } from '../use-query.js';
import { ELECTION_STATUSES, ELECTION_TYPES } from './labels.js';

type Row = ConsoleElectionsQuery['elections']['edges'][number]['node'];
const PAGE = 25;

const validYear = (text: string) => /^\d{4}$/.test(text) && Number(text) >= 1900 && Number(text) <= 2200;

/** The filter in the address (?type=&status=&year=), so a reload or a shared link keeps it. */
function filterFrom(search: URLSearchParams): ElectionFilter {
  const type = ELECTION_TYPES.find((v) => v === search.get('type'));
  const status = ELECTION_STATUSES.find((v) => v === search.get('status'));
  const year = search.get('year') ?? '';
  return {
    ...(type && { type }),
    ...(status && { status: [status] }),
    ...(validYear(year) && { year: Number(year) }),
  };
}

export function ElectionList() {
  const { t, date } = useI18n();
  const { can } = useSession();
  const { search } = useLocation();
  const filter = filterFrom(search);
  const [type, setType] = useState<string>(filter.type ?? '');
  const [status, setStatus] = useState<string>(filter.status?.[0] ?? '');
  const [year, setYear] = useState<string>(filter.year ? String(filter.year) : '');
  const [yearError, setYearError] = useState<string | null>(null);
  const first = useQuery(ElectionsDocument, { filter, first: PAGE });
  // Later pages, asked for with "Show more" (the first page comes from the query above).
  const [more, setMore] = useState<{ key: string; rows: Row[]; cursor: string | null; hasNext: boolean } | null>(null);
  const filterKey = JSON.stringify(filter);
  const { call } = useSession();

  const apply = (event: FormEvent) => {
    event.preventDefault();
    if (year.trim() && !validYear(year.trim())) {
      setYearError(t('console.list.yearInvalid'));
      return;
    }
    setYearError(null);
    const params = new URLSearchParams();
    if (type) params.set('type', type);
    if (status) params.set('status', status);
    if (year.trim()) params.set('year', year.trim());
    const query = params.toString();
    navigate(`/console/elections${query ? `?${query}` : ''}`);
  };

  const data = first.data?.elections;
  const extra = more?.key === filterKey ? more : null;
  const rows = [...(data?.edges.map((e) => e.node) ?? []), ...(extra?.rows ?? [])];
  const hasNext = extra ? extra.hasNext : (data?.pageInfo.hasNextPage ?? false);
  const cursor = extra ? extra.cursor : (data?.pageInfo.endCursor ?? null);

  const showMore = async () => {
    const page = await call(ElectionsDocument, { filter, first: PAGE, after: cursor });
    setMore({
      key: filterKey,
      rows: [...(extra?.rows ?? []), ...page.elections.edges.map((e) => e.node)],
      cursor: page.elections.pageInfo.endCursor ?? null,
      hasNext: page.elections.pageInfo.hasNextPage,
    });
  };

  return (
    <>
      <Flash />
      <FocusHeading>{t('console.list.title')}</FocusHeading>
      {can('Mutation.createElection') && (
        <p>
          <Link href="/console/elections/new" className="button">
            {t('console.shell.newElection')}
          </Link>
        </p>
      )}
      <form noValidate onSubmit={apply} className="filters" aria-label={t('console.list.filters')}>
        <SelectField
          id="filter-type"
          label={t('console.list.type')}
          value={type}
          onChange={setType}
          placeholder={t('console.list.any')}
          options={ELECTION_TYPES.map((v: ElectionType) => ({ value: v, label: t(`console.types.${v}`) }))}
        />
        <SelectField
          id="filter-status"
          label={t('console.list.status')}
          value={status}
          onChange={setStatus}
          placeholder={t('console.list.any')}
          options={ELECTION_STATUSES.map((v: ElectionStatus) => ({ value: v, label: t(`console.statuses.${v}`) }))}
        />
        <TextField
          id="filter-year"
          label={t('console.list.year')}
          error={yearError}
          value={year}
          onChange={setYear}
          inputMode="numeric"
          width="short"
        />
        <div className="button-group">
          <button type="submit" className="button button--secondary">
            {t('console.list.apply')}
          </button>
          {search.toString() && (
            <Link href="/console/elections" className="button-link">
              {t('console.list.clear')}
            </Link>
          )}
        </div>
      </form>
      {first.error ? (
        <LoadFailed error={first.error} onRetry={() => void first.reload()} />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          <p role="status">{t('console.list.count', { count: data.totalCount })}</p>
          {rows.length === 0 ? (
            <p>{t('console.list.empty')}</p>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">{t('console.list.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('console.list.colTitle')}</th>
                    <th scope="col">{t('console.list.colType')}</th>
                    <th scope="col">{t('console.list.colStatus')}</th>
                    <th scope="col">{t('console.list.colPeriod')}</th>
                    <th scope="col" className="numeric">
                      {t('console.list.colSeats')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((e) => (
                    <tr key={e.id}>
                      <td>
                        <Link href={`/console/elections/${e.id}`}>{e.title}</Link>
                      </td>
                      <td>{t(`console.types.${e.type}`)}</td>
                      <td>
                        <span className={`tag tag--${e.status.toLowerCase()}`}>
                          {t(`console.statuses.${e.status}`)}
                        </span>
                      </td>
                      <td>
                        {t('console.list.period', {
                          opens: date(e.nominationOpensOn),
                          closes: date(e.nominationClosesOn),
                        })}
                      </td>
                      <td className="numeric">{e.seats}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {hasNext && (
            <button type="button" className="button button--secondary" onClick={() => void showMore()}>
              {t('console.list.more')}
            </button>
          )}
        </>
      )}
    </>
  );
}
