import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { ConsoleTrackingFragment, TrackingStatus } from '../../gql/graphql.js';
import { ApiError } from '../../graphql/client.js';
import { useI18n, type Key } from '../../i18n/i18n.js';
import { ErrorSummary, errorOf, type SummaryError } from '../../ui/error-summary.js';
import { FocusHeading } from '../../ui/focus-heading.js';
import { isDay } from '../dates.js';
import { consoleErrorMessage } from '../errors.js';
import { SelectField, TextArea, TextField } from '../fields.js';
import { Flash, LoadFailed, Loading, NOT_FOUND, paramsIn, type FlashParam } from '../page-bits.js';
import { Link } from '../router.js';
import { useSession } from '../session-context.js';
import { useQuery } from '../use-query.js';
import { Preview } from './issue-form.js';
import { dateFormatter } from '../../i18n/dates.js';
import './questionnaires.css';
import { endOfDay, sortRows, STATUS_ORDER, type SortKey } from './labels.js';
import {
  ExtendInvitationDeadlineDocument,
  PublishResponsesDocument,
  RemindNomineesDocument,
  ReopenResponseDocument,
  ResendInvitationDocument,
  SendQuestionnaireDocument,
  TrackingDocument,
} from './operations.js';

type Tracking = ConsoleTrackingFragment;
type Row = Tracking['rows'][number];

/** A message about the last action: done, refused, or waiting for a confirmation. */
type Notice =
  | { kind: 'success'; key: Key; params?: Record<string, FlashParam> }
  | { kind: 'error'; error: unknown }
  | { kind: 'tooSoon'; lastRemindedAt: string; nextAllowedAt: string }
  | { kind: 'stillAnswering'; pending: number; lastDeadline: string | null };

/** One questionnaire of an election: send, remind, publish, and who has answered. */
export function TrackingPage({ electionId, id }: { electionId: string; id: string }) {
  const query = useQuery(TrackingDocument, { id, electionId });
  const reload = useCallback(() => query.reload(), [query]);
  if (query.error && !query.data) return <LoadFailed error={query.error} onRetry={() => void reload()} />;
  if (!query.data) return <Loading />;
  if (!query.data.election) return <LoadFailed error={NOT_FOUND} />;
  return (
    <TrackingView
      election={query.data.election}
      tracking={query.data.questionnaire}
      reload={reload}
      loading={query.loading}
    />
  );
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

function TrackingView({
  election,
  tracking,
  reload,
  loading,
}: {
  election: { id: string; title: string };
  tracking: Tracking;
  reload: () => Promise<void>;
  loading: boolean;
}) {
  const { t, dateTime } = useI18n();
  const { can, call } = useSession();
  const q = tracking.questionnaire;
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [acting, setActing] = useState<{ row: Row; kind: 'extend' | 'reopen' } | null>(null);

  /** Runs a questionnaire-wide action, then shows the server's newest tracking. */
  const act = async (run: () => Promise<Notice>) => {
    setBusy(true);
    setNotice(null);
    try {
      setNotice(await run());
    } catch (error) {
      setNotice(refusal(error));
    } finally {
      setBusy(false);
      await reload();
    }
  };
  const refusal = (error: unknown): Notice => {
    if (error instanceof ApiError && error.rule === 'REMINDER_TOO_SOON')
      return {
        kind: 'tooSoon',
        lastRemindedAt: str(error.extensions.lastRemindedAt) ?? '',
        nextAllowedAt: str(error.extensions.nextAllowedAt) ?? '',
      };
    if (error instanceof ApiError && error.rule === 'NOMINEES_STILL_ANSWERING')
      return {
        kind: 'stillAnswering',
        pending: typeof error.extensions.pending === 'number' ? error.extensions.pending : 0,
        lastDeadline: str(error.extensions.lastDeadline),
      };
    return { kind: 'error', error };
  };

  const send = () =>
    act(async () => {
      const { sendQuestionnaire } = await call(SendQuestionnaireDocument, { id: q.id });
      return { kind: 'success', key: 'console.questionnaires.sent', params: { count: sendQuestionnaire.invited } };
    });
  const remind = (force: boolean) =>
    act(async () => {
      const { remindNominees } = await call(RemindNomineesDocument, { id: q.id, force });
      return { kind: 'success', key: 'console.questionnaires.reminded', params: { count: remindNominees } };
    });
  const publish = (confirm: boolean) =>
    act(async () => {
      await call(PublishResponsesDocument, { id: q.id, confirm });
      return { kind: 'success', key: 'console.questionnaires.published' };
    });
  const resend = (row: Row) =>
    act(async () => {
      await call(ResendInvitationDocument, { id: q.id, candidacyId: row.candidacyId });
      return { kind: 'success', key: 'console.questionnaires.resent', params: { name: row.fullName } };
    });

  const published = tracking.publishedAt != null;
  // Offered only when there is someone to write to, as the API counts them: a standing nominee not
  // yet invited (a late nomination brings the button back), one still to answer.
  const toInvite = can('Mutation.sendQuestionnaire') && tracking.toInvite > 0;
  const toRemind = can('Mutation.remindNominees') && tracking.toRemind > 0;

  return (
    <>
      <Flash />
      <p className="caption">
        <Link href={`/console/elections/${election.id}`}>{election.title}</Link>
      </p>
      <FocusHeading>{q.title}</FocusHeading>
      <dl className="summary">
        <dt>{t('console.questionnaires.deadline')}</dt>
        <dd>{dateTime(q.deadline)}</dd>
        <dt>{t('console.questionnaires.publishAt')}</dt>
        <dd>
          {published && tracking.publishedAt
            ? t('console.questionnaires.publishedAt', { at: dateTime(tracking.publishedAt) })
            : t('console.questionnaires.notYetPublished', { at: dateTime(q.publishAt) })}
        </dd>
      </dl>

      <div aria-live="polite">
        {notice && <NoticeView notice={notice} busy={busy} remind={remind} publish={publish} />}
      </div>

      {(toInvite || toRemind || (can('Mutation.publishResponses') && !published)) && (
        <section aria-labelledby="questionnaire-actions">
          <h2 id="questionnaire-actions" className="visually-hidden">
            {t('console.questionnaires.actions')}
          </h2>
          <div className="button-group">
            {toInvite && (
              <button type="button" className="button" disabled={busy} onClick={() => void send()}>
                {t('console.questionnaires.send')}
              </button>
            )}
            {toRemind && (
              <button
                type="button"
                className="button button--secondary"
                disabled={busy}
                onClick={() => void remind(false)}
              >
                {t('console.questionnaires.remind')}
              </button>
            )}
            {can('Mutation.publishResponses') && !published && (
              <button
                type="button"
                className="button button--secondary"
                disabled={busy}
                onClick={() => void publish(false)}
              >
                {t('console.questionnaires.publish')}
              </button>
            )}
          </div>
          {(toInvite || toRemind) && <p className="hint">{t('console.questionnaires.sendHint')}</p>}
        </section>
      )}

      <h2>{t('console.questionnaires.exports')}</h2>
      {published ? (
        <ul className="plain-list">
          <li>
            <a href={`/questionnaires/${q.id}/responses.csv`} download>
              {t('console.questionnaires.exportCsv')}
            </a>
          </li>
          <li>
            <a href={`/questionnaires/${q.id}/responses.json`}>{t('console.questionnaires.exportJson')}</a>
          </li>
        </ul>
      ) : (
        <p>{t('console.questionnaires.exportsLater')}</p>
      )}

      <TrackingTable
        tracking={tracking}
        busy={busy || loading}
        reload={reload}
        onResend={(row) => void resend(row)}
        onAct={(row, kind) => setActing({ row, kind })}
      />

      {acting && (
        <RowForm
          key={`${acting.kind}:${acting.row.candidacyId}`}
          questionnaireId={q.id}
          row={acting.row}
          kind={acting.kind}
          onDone={async (key, params) => {
            setActing(null);
            setNotice({ kind: 'success', key, params });
            await reload();
          }}
          onCancel={() => setActing(null)}
        />
      )}

      <details className="details">
        <summary>{t('console.questionnaires.questions', { count: q.questions.length })}</summary>
        <Preview title={q.title} titleFr={q.titleFr ?? null} questions={q.questions} />
      </details>
    </>
  );
}

function NoticeView({
  notice,
  busy,
  remind,
  publish,
}: {
  notice: Notice;
  busy: boolean;
  remind: (force: boolean) => Promise<void>;
  publish: (confirm: boolean) => Promise<void>;
}) {
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  switch (notice.kind) {
    case 'success':
      return <SuccessNotice text={t(notice.key, paramsIn(notice.params, i18n))} />;
    case 'error':
      return (
        <div className="notice notice--warning" role="alert">
          <p>{consoleErrorMessage(notice.error, t)}</p>
        </div>
      );
    case 'tooSoon':
      return (
        <div className="notice notice--warning" role="alert">
          <p>
            {t('console.questionnaires.tooSoon', {
              last: notice.lastRemindedAt ? dateTime(notice.lastRemindedAt) : '',
              next: notice.nextAllowedAt ? dateTime(notice.nextAllowedAt) : '',
            })}
          </p>
          <button type="button" className="button button--warning" disabled={busy} onClick={() => void remind(true)}>
            {t('console.questionnaires.remindAnyway')}
          </button>
        </div>
      );
    case 'stillAnswering':
      return (
        <div className="notice notice--warning" role="alert">
          <p>
            {t('console.questionnaires.stillAnswering', {
              pending: notice.pending,
              last: notice.lastDeadline ? dateTime(notice.lastDeadline) : '',
            })}
          </p>
          <button type="button" className="button button--warning" disabled={busy} onClick={() => void publish(true)}>
            {t('console.questionnaires.publishAnyway')}
          </button>
        </div>
      );
  }
}

/**
 * What an action did. The button pressed may be gone with it (nobody left to invite): focus then
 * moves here instead of falling back to the top of the page.
 */
function SuccessNotice({ text }: { text: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!document.activeElement || document.activeElement === document.body) ref.current?.focus();
  }, [text]);
  return (
    <div className="notice notice--success" role="status" tabIndex={-1} ref={ref}>
      <p>{text}</p>
    </div>
  );
}

function TrackingTable({
  tracking,
  busy,
  reload,
  onResend,
  onAct,
}: {
  tracking: Tracking;
  busy: boolean;
  reload: () => Promise<void>;
  onResend: (row: Row) => void;
  onAct: (row: Row, kind: 'extend' | 'reopen') => void;
}) {
  const { t, dateTime, language } = useI18n();
  const { can } = useSession();
  const [status, setStatus] = useState('');
  const [name, setName] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: 'name', ascending: true });
  const counted = new Map(tracking.counts.map((c) => [c.status, c.count]));
  const rows = useMemo(() => {
    const needle = name.trim().toLocaleLowerCase(language);
    const kept = tracking.rows.filter(
      (r) => (!status || r.status === status) && (!needle || r.fullName.toLocaleLowerCase(language).includes(needle)),
    );
    return sortRows(kept, sort.key, sort.ascending, language);
  }, [tracking.rows, status, name, sort, language]);
  const deadline = tracking.questionnaire.deadline;
  const rowActions =
    can('Mutation.resendInvitation') || can('Mutation.extendInvitationDeadline') || can('Mutation.reopenResponse');
  // Short dates in the table, so its columns fit; the full form (with the time zone) on hover.
  const short = useMemo(() => dateFormatter(language, { dateStyle: 'medium', timeStyle: 'short' }), [language]);
  const when = (iso?: string | null) =>
    iso ? (
      <time dateTime={iso} title={dateTime(iso)}>
        {short(new Date(iso))}
      </time>
    ) : (
      '—'
    );
  const statusLabel = (s: TrackingStatus) => t(`console.questionnaires.statuses.${s}`);

  const header = (key: SortKey, label: Key) => {
    const active = sort.key === key;
    return (
      <th scope="col" aria-sort={active ? (sort.ascending ? 'ascending' : 'descending') : undefined}>
        <button
          type="button"
          className="sort-button"
          onClick={() => setSort({ key, ascending: active ? !sort.ascending : true })}
        >
          {t(label)}
          <span aria-hidden="true">{active ? (sort.ascending ? ' ▲' : ' ▼') : ''}</span>
        </button>
      </th>
    );
  };

  return (
    <>
      <h2 id="counts-heading">{t('console.questionnaires.counts')}</h2>
      <ul className="counts" aria-labelledby="counts-heading">
        {STATUS_ORDER.map((s) => (
          <li key={s}>
            <span className="counts__number">{counted.get(s) ?? 0}</span> {statusLabel(s)}
          </li>
        ))}
      </ul>

      <h2 id="nominees-heading">{t('console.questionnaires.nominees')}</h2>
      <div className="filters">
        <SelectField
          id="tracking-status"
          label={t('console.questionnaires.filterStatus')}
          placeholder={t('console.list.any')}
          value={status}
          options={STATUS_ORDER.map((s) => ({
            value: s,
            label: `${statusLabel(s)} (${counted.get(s) ?? 0})`,
          }))}
          onChange={setStatus}
        />
        <TextField id="tracking-name" label={t('console.questionnaires.filterName')} value={name} onChange={setName} />
        <div className="button-group">
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => void reload()}>
            {t('console.questionnaires.refresh')}
          </button>
        </div>
      </div>
      <p role="status" className="hint">
        {t('console.questionnaires.showing', { shown: rows.length, total: tracking.rows.length })}
      </p>
      {tracking.rows.every((r) => r.status === 'NOT_SENT') && <p>{t('console.questionnaires.noneInvited')}</p>}
      {tracking.rows.length > 0 && (
        <div className="table-wrap">
          <table className="table table--compact" aria-labelledby="nominees-heading">
            <thead>
              <tr>
                {header('name', 'console.questionnaires.col.nominee')}
                {header('status', 'console.questionnaires.col.status')}
                <th scope="col">{t('console.questionnaires.col.mail')}</th>
                {header('opened', 'console.questionnaires.col.opened')}
                {header('submitted', 'console.questionnaires.col.submitted')}
                {header('deadline', 'console.questionnaires.col.extension')}
                {header('reminded', 'console.questionnaires.col.reminded')}
                {rowActions && <th scope="col">{t('console.election.colActions')}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const late =
                  r.status === 'LATE' || (r.submittedAt != null && Date.parse(r.submittedAt) > Date.parse(deadline));
                const answered = r.responseStatus === 'SUBMITTED' || r.responseStatus === 'DECLINED';
                return (
                  <tr key={r.candidacyId}>
                    <th scope="row">{r.fullName}</th>
                    <td>
                      <span className={`tag tag--q-${r.status.toLowerCase()}`}>{statusLabel(r.status)}</span>
                      {r.declineReason && (
                        <span className="hint reason">
                          {t('console.questionnaires.declineReason', { reason: r.declineReason })}
                        </span>
                      )}
                    </td>
                    <td>
                      {r.mailState
                        ? t(`console.questionnaires.mail.${r.mailState}`)
                        : t('console.questionnaires.mail.none')}
                      {r.mailError && <span className="hint error-text">{r.mailError}</span>}
                    </td>
                    <td>{when(r.openedAt)}</td>
                    <td>
                      {when(r.submittedAt)}
                      {/* Draft and declined are statuses; a late submission is said where it is dated. */}
                      {late && r.submittedAt && (
                        <>
                          {' '}
                          <span className="tag tag--q-late">{t('console.questionnaires.col.late')}</span>
                        </>
                      )}
                    </td>
                    <td>{when(r.extendedDeadline)}</td>
                    <td>{when(r.lastRemindedAt)}</td>
                    {rowActions && (
                      <td>
                        <div className="row-actions">
                          {can('Mutation.resendInvitation') && r.invitedAt && !answered && (
                            <button
                              type="button"
                              className="button button--secondary button--small"
                              disabled={busy}
                              aria-label={t('console.questionnaires.resendName', { name: r.fullName })}
                              onClick={() => onResend(r)}
                            >
                              {t('console.questionnaires.resend')}
                            </button>
                          )}
                          {can('Mutation.extendInvitationDeadline') && r.invitedAt && !answered && (
                            <button
                              type="button"
                              className="button button--secondary button--small"
                              aria-label={t('console.questionnaires.extendName', { name: r.fullName })}
                              onClick={() => onAct(r, 'extend')}
                            >
                              {t('console.questionnaires.extend')}
                            </button>
                          )}
                          {can('Mutation.reopenResponse') && r.responseStatus === 'SUBMITTED' && (
                            <button
                              type="button"
                              className="button button--secondary button--small"
                              aria-label={t('console.questionnaires.reopenName', { name: r.fullName })}
                              onClick={() => onAct(r, 'reopen')}
                            >
                              {t('console.questionnaires.reopen')}
                            </button>
                          )}
                        </div>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** Extend one nominee's deadline, or reopen their submitted response: each with its reason. */
function RowForm({
  questionnaireId,
  row,
  kind,
  onDone,
  onCancel,
}: {
  questionnaireId: string;
  row: Row;
  kind: 'extend' | 'reopen';
  onDone: (key: Key, params: Record<string, FlashParam>) => Promise<void>;
  onCancel: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { call } = useSession();
  const [day, setDay] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [busy, setBusy] = useState(false);
  const errorFor = (target: string) => errorOf(errors, target, i18n);
  const prefix = `row-${kind}`;
  // The form opens below the table: focus moves to it so it is seen and announced.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus({ preventScroll: true });
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: SummaryError[] = [];
    if (kind === 'extend') {
      if (!day) found.push({ target: `${prefix}-day`, text: ({ t }) => t('console.questionnaires.row.dayBlank') });
      else if (!isDay(day)) found.push({ target: `${prefix}-day`, text: ({ t }) => t('console.form.dateInvalid') });
    }
    if (!reason.trim())
      found.push({ target: `${prefix}-reason`, text: ({ t }) => t('console.questionnaires.row.reasonBlank') });
    setErrors(found);
    if (found.length) return;
    setBusy(true);
    try {
      if (kind === 'extend') {
        await call(ExtendInvitationDeadlineDocument, {
          input: { questionnaireId, candidacyId: row.candidacyId, deadline: endOfDay(day), reason: reason.trim() },
        });
        await onDone('console.questionnaires.row.extended', { name: row.fullName, day: (now) => now.date(day) });
      } else {
        await call(ReopenResponseDocument, {
          id: questionnaireId,
          candidacyId: row.candidacyId,
          reason: reason.trim(),
        });
        await onDone('console.questionnaires.row.reopened', { name: row.fullName });
      }
    } catch (error) {
      setBusy(false);
      setErrors([{ text: ({ t }) => consoleErrorMessage(error, t) }]);
    }
  };

  return (
    <form noValidate className="panel-form" onSubmit={(event) => void submit(event)}>
      <ErrorSummary title={t('console.errors.summaryTitle')} errors={errors} />
      <h2 ref={heading} tabIndex={-1}>
        {t(kind === 'extend' ? 'console.questionnaires.row.extendTitle' : 'console.questionnaires.row.reopenTitle', {
          name: row.fullName,
        })}
      </h2>
      {kind === 'extend' && (
        <TextField
          id={`${prefix}-day`}
          label={t('console.questionnaires.row.day')}
          hint={t('console.questionnaires.row.dayHint')}
          type="date"
          width="medium"
          required
          value={day}
          error={errorFor(`${prefix}-day`)}
          onChange={setDay}
        />
      )}
      <TextArea
        id={`${prefix}-reason`}
        label={t('console.questionnaires.row.reason')}
        hint={t(kind === 'extend' ? 'console.questionnaires.row.extendHint' : 'console.questionnaires.row.reopenHint')}
        required
        value={reason}
        error={errorFor(`${prefix}-reason`)}
        onChange={setReason}
      />
      <div className="button-group">
        <button type="submit" className="button" disabled={busy}>
          {t(kind === 'extend' ? 'console.questionnaires.row.extendSubmit' : 'console.questionnaires.row.reopenSubmit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('console.cancel')}
        </button>
      </div>
    </form>
  );
}
