import { useCallback, useState, type ReactNode } from 'react';
import type { ConsoleElectionQuery } from '../../gql/graphql.js';
import { catalogues } from '../../i18n/catalogues.js';
import { useI18n, type Translate } from '../../i18n/i18n.js';
import { flagFiguresText, flagScopeText, scopeValueText } from '../flag-labels.js';
import { FocusHeading } from '../../ui/focus-heading.js';
import { ElectionDocument } from '../operations.js';
import { Flash, LoadFailed, Loading, NOT_FOUND } from '../page-bits.js';
import { Link } from '../router.js';
import { useSession } from '../session-context.js';
import { useQuery } from '../use-query.js';
import { ExtensionList } from './extension-list.js';
import { DeleteDraft } from './delete-draft.js';
import { nextStatus } from './labels.js';
import { CandidacyTable } from '../nominations/candidacy-table.js';
import { useSlateFlagChanges } from './live-flags.js';

type Election = NonNullable<ConsoleElectionQuery['election']>;

/** One election: its details, what the role may do with it, flags, requirements, candidacies. */
export function ElectionPage({ id }: { id: string }) {
  const query = useQuery(ElectionDocument, { id });
  const { reload } = query;
  const refresh = useCallback(() => void reload(), [reload]);
  useSlateFlagChanges(id, refresh);
  if (query.error && !query.data) return <LoadFailed error={query.error} onRetry={refresh} />;
  if (!query.data) return <Loading />;
  if (!query.data.election) return <LoadFailed error={NOT_FOUND} />;
  return <ElectionView election={query.data.election} />;
}

function ElectionView({ election: e }: { election: Election }) {
  const { t, date } = useI18n();
  const { can } = useSession();
  const next = nextStatus(e.status);
  const scope = (s: { scope: string; scopeValue?: string | null }) => flagScopeText(s, t);

  return (
    <>
      <Flash />
      <FocusHeading>{e.title}</FocusHeading>
      <p className="caption">
        {t(`console.types.${e.type}`)} ·{' '}
        <span className={`tag tag--${e.status.toLowerCase()}`}>{t(`console.statuses.${e.status}`)}</span>
      </p>

      {(can('Mutation.updateElection') ||
        (can('Mutation.deleteElection') && e.status === 'DRAFT') ||
        can('Mutation.extendNominationPeriod') ||
        can('Mutation.nominateCandidate') ||
        can('Mutation.importNominations') ||
        can('Mutation.recordBallotRound') ||
        can('Query.panels')) && (
        <section aria-labelledby="election-actions">
          <h2 id="election-actions" className="visually-hidden">
            {t('console.election.actions')}
          </h2>
          <div className="button-group">
            {can('Mutation.updateElection') && (
              <Link href={`/console/elections/${e.id}/edit`} className="button button--secondary">
                {t('console.election.edit')}
              </Link>
            )}
            {can('Mutation.updateElection') && next && (
              <Link href={`/console/elections/${e.id}/status`} className="button button--secondary">
                {t('console.election.moveTo', { status: t(`console.statuses.${next}`) })}
              </Link>
            )}
            {can('Mutation.extendNominationPeriod') &&
              (e.status === 'NOMINATIONS_OPEN' || e.status === 'NOMINATIONS_CLOSED') && (
                <Link href={`/console/elections/${e.id}/extend`} className="button button--secondary">
                  {t('console.election.extend')}
                </Link>
              )}
            {can('Mutation.recordBallotRound') && (e.status === 'VOTING' || e.status === 'CONCLUDED') && (
              <Link href={`/console/elections/${e.id}/ballots`} className="button">
                {t('console.ballots.open')}
              </Link>
            )}
            {can('Query.panels') && (
              <Link href={`/console/elections/${e.id}/panels`} className="button button--secondary">
                {t('console.panels.open')}
              </Link>
            )}
            {can('Mutation.deleteElection') && e.status === 'DRAFT' && <DeleteDraft election={e} />}
            {can('Mutation.nominateCandidate') && e.status === 'NOMINATIONS_OPEN' && (
              <Link href={`/console/elections/${e.id}/nominate`} className="button">
                {t('console.election.nominate')}
              </Link>
            )}
            {can('Mutation.importNominations') && e.status === 'NOMINATIONS_OPEN' && (
              <Link href={`/console/elections/${e.id}/import`} className="button button--secondary">
                {t('console.nominations.table.import')}
              </Link>
            )}
          </div>
        </section>
      )}

      <h2>{t('console.election.details')}</h2>
      <dl className="summary">
        <dt>{t('console.elections.titleFrShown')}</dt>
        <dd lang={e.titleFr ? 'fr' : undefined}>{e.titleFr ?? t('console.elections.titleFrNone')}</dd>
        <dt>{t('console.election.aspSession')}</dt>
        <dd>{e.aspSession}</dd>
        <dt>{t('console.election.seats')}</dt>
        <dd>{e.seats}</dd>
        <dt>{t('console.election.nominationPeriod')}</dt>
        <dd>{t('console.list.period', { opens: date(e.nominationOpensOn), closes: date(e.nominationClosesOn) })}</dd>
        <dt>{t('console.election.votingStartsOn')}</dt>
        <dd>{e.votingStartsOn ? date(e.votingStartsOn) : t('console.notSet')}</dd>
        <dt>{t('console.election.term')}</dt>
        <dd>
          {e.termStartsOn && e.termEndsOn
            ? t('console.list.period', { opens: date(e.termStartsOn), closes: date(e.termEndsOn) })
            : t('console.notSet')}
        </dd>
        <dt>{t('console.election.version')}</dt>
        <dd>{e.version}</dd>
      </dl>

      {e.nominationExtensions.length > 0 && (
        <>
          <h2>{t('console.election.extensions')}</h2>
          <ExtensionList extensions={e.nominationExtensions} />
        </>
      )}

      <h2>{t('console.election.candidacies')}</h2>
      <CandidacyTable election={e} stamp={e} />

      <FlagsSection election={e} scope={scope} />

      <h2>{t('console.election.mvr')}</h2>
      {!e.minimumVotingRequirements ? (
        <p>{t('console.election.mvrNone')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('console.election.mvrCategory')}</th>
                <th scope="col" className="numeric">
                  {t('console.election.mvrRequired')}
                </th>
                <th scope="col" className="numeric">
                  {t('console.election.mvrInRace')}
                </th>
              </tr>
            </thead>
            <tbody>
              {e.minimumVotingRequirements.map((m) => (
                <tr key={`${m.kind}:${m.value}`}>
                  <th scope="row">
                    {t(`console.mvr.kinds.${m.kind}`)}: {scopeValueText(m.kind, m.value, t)}
                  </th>
                  <td className="numeric">
                    {m.required}
                    {m.lapsedReason && <span className="hint">{t(`console.mvr.lapsed.${m.lapsedReason}`)}</span>}
                  </td>
                  <td className="numeric">{m.candidatesInRace}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2>{t('console.election.questionnaires')}</h2>
      {e.questionnaires.length === 0 ? (
        <p>{t('console.election.questionnairesNone')}</p>
      ) : (
        <ul className="plain-list">
          {e.questionnaires.map((q) => (
            <li key={q.id}>
              {can('Query.questionnaire') ? (
                <Link
                  href={`/console/elections/${e.id}/questionnaires/${q.id}`}
                  aria-label={t('console.questionnaires.open', { title: q.title })}
                >
                  {q.title}
                </Link>
              ) : (
                q.title
              )}{' '}
              — <DeadlineText deadline={q.deadline} publishAt={q.publishAt} />
            </li>
          ))}
        </ul>
      )}
      {can('Mutation.issueQuestionnaire') && e.status !== 'CONCLUDED' && (
        <p>
          <Link href={`/console/elections/${e.id}/questionnaires/new`} className="button button--secondary">
            {t('console.questionnaires.issueLink')}
          </Link>
        </p>
      )}

      <h2>{t('console.discussions.sectionTitle')}</h2>
      <ul className="plain-list">
        <li>
          <Link href={`/console/elections/${e.id}/discussions`}>{t('console.discussions.open')}</Link>
        </li>
        {can('Query.outreachRecords') && (
          <li>
            <Link href={`/console/elections/${e.id}/advocacy`}>{t('console.advocacy.open')}</Link>
          </li>
        )}
      </ul>

      {e.type === 'JUDGES' && (
        <>
          <h2>{t('console.election.sittingJudges')}</h2>
          {e.sittingJudges.length === 0 ? (
            <p>{t('console.election.sittingJudgesNone')}</p>
          ) : (
            <ul className="plain-list">
              {e.sittingJudges.map((j) => (
                <li key={`${j.fullName}:${j.nationality}`}>
                  {j.fullName} ({j.nationality}, {t(`console.genders.${j.gender}`)}, {j.list})
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}

function DeadlineText({ deadline, publishAt }: { deadline: string; publishAt: string }) {
  const { t, dateTime } = useI18n();
  return <>{t('console.election.deadline', { deadline: dateTime(deadline), publishAt: dateTime(publishAt) })}</>;
}

function FlagsSection({
  election: e,
  scope,
}: {
  election: Election;
  scope: (s: { scope: string; scopeValue?: string | null }) => string;
}) {
  const { t, dateTime } = useI18n();
  const [all, setAll] = useState(false);
  const history = [...e.slateFlagHistory].reverse();
  const shownHistory = all ? history : history.slice(0, HISTORY_ROWS);
  return (
    <>
      <h2 id="flags-heading">{t('console.election.flags')}</h2>
      <p className="hint">{t('console.election.flagsLive')}</p>
      <div aria-live="polite">
        {e.slateFlags.length === 0 ? (
          <p>{t('console.election.flagsNone')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table" aria-labelledby="flags-heading">
              <thead>
                <tr>
                  <th scope="col">{t('console.election.flagScope')}</th>
                  <th scope="col">{t('console.election.flagKind')}</th>
                  <th scope="col">{t('console.election.flagFigures')}</th>
                  <th scope="col">{t('console.election.flagSince')}</th>
                </tr>
              </thead>
              <tbody>
                {e.slateFlags.map((f) => (
                  <tr key={`${f.scope}:${f.scopeValue ?? ''}:${f.kind}`}>
                    <th scope="row">{scope(f)}</th>
                    <td>{t(`console.flags.kinds.${f.kind}`)}</td>
                    <td>{flagFiguresText(f, t)}</td>
                    <td>{f.since ? dateTime(f.since) : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
      <h3 id="history-heading">{t('console.election.history')}</h3>
      {e.slateFlagHistory.length === 0 ? (
        <p>{t('console.election.historyNone')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" aria-labelledby="history-heading">
            <thead>
              <tr>
                <th scope="col">{t('console.election.historyWhen')}</th>
                <th scope="col">{t('console.election.historyChange')}</th>
                <th scope="col">{t('console.election.flagScope')}</th>
                <th scope="col">{t('console.election.flagKind')}</th>
                <th scope="col" className="numeric">
                  {t('console.election.flagCandidates')}
                </th>
                <th scope="col">{t('console.election.historyCause')}</th>
              </tr>
            </thead>
            <tbody>
              {shownHistory.map((h, i) => (
                <tr key={`${h.at}:${h.scope}:${h.scopeValue ?? ''}:${h.kind}:${i}`}>
                  <td>{dateTime(h.at)}</td>
                  <td>{t(`console.flags.changes.${h.change}`)}</td>
                  <td>{scope(h)}</td>
                  <td>{t(`console.flags.kinds.${h.kind}`)}</td>
                  <td className="numeric">{h.candidates}</td>
                  <td>{causeText(h.operation, t)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {history.length > shownHistory.length && (
            <button type="button" className="button button--secondary" onClick={() => setAll(true)}>
              {t('console.election.historyAll', { count: history.length })}
            </button>
          )}
        </div>
      )}
    </>
  );
}

// The newest changes first; the whole history on request.
const HISTORY_ROWS = 10;

/** What changed a flag, in words; an operation this page does not know yet by its API name. */
function causeText(operation: string, t: Translate): ReactNode {
  return Object.hasOwn(catalogues.en.console.election.causes, operation) ? (
    t(`console.election.causes.${operation as keyof typeof catalogues.en.console.election.causes}`)
  ) : (
    <code>{operation}</code>
  );
}
