import { useState } from 'react';
import { flagText } from '../flag-labels.js';
import type {
  ConsoleAdvocacyQuery,
  ConsoleOutreachFragment,
  ConsolePotentialNominatorsQuery,
  RegionalGroup,
} from '../../gql/graphql.js';
import { ApiError, NetworkError } from '../../graphql/client.js';
import { useI18n, type Key } from '../../i18n/i18n.js';
import { FocusHeading } from '../../ui/focus-heading.js';
import { consoleErrorMessage } from '../errors.js';
import { Flash, LoadFailed, Loading, NOT_FOUND } from '../page-bits.js';
import { Link } from '../router.js';
import { useSession } from '../session-context.js';
import { useQuery } from '../use-query.js';
import { AdvocacyDocument, PotentialNominatorsDocument } from './operations.js';
import { OutreachForm, type OutreachTarget } from './outreach-form.js';

type Election = NonNullable<ConsoleAdvocacyQuery['election']>;
type Group = NonNullable<NonNullable<ConsolePotentialNominatorsQuery['election']>['potentialNominators']>[number];

/**
 * Advocacy against clean slates: while nominations are open, the States Parties that have not
 * nominated, by regional group, with the flags that make each group matter; the team's outreach
 * to each State (staff only, notes included) and whether the State nominated afterwards.
 */
export function AdvocacyPage({ electionId }: { electionId: string }) {
  const base = useQuery(AdvocacyDocument, { id: electionId });
  const open = base.data?.election?.status === 'NOMINATIONS_OPEN';
  const groups = useQuery(PotentialNominatorsDocument, { id: electionId }, !open);
  if (base.error && !base.data) return <LoadFailed error={base.error} onRetry={() => void base.reload()} />;
  if (!base.data) return <Loading />;
  if (!base.data.election) return <LoadFailed error={NOT_FOUND} />;
  return (
    <AdvocacyView
      election={base.data.election}
      records={base.data.outreachRecords}
      stateNames={new Map(base.data.statesParties.map((s) => [s.code, s.name]))}
      open={open}
      groups={groups}
      reload={() => {
        void base.reload();
        if (open) void groups.reload();
      }}
    />
  );
}

function AdvocacyView({
  election: e,
  records,
  stateNames,
  open,
  groups,
  reload,
}: {
  election: Election;
  records: readonly ConsoleOutreachFragment[];
  stateNames: ReadonlyMap<string, string>;
  open: boolean;
  groups: ReturnType<typeof useQuery<ConsolePotentialNominatorsQuery, { id: string }>>;
  reload: () => void;
}) {
  const { t, date } = useI18n();
  const { can } = useSession();
  const [target, setTarget] = useState<OutreachTarget | null>(null);
  // The last outreach saved, kept as a key so the notice follows a change of language.
  const [done, setDone] = useState<{ key: Key; stateCode: string } | null>(null);
  const nameOf = (code: string) => stateNames.get(code) ?? code;
  const byState = new Map<string, ConsoleOutreachFragment[]>();
  for (const r of records) byState.set(r.stateCode, [...(byState.get(r.stateCode) ?? []), r]);
  const mayRecord = can('Mutation.recordOutreach');
  const mayEdit = can('Mutation.updateOutreach');

  return (
    <>
      <Flash />
      <p>
        <Link href={`/console/elections/${e.id}`}>{t('console.advocacy.backToElection', { title: e.title })}</Link>
      </p>
      <FocusHeading focus={target === null}>{t('console.advocacy.title', { title: e.title })}</FocusHeading>
      <p>{t('console.advocacy.intro')}</p>
      {done && (
        <div className="notice notice--success" role="status">
          <p>{t(done.key, { state: nameOf(done.stateCode) })}</p>
        </div>
      )}

      {target && (
        <OutreachForm
          key={target.record?.id ?? target.stateCode}
          electionId={e.id}
          target={target}
          stateName={nameOf(target.stateCode)}
          onDone={(key) => {
            setDone({ key, stateCode: target.stateCode });
            setTarget(null);
            reload();
          }}
          onClose={() => setTarget(null)}
          onReload={reload}
        />
      )}

      {!open ? (
        <div className="notice">
          <p>{t('console.advocacy.notOpen', { status: t(`console.statuses.${e.status}`) })}</p>
        </div>
      ) : groups.error && !groups.data ? (
        <LoadFailed error={groups.error} onRetry={() => void groups.reload()} />
      ) : !groups.data ? (
        <Loading />
      ) : (
        (groups.data.election?.potentialNominators ?? []).map((g) => (
          <GroupSection
            key={g.regionalGroup}
            electionId={e.id}
            group={g}
            byState={byState}
            mayRecord={mayRecord}
            onRecord={(stateCode) => {
              setDone(null);
              setTarget({ stateCode, record: null });
            }}
          />
        ))
      )}

      <h2 id="outreach-heading">{t('console.advocacy.outreachHeading')}</h2>
      {records.length === 0 ? (
        <p>{t('console.advocacy.noOutreach')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" aria-labelledby="outreach-heading">
            <thead>
              <tr>
                <th scope="col">{t('console.advocacy.colState')}</th>
                <th scope="col">{t('console.advocacy.colContact')}</th>
                <th scope="col">{t('console.advocacy.colNote')}</th>
                <th scope="col">{t('console.advocacy.colNominated')}</th>
                {mayEdit && <th scope="col">{t('console.advocacy.colActions')}</th>}
              </tr>
            </thead>
            <tbody>
              {records.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{nameOf(r.stateCode)}</th>
                  <td>
                    {date(r.contactedOn)}
                    <span className="hint">{t(`console.advocacy.channels.${r.channel}`)}</span>
                  </td>
                  <td className="advocacy-note">
                    {r.note ?? ''}
                    {r.outcome && (
                      <span className="hint">{t('console.advocacy.outcomeValue', { outcome: r.outcome })}</span>
                    )}
                  </td>
                  <td>
                    {r.nominatedOn
                      ? t('console.advocacy.nominatedOn', { date: date(r.nominatedOn) })
                      : t('console.advocacy.notNominated')}
                  </td>
                  {mayEdit && (
                    <td>
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        aria-label={t('console.advocacy.editLabel', {
                          state: nameOf(r.stateCode),
                          date: date(r.contactedOn),
                        })}
                        onClick={() => {
                          setDone(null);
                          setTarget({ stateCode: r.stateCode, record: r });
                        }}
                      >
                        {t('console.advocacy.edit')}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function GroupSection({
  electionId,
  group: g,
  byState,
  mayRecord,
  onRecord,
}: {
  electionId: string;
  group: Group;
  byState: ReadonlyMap<string, readonly ConsoleOutreachFragment[]>;
  mayRecord: boolean;
  onRecord: (stateCode: string) => void;
}) {
  const { t, date } = useI18n();
  const { session } = useSession();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingId = `group-${g.regionalGroup.toLowerCase()}`;
  const groupName = t(`console.groups.${g.regionalGroup}`);

  const download = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await downloadCsv(electionId, g.regionalGroup, session.token);
    } catch (error) {
      setFailure(consoleErrorMessage(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{groupName}</h2>
      {g.flags.length ? (
        <>
          <p>{t('console.advocacy.matters')}</p>
          <ul>
            {g.flags.map((f) => (
              <li key={`${f.scope}:${f.scopeValue ?? ''}:${f.kind}`}>{flagText(f, t)}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('console.advocacy.noFlags')}</p>
      )}
      <p>{t('console.advocacy.statesCount', { count: g.statesParties.length })}</p>
      {g.statesParties.length > 0 && (
        <p>
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => void download()}>
            {t('console.advocacy.download', { group: groupName })}
          </button>
        </p>
      )}
      {failure && (
        <div className="notice notice--warning" role="alert">
          <p>{failure}</p>
        </div>
      )}
      {g.statesParties.length > 0 && (
        <div className="table-wrap">
          <table className="table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">{t('console.advocacy.colState')}</th>
                <th scope="col">{t('console.advocacy.colDone')}</th>
                {mayRecord && <th scope="col">{t('console.advocacy.colActions')}</th>}
              </tr>
            </thead>
            <tbody>
              {g.statesParties.map((s) => {
                const done = byState.get(s.code) ?? [];
                return (
                  <tr key={s.code}>
                    <th scope="row">{s.name}</th>
                    <td>
                      {done.length === 0
                        ? t('console.advocacy.notContacted')
                        : t('console.advocacy.lastContact', {
                            date: date(done[0].contactedOn),
                            channel: t(`console.advocacy.channels.${done[0].channel}`),
                            count: done.length,
                          })}
                    </td>
                    {mayRecord && (
                      <td>
                        <button
                          type="button"
                          className="button button--secondary button--small"
                          aria-label={t('console.advocacy.recordLabel', { state: s.name })}
                          onClick={() => onRecord(s.code)}
                        >
                          {t('console.advocacy.record')}
                        </button>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/**
 * The export needs the staff session's bearer token, which a plain link cannot send: fetched with
 * it, then handed to the browser as a file. Errors come back as JSON with extensions.code.
 */
async function downloadCsv(electionId: string, group: RegionalGroup, token: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(
      `/elections/${encodeURIComponent(electionId)}/potential-nominators.csv?regionalGroup=${group}`,
      { headers: { authorization: `Bearer ${token}` }, credentials: 'omit' },
    );
  } catch {
    throw new NetworkError();
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as {
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    } | null;
    const first = body?.errors?.[0];
    const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : 'BAD_RESPONSE';
    throw new ApiError(first?.message ?? `HTTP ${response.status}`, code, first?.extensions ?? {});
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = `potential-nominators-${group.toLowerCase()}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
