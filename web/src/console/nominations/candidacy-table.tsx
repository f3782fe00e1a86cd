import { useEffect, useRef, useState, type FormEvent } from 'react';
import type {
  CandidacyFilter,
  CandidacyStatus,
  ElectionType,
  Gender,
  JudgeList,
  RegionalGroup,
} from '../../gql/graphql.js';
import { useI18n, type Key } from '../../i18n/i18n.js';
import { SelectField } from '../fields.js';
import { LoadFailed, Loading } from '../page-bits.js';
import { Link } from '../router.js';
import { useSession } from '../session-context.js';
import { useQuery } from '../use-query.js';
import { ElectionCandidaciesDocument } from './operations.js';

const STATUSES: readonly CandidacyStatus[] = ['NOMINATED', 'WITHDRAWN', 'ELECTED', 'NOT_ELECTED'];
const GROUPS: readonly RegionalGroup[] = [
  'AFRICAN',
  'ASIA_PACIFIC',
  'EASTERN_EUROPEAN',
  'LATIN_AMERICAN_AND_CARIBBEAN',
  'WESTERN_EUROPEAN_AND_OTHER',
];

interface Values {
  readonly status: string;
  readonly list: string;
  readonly gender: string;
  readonly regionalGroup: string;
}
const NONE: Values = { status: '', list: '', gender: '', regionalGroup: '' };

function filterOf(v: Values): CandidacyFilter {
  return {
    ...(v.status && { status: [v.status as CandidacyStatus] }),
    ...(v.list && { list: v.list as JudgeList }),
    ...(v.gender && { gender: v.gender as Gender }),
    ...(v.regionalGroup && { regionalGroup: v.regionalGroup as RegionalGroup }),
  };
}

/**
 * The candidacies of an election, filtered by the API (status, list, gender, regional group) and
 * read again whenever the election page is (a nomination, a withdrawal, a live flag change).
 */
export function CandidacyTable({
  election: e,
  stamp,
}: {
  election: { id: string; type: ElectionType };
  /** Changes whenever the page reads the election again. */
  stamp: unknown;
}) {
  const { t } = useI18n();
  const { can } = useSession();
  const [draft, setDraft] = useState<Values>(NONE);
  const [applied, setApplied] = useState<Values>(NONE);
  const query = useQuery(ElectionCandidaciesDocument, { id: e.id, filter: filterOf(applied) });
  const { reload } = query;
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    void reload();
  }, [stamp, reload]);

  const judges = e.type === 'JUDGES';
  const filtered = Object.values(applied).some(Boolean);
  const set = (field: keyof Values) => (value: string) => setDraft((v) => ({ ...v, [field]: value }));
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setApplied(draft);
  };
  const clear = () => {
    setDraft(NONE);
    setApplied(NONE);
  };
  const actions = can('Mutation.withdrawCandidacy') || can('Mutation.updatePerson') || can('Mutation.voidCandidacy');
  const connection = query.data?.election?.candidacies;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];

  return (
    <>
      <form noValidate onSubmit={apply} className="filters" aria-label={t('console.nominations.table.filters')}>
        <SelectField
          id="candidacies-status"
          label={t('console.nominations.table.status')}
          value={draft.status}
          onChange={set('status')}
          placeholder={t('console.nominations.table.any')}
          options={STATUSES.map((s) => ({ value: s, label: t(`console.candidacyStatuses.${s}`) }))}
        />
        {judges && (
          <SelectField
            id="candidacies-list"
            label={t('console.nominations.table.list')}
            value={draft.list}
            onChange={set('list')}
            placeholder={t('console.nominations.table.any')}
            options={['A', 'B'].map((l) => ({ value: l, label: l }))}
          />
        )}
        <SelectField
          id="candidacies-gender"
          label={t('console.nominations.table.gender')}
          value={draft.gender}
          onChange={set('gender')}
          placeholder={t('console.nominations.table.any')}
          options={(['FEMALE', 'MALE'] as const).map((g) => ({ value: g, label: t(`console.genders.${g}`) }))}
        />
        <SelectField
          id="candidacies-group"
          label={t('console.nominations.table.regionalGroup')}
          value={draft.regionalGroup}
          onChange={set('regionalGroup')}
          placeholder={t('console.nominations.table.any')}
          options={GROUPS.map((g) => ({ value: g, label: t(`console.groups.${g}` as Key) }))}
        />
        <div className="button-group">
          <button type="submit" className="button button--secondary">
            {t('console.nominations.table.apply')}
          </button>
          {filtered && (
            <button type="button" className="button button--secondary" onClick={clear}>
              {t('console.nominations.table.clear')}
            </button>
          )}
        </div>
      </form>
      {query.error && !query.data ? (
        <LoadFailed error={query.error} onRetry={() => void reload()} />
      ) : !connection ? (
        <Loading />
      ) : rows.length === 0 ? (
        <p role="status">{filtered ? t('console.nominations.table.none') : t('console.election.candidaciesNone')}</p>
      ) : (
        <>
          <p role="status" className="hint">
            {t('console.nominations.table.count', { shown: rows.length, total: connection.totalCount })}
          </p>
          {/* Focusable, so that a table wider than a phone can be scrolled from the keyboard. */}
          <div className="table-wrap" role="region" aria-label={t('console.election.candidacies')} tabIndex={0}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('console.election.colCandidate')}</th>
                  <th scope="col">{t('console.election.colState')}</th>
                  {judges && <th scope="col">{t('console.election.colList')}</th>}
                  <th scope="col">{t('console.nominations.table.colGroup')}</th>
                  <th scope="col">{t('console.election.colStatus')}</th>
                  {actions && <th scope="col">{t('console.election.colActions')}</th>}
                </tr>
              </thead>
              <tbody>
                {rows.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">
                      {c.person.fullName} <span className="hint-inline">({c.person.nationality})</span>
                    </th>
                    <td>{c.nominatingState?.name ?? t('console.election.prosecutor')}</td>
                    {judges && <td>{c.list ?? ''}</td>}
                    <td>{c.regionalGroup ? t(`console.groups.${c.regionalGroup}` as Key) : ''}</td>
                    <td>
                      {t(`console.candidacyStatuses.${c.status}`)}
                      {c.withdrawalReason && <span className="hint">{c.withdrawalReason}</span>}
                    </td>
                    {actions && (
                      <td>
                        <ul className="row-actions">
                          {can('Mutation.updatePerson') && (
                            <li>
                              <Link
                                href={`/console/elections/${e.id}/people/${c.person.id}/edit`}
                                aria-label={t('console.nominations.table.correctName', { name: c.person.fullName })}
                              >
                                {t('console.nominations.table.correct')}
                              </Link>
                            </li>
                          )}
                          {can('Mutation.withdrawCandidacy') && c.status === 'NOMINATED' && (
                            <li>
                              <Link
                                href={`/console/candidacies/${c.id}/withdraw`}
                                aria-label={t('console.election.withdrawName', { name: c.person.fullName })}
                              >
                                {t('console.election.withdraw')}
                              </Link>
                            </li>
                          )}
                          {can('Mutation.voidCandidacy') && (c.status === 'NOMINATED' || c.status === 'WITHDRAWN') && (
                            <li>
                              <Link
                                href={`/console/candidacies/${c.id}/void`}
                                aria-label={t('console.nominations.table.voidName', { name: c.person.fullName })}
                              >
                                {t('console.nominations.table.void')}
                              </Link>
                            </li>
                          )}
                        </ul>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
