import { useState, type FormEvent } from 'react';
import { useI18n, type Key } from '../../i18n/i18n.js';
import { ErrorSummary, errorOf, type SummaryError } from '../../ui/error-summary.js';
import { FocusHeading } from '../../ui/focus-heading.js';
import { TextArea } from '../fields.js';
import { Flash, LoadFailed, Loading, NOT_FOUND } from '../page-bits.js';
import { Link } from '../router.js';
import { useSession } from '../session-context.js';
import { DiscussionFacts, LinkRow } from './discussion-facts.js';
import { useElectionDiscussions, type DiscussionsElection } from './discussions-page.js';
import './discussions.css';
import { answerKey, discussionErrorMessage, statusKey, whenText, type Discussion } from './labels.js';
import { CancelDiscussionDocument, PublishDiscussionDocument } from './operations.js';

/** One discussion: its details, each invitee's answer, its record once held, and what the role may do. */
export function DiscussionPage({ electionId, id }: { electionId: string; id: string }) {
  const query = useElectionDiscussions(electionId);
  if (query.error && !query.data) return <LoadFailed error={query.error} onRetry={() => void query.reload()} />;
  if (!query.data) return <Loading />;
  const discussion = query.data.election?.discussions.find((d) => d.id === id);
  if (!query.data.election || !discussion) return <LoadFailed error={NOT_FOUND} />;
  return <DiscussionView election={query.data.election} discussion={discussion} reload={() => void query.reload()} />;
}

function DiscussionView({
  election: e,
  discussion: d,
  reload,
}: {
  election: DiscussionsElection;
  discussion: Discussion;
  reload: () => void;
}) {
  const { t, language, dateTime } = useI18n();
  const { can, call } = useSession();
  const [cancelling, setCancelling] = useState(false);
  // The error of the last publish, kept as it came so it is said in the language of the moment.
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // What the last action on this screen did, kept as a key so it follows a change of language.
  const [done, setDone] = useState<Key | null>(null);
  const base = `/console/elections/${e.id}/discussions/${d.id}`;
  const started = new Date(d.startsAt).getTime() <= Date.now();
  const scheduled = d.status === 'SCHEDULED';

  const publish = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await call(PublishDiscussionDocument, { input: { id: d.id, version: d.version } });
      setDone('console.discussions.publishedNow');
      reload();
    } catch (error) {
      setFailure(error);
      reload();
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Flash />
      {done && (
        <div className="notice notice--success" role="status">
          <p>{t(done)}</p>
        </div>
      )}
      <p>
        <Link href={`/console/elections/${e.id}/discussions`}>
          {t('console.discussions.backToList', { title: e.title })}
        </Link>
      </p>
      <FocusHeading>{d.title}</FocusHeading>
      <p className="caption">
        <span className="tag">{t(statusKey(d.status))}</span> ·{' '}
        {d.publishedAt
          ? t('console.discussions.publishedOn', { when: dateTime(d.publishedAt) })
          : t('console.discussions.notPublished')}
      </p>
      {failure !== null && (
        <div className="notice notice--warning" role="alert">
          <p>{discussionErrorMessage(failure, t)}</p>
        </div>
      )}

      {(can('Mutation.updateDiscussion') ||
        can('Mutation.recordDiscussion') ||
        can('Mutation.publishDiscussion') ||
        can('Mutation.cancelDiscussion')) && (
        <section aria-labelledby="discussion-actions">
          <h2 id="discussion-actions" className="visually-hidden">
            {t('console.discussions.actions')}
          </h2>
          <div className="button-group">
            {can('Mutation.updateDiscussion') && scheduled && (
              <Link href={`${base}/edit`} className="button button--secondary">
                {t('console.discussions.edit')}
              </Link>
            )}
            {can('Mutation.recordDiscussion') && d.status !== 'CANCELLED' && started && (
              <Link href={`${base}/record`} className="button button--secondary">
                {d.status === 'HELD' ? t('console.discussions.editRecord') : t('console.discussions.record')}
              </Link>
            )}
            {can('Mutation.publishDiscussion') && !d.publishedAt && (
              <button type="button" className="button" disabled={busy} onClick={() => void publish()}>
                {t('console.discussions.publish')}
              </button>
            )}
            {can('Mutation.cancelDiscussion') && scheduled && !cancelling && (
              <button type="button" className="button button--warning" onClick={() => setCancelling(true)}>
                {t('console.discussions.cancel')}
              </button>
            )}
          </div>
          {can('Mutation.publishDiscussion') && !d.publishedAt && (
            <p className="hint">{t('console.discussions.publishHint')}</p>
          )}
        </section>
      )}
      {cancelling && (
        <CancelForm
          discussion={d}
          onDone={() => {
            setCancelling(false);
            setDone('console.discussions.cancelledNow');
            reload();
          }}
          onClose={() => setCancelling(false)}
        />
      )}

      <h2>{t('console.discussions.details')}</h2>
      <dl className="summary">
        <dt>{t('console.discussions.when')}</dt>
        <dd>{whenText(d, language, t)}</dd>
        <DiscussionFacts discussion={d} />
        <dt>{t('console.election.version')}</dt>
        <dd>{d.version}</dd>
      </dl>
      {d.status === 'CANCELLED' && (
        <div className="notice">
          <p>{t('console.discussions.cancelledBecause', { reason: d.cancellationReason ?? '' })}</p>
        </div>
      )}

      <h2 id="invitees-heading">{t('console.discussions.invitees')}</h2>
      {d.invitations.length === 0 ? (
        <p>{t('console.discussions.noInvitees')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" aria-labelledby="invitees-heading">
            <thead>
              <tr>
                <th scope="col">{t('console.discussions.colNominee')}</th>
                <th scope="col">{t('console.discussions.colState')}</th>
                <th scope="col">{t('console.discussions.colAnswer')}</th>
              </tr>
            </thead>
            <tbody>
              {d.invitations.map((i) => (
                <tr key={i.id}>
                  <th scope="row">
                    {i.candidacy.person.fullName}
                    {i.candidacy.status === 'WITHDRAWN' && (
                      <span className="hint">{t('console.candidacyStatuses.WITHDRAWN')}</span>
                    )}
                  </th>
                  <td>{i.candidacy.nominatingState?.name ?? t('console.none')}</td>
                  <td>
                    {t(answerKey(i.answer))}
                    {i.answeredAt && <span className="hint">{dateTime(i.answeredAt)}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {d.status === 'HELD' && (
        <>
          <h2>{t('console.discussions.recordHeading')}</h2>
          <p className="pre-line">{d.summary}</p>
          <dl className="summary">
            <LinkRow term={t('console.discussions.recordingUrl')} url={d.recordingUrl} missing={t('console.notSet')} />
            <LinkRow
              term={t('console.discussions.transcriptUrl')}
              url={d.transcriptUrl}
              missing={t('console.notSet')}
            />
          </dl>
          <h3>{t('console.discussions.questions')}</h3>
          {d.questions.length ? (
            <ol>
              {d.questions.map((q, index) => (
                <li key={index}>{q}</li>
              ))}
            </ol>
          ) : (
            <p>{t('console.none')}</p>
          )}
        </>
      )}
    </>
  );
}

function CancelForm({
  discussion: d,
  onDone,
  onClose,
}: {
  discussion: Discussion;
  onDone: () => void;
  onClose: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { call } = useSession();
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setErrors([{ target: 'cancel-reason', text: ({ t }) => t('console.discussions.reasonBlank') }]);
      return;
    }
    setBusy(true);
    try {
      await call(CancelDiscussionDocument, { input: { id: d.id, version: d.version, reason: reason.trim() } });
      onDone();
    } catch (error) {
      setBusy(false);
      setErrors([{ text: ({ t }) => discussionErrorMessage(error, t) }]);
    }
  };

  return (
    <form noValidate className="card" aria-labelledby="cancel-heading" onSubmit={(event) => void submit(event)}>
      <ErrorSummary title={t('console.errors.summaryTitle')} errors={errors} />
      <h2 id="cancel-heading">{t('console.discussions.cancelTitle')}</h2>
      <TextArea
        id="cancel-reason"
        label={t('console.discussions.reason')}
        hint={t('console.discussions.reasonHint')}
        value={reason}
        required
        error={errorOf(errors, 'cancel-reason', i18n)}
        onChange={setReason}
      />
      <div className="button-group">
        <button type="submit" className="button button--warning" disabled={busy}>
          {t('console.discussions.cancelSubmit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('console.discussions.keep')}
        </button>
      </div>
    </form>
  );
}
