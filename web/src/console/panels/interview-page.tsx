import { useState, type FormEvent, type ReactNode } from 'react';
import type { ConsolePanelInterviewQuery } from '../../gql/graphql.js';
import { useI18n, type I18n, type Localized } from '../../i18n/i18n.js';
import { ErrorSummary, errorOf, type SummaryError } from '../../ui/error-summary.js';
import { FocusHeading } from '../../ui/focus-heading.js';
import { CheckboxField, RadioGroup, TextArea, TextField } from '../fields.js';
import { LoadFailed, Loading, NOT_FOUND } from '../page-bits.js';
import { Link } from '../router.js';
import { useSession } from '../session-context.js';
import { useQuery } from '../use-query.js';
import { DateTimeField } from './date-time-field.js';
import {
  criterionLabel,
  groundLabel,
  localDateTime,
  panelErrorMessage,
  ratingLabel,
  recusalIn,
  toLocalInput,
} from './labels.js';
import {
  CancelInterviewDocument,
  PanelInterviewDocument,
  PublishInterviewDocument,
  RecordAssessmentDocument,
  ReopenAssessmentDocument,
  RecordConclusionDocument,
  RecordDissentDocument,
  RecordInterviewDocument,
  RecuseDocument,
} from './operations.js';
import './panels.css';

type Interview = NonNullable<ConsolePanelInterviewQuery['panelInterview']>;
type Criterion = { key: string; labelEn: string; labelFr: string; scale: string[] };

/** One interview as the API lets the caller see it; a recused member is told why they cannot open it. */
export function InterviewPage({ id }: { id: string }) {
  const { t } = useI18n();
  const query = useQuery(PanelInterviewDocument, { id });
  if (query.error) {
    // Also after the member recused themselves from the page: the interview it still holds is gone.
    const recusal = recusalIn(query.error);
    if (recusal) {
      return (
        <>
          <FocusHeading>{t('console.panels.interview.recusedTitle')}</FocusHeading>
          <div className="notice notice--warning recusal-notice" role="alert">
            <p>
              {t('console.panels.interview.recusedBody', { ground: groundLabel(recusal.ground, t) })}
              {recusal.reason && (
                <span className="reason">
                  {t('console.panels.interview.recusedReason', { reason: recusal.reason })}
                </span>
              )}
            </p>
          </div>
          <Link href="/console/interviews">{t('console.panels.interview.backToMine')}</Link>
        </>
      );
    }
    if (!query.data) return <LoadFailed error={query.error} onRetry={() => void query.reload()} />;
  }
  if (!query.data) return <Loading />;
  if (!query.data.panelInterview) return <LoadFailed error={NOT_FOUND} />;
  return <InterviewView interview={query.data.panelInterview} reload={() => void query.reload()} />;
}

function InterviewView({ interview: i, reload }: { interview: Interview; reload: () => void }) {
  const i18n = useI18n();
  const { t, dateTime, language } = i18n;
  const { can } = useSession();
  const [notice, setNotice] = useState<{ readonly text: Localized } | null>(null);
  const done = (message: Localized) => {
    setNotice({ text: message });
    reload();
  };
  const me = i.panel.myMember;
  const names = new Map(i.panel.members.map((m) => [m.id, m.fullName]));
  const name = (memberId: string) => names.get(memberId) ?? memberId;
  const labels = new Map(i.panel.rubric.criteria.map((c) => [c.key, c]));
  const criteria: Criterion[] = i.panel.rubric.criteria;
  const label = (key: string) => {
    const c = labels.get(key);
    return c ? criterionLabel(c, language) : key;
  };
  const own = me ? i.assessments.find((a) => a.memberId === me.id) : undefined;
  const open = !i.publishedAt;
  const held = i.status === 'HELD';

  return (
    <>
      {notice && (
        <div className="notice notice--success" role="status">
          <p>{notice.text(i18n)}</p>
        </div>
      )}
      <FocusHeading>{t('console.panels.interview.title', { name: i.candidacy.person.fullName })}</FocusHeading>
      <p className="caption">
        {t('console.panels.interview.caption', { panel: i.panel.name, election: i.candidacy.election.title })}
      </p>
      {i.waitingForMe.length > 0 && (
        <p className="notice notice--warning">
          {t('console.panels.interview.waiting', {
            tasks: i.waitingForMe.map((task) => t(`console.panels.tasks.${task}`)).join(' · '),
          })}
        </p>
      )}

      <h2>{t('console.panels.interview.details')}</h2>
      <dl className="summary">
        <dt>{t('console.panels.interview.status')}</dt>
        <dd>{t(`console.panels.statuses.${i.status}`)}</dd>
        <dt>{t('console.panels.interview.scheduledAt')}</dt>
        <dd>{dateTime(i.scheduledAt)}</dd>
        <dt>{t('console.panels.interview.mode')}</dt>
        <dd>{t(`console.panels.modes.${i.mode}`)}</dd>
        {i.heldAt && (
          <>
            <dt>{t('console.panels.interview.heldAt')}</dt>
            <dd>{dateTime(i.heldAt)}</dd>
            <dt>{t('console.panels.interview.duration')}</dt>
            <dd>{t('console.panels.interview.minutes', { minutes: i.durationMinutes ?? 0 })}</dd>
            <dt>{t('console.panels.interview.present')}</dt>
            <dd>{i.membersPresent.map(name).join(', ')}</dd>
            <dt>{t('console.panels.interview.publicSummary')}</dt>
            <dd>{i.publicSummary}</dd>
            <dt>{t('console.panels.interview.privateNotes')}</dt>
            <dd>{i.privateNotes ?? t('console.none')}</dd>
          </>
        )}
        <dt>{t('console.panels.interview.publishedAt')}</dt>
        <dd>{i.publishedAt ? dateTime(i.publishedAt) : t('console.panels.interview.notPublished')}</dd>
      </dl>

      <h2>{t('console.panels.interview.recusals')}</h2>
      {i.recusals.length === 0 ? (
        <p>{t('console.panels.interview.recusalsNone')}</p>
      ) : (
        <ul className="plain-list">
          {i.recusals.map((r) => (
            <li key={r.memberId}>
              {t('console.panels.interview.recusalRow', { name: name(r.memberId), ground: groundLabel(r.ground, t) })}
              {r.reason && <span className="reason">{r.reason}</span>}
            </li>
          ))}
        </ul>
      )}

      {me && i.status === 'SCHEDULED' && can('Mutation.recordInterview') && <RecordForm interview={i} onDone={done} />}

      {i.status === 'SCHEDULED' && can('Mutation.cancelInterview') && <CancelForm interview={i} onDone={done} />}

      {me && held && (
        <section aria-labelledby="assessment-title">
          <h2 id="assessment-title">{t('console.panels.interview.assessment.title')}</h2>
          {own && !own.reopenedAt && <p>{t('console.panels.interview.assessment.yours')}</p>}
          {own?.reopenedAt && <p>{t('console.panels.interview.assessment.reopened')}</p>}
          {!own && <p>{t('console.panels.interview.assessment.hidden')}</p>}
          {(!own || own.reopenedAt) && !i.conclusion && open && can('Mutation.recordAssessment') && (
            <AssessmentForm
              interviewId={i.id}
              criteria={criteria}
              version={own?.version ?? null}
              initial={own?.scores ?? []}
              onDone={done}
            />
          )}
        </section>
      )}

      {(held || i.assessments.length > 0) && (
        <section aria-labelledby="scores-title">
          <h2 id="scores-title">{t('console.panels.interview.scores.title')}</h2>
          {i.assessments.length === 0 ? (
            <p>{t('console.panels.interview.scores.none')}</p>
          ) : (
            i.assessments.map((a) => (
              <div key={a.id} className="member-score">
                <h3>{t('console.panels.interview.scores.byMember', { name: name(a.memberId) })}</h3>
                {a.revisedAfterDisclosure && <p>{t('console.panels.interview.scores.revised')}</p>}
                {a.reopenedAt && a.reopenReason && (
                  <p>{t('console.panels.interview.reopen.reopened', { reason: a.reopenReason })}</p>
                )}
                <dl className="score-list">
                  {a.scores.map((s) => (
                    <Pair key={s.criterionKey} term={label(s.criterionKey)}>
                      <strong>{ratingLabel(s.rating, t)}</strong> — {s.reasoning}
                    </Pair>
                  ))}
                </dl>
                {me?.role === 'CHAIR' &&
                  a.othersSeenAt &&
                  !a.reopenedAt &&
                  !i.conclusion &&
                  open &&
                  can('Mutation.reopenAssessment') && (
                    <ReopenForm assessment={a} memberName={name(a.memberId)} onDone={done} />
                  )}
              </div>
            ))
          )}
        </section>
      )}

      {held && (
        <section aria-labelledby="conclusion-title">
          <h2 id="conclusion-title">{t('console.panels.interview.conclusion.title')}</h2>
          {i.conclusion ? (
            <>
              <dl className="score-list">
                <Pair term={t('console.panels.interview.conclusion.overall')}>
                  <strong>{ratingLabel(i.conclusion.overall, t)}</strong>
                </Pair>
                {i.conclusion.criteria.map((c) => (
                  <Pair key={c.criterionKey} term={label(c.criterionKey)}>
                    {ratingLabel(c.rating, t)}
                  </Pair>
                ))}
              </dl>
              {i.conclusion.scoresRevisedAfterDisclosure && <p>{t('console.panels.interview.conclusion.revised')}</p>}
            </>
          ) : (
            <p>{t('console.panels.interview.conclusion.none')}</p>
          )}
          {me?.role === 'CHAIR' && !i.conclusion && open && can('Mutation.recordConclusion') && (
            <ConclusionForm interview={i} criteria={criteria} onDone={done} />
          )}
        </section>
      )}

      {i.conclusion && (
        <section aria-labelledby="dissents-title">
          <h2 id="dissents-title">{t('console.panels.interview.dissents.title')}</h2>
          {i.dissents.length === 0 ? (
            <p>{t('console.panels.interview.dissents.none')}</p>
          ) : (
            <ul className="plain-list">
              {i.dissents.map((d) => (
                <li key={d.memberId}>
                  {t('console.panels.interview.dissents.by', { name: name(d.memberId) })} (
                  {d.consentToBeNamed
                    ? t('console.panels.interview.dissents.named')
                    : t('console.panels.interview.dissents.anonymous')}
                  )<span className="reason">{d.text}</span>
                </li>
              ))}
            </ul>
          )}
          {me && open && !i.dissents.some((d) => d.memberId === me.id) && can('Mutation.recordDissent') && (
            <DissentForm interviewId={i.id} onDone={done} />
          )}
        </section>
      )}

      {can('Mutation.publishInterview') && open && <PublishForm interview={i} onDone={done} />}

      {me && open && can('Mutation.recuse') && <RecuseForm interview={i} onDone={reload} />}
    </>
  );
}

const Pair = ({ term, children }: { term: string; children: ReactNode }) => (
  <>
    <dt>{term}</dt>
    <dd>{children}</dd>
  </>
);

/** One form's state: its errors, whether it is sending, and a submit that maps an API refusal to the summary. */
function useForm() {
  const i18n = useI18n();
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [busy, setBusy] = useState(false);
  const run = async (found: SummaryError[], send: () => Promise<void>) => {
    setErrors(found);
    if (found.length) return;
    setBusy(true);
    try {
      await send();
    } catch (error) {
      setErrors([{ text: ({ t }) => panelErrorMessage(error, t) }]);
    } finally {
      setBusy(false);
    }
  };
  const errorFor = (target: string) => errorOf(errors, target, i18n);
  return { errors, busy, run, errorFor };
}

function RecordForm({ interview: i, onDone }: { interview: Interview; onDone: (message: Localized) => void }) {
  const { t } = useI18n();
  const { call } = useSession();
  const { errors, busy, run, errorFor } = useForm();
  const [heldAt, setHeldAt] = useState(() => toLocalInput(new Date(i.scheduledAt)));
  const [duration, setDuration] = useState('');
  const [present, setPresent] = useState<string[]>([]);
  const [summary, setSummary] = useState('');
  const [notes, setNotes] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const when = localDateTime(heldAt);
    const minutes = Number(duration);
    const found: SummaryError[] = [];
    if (!when)
      found.push({ target: 'record-heldAt', text: ({ t }) => t('console.panels.interview.record.heldAtBlank') });
    if (!/^\d+$/.test(duration) || minutes < 1 || minutes > 1440)
      found.push({ target: 'record-duration', text: ({ t }) => t('console.panels.interview.record.durationWrong') });
    if (present.length === 0)
      found.push({ target: 'record-present', text: ({ t }) => t('console.panels.interview.record.presentBlank') });
    if (summary.trim().length < 3)
      found.push({ target: 'record-summary', text: ({ t }) => t('console.panels.interview.record.summaryBlank') });
    void run(found, async () => {
      await call(RecordInterviewDocument, {
        input: {
          id: i.id,
          version: i.version,
          heldAt: when!,
          durationMinutes: minutes,
          membersPresent: present,
          publicSummary: summary.trim(),
          ...(notes.trim() && { privateNotes: notes.trim() }),
        },
      });
      onDone(({ t }) => t('console.panels.interview.record.done'));
    });
  };

  return (
    <form className="narrow" onSubmit={submit} noValidate aria-labelledby="record-title">
      <h2 id="record-title">{t('console.panels.interview.record.title')}</h2>
      <ErrorSummary title={t('console.errors.summaryTitle')} errors={errors} />
      <DateTimeField
        id="record-heldAt"
        label={t('console.panels.interview.record.heldAt')}
        value={heldAt}
        onChange={setHeldAt}
        error={errorFor('record-heldAt')}
      />
      <TextField
        id="record-duration"
        label={t('console.panels.interview.record.duration')}
        value={duration}
        onChange={setDuration}
        inputMode="numeric"
        width="short"
        error={errorFor('record-duration')}
        required
      />
      <div className={errorFor('record-present') ? 'form-group form-group--error' : 'form-group'}>
        <fieldset aria-describedby={errorFor('record-present') ? 'record-present-error' : undefined}>
          <legend>{t('console.panels.interview.record.present')}</legend>
          {errorFor('record-present') && (
            <span id="record-present-error" className="error-message">
              {errorFor('record-present')}
            </span>
          )}
          {i.panel.members.map((m, index) => {
            const id = index === 0 ? 'record-present' : `record-present-${m.id}`;
            return (
              <div className="choice" key={m.id}>
                <input
                  type="checkbox"
                  id={id}
                  checked={present.includes(m.id)}
                  onChange={(event) =>
                    setPresent((p) => (event.target.checked ? [...p, m.id] : p.filter((x) => x !== m.id)))
                  }
                />
                <label htmlFor={id}>{m.fullName}</label>
              </div>
            );
          })}
        </fieldset>
      </div>
      <TextArea
        id="record-summary"
        label={t('console.panels.interview.record.publicSummary')}
        hint={t('console.panels.interview.record.publicSummaryHint')}
        value={summary}
        onChange={setSummary}
        error={errorFor('record-summary')}
        required
      />
      <TextArea
        id="record-notes"
        label={t('console.panels.interview.record.privateNotes')}
        hint={t('console.panels.interview.record.privateNotesHint')}
        value={notes}
        onChange={setNotes}
      />
      <button type="submit" className="button" disabled={busy}>
        {t('console.panels.interview.record.submit')}
      </button>
    </form>
  );
}

function AssessmentForm({
  interviewId,
  criteria,
  version,
  initial,
  onDone,
}: {
  interviewId: string;
  criteria: readonly Criterion[];
  version: number | null;
  /** A reopened assessment starts from the scores given before. */
  initial: readonly { criterionKey: string; rating: string; reasoning: string }[];
  onDone: (message: Localized) => void;
}) {
  const { t, language } = useI18n();
  const { call } = useSession();
  const { errors, busy, run, errorFor } = useForm();
  const [ratings, setRatings] = useState<Record<string, string>>(() =>
    Object.fromEntries(initial.map((s) => [s.criterionKey, s.rating])),
  );
  const [reasons, setReasons] = useState<Record<string, string>>(() =>
    Object.fromEntries(initial.map((s) => [s.criterionKey, s.reasoning])),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: SummaryError[] = [];
    for (const c of criteria) {
      if (!ratings[c.key])
        found.push({
          target: `rating-${c.key}`,
          text: ({ t, language }) =>
            t('console.panels.interview.fieldError', {
              field: criterionLabel(c, language),
              error: t('console.panels.interview.assessment.ratingBlank'),
            }),
        });
      if ((reasons[c.key] ?? '').trim().length < 3)
        found.push({
          target: `reasoning-${c.key}`,
          text: ({ t, language }) =>
            t('console.panels.interview.fieldError', {
              field: criterionLabel(c, language),
              error: t('console.panels.interview.assessment.reasoningBlank'),
            }),
        });
    }
    void run(found, async () => {
      await call(RecordAssessmentDocument, {
        input: {
          interviewId,
          ...(version != null && { version }),
          scores: criteria.map((c) => ({
            criterionKey: c.key,
            rating: ratings[c.key],
            reasoning: (reasons[c.key] ?? '').trim(),
          })),
        },
      });
      onDone(({ t }) => t('console.panels.interview.assessment.done'));
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-describedby="assessment-intro">
      <p id="assessment-intro">{t('console.panels.interview.assessment.intro')}</p>
      <ErrorSummary title={t('console.errors.summaryTitle')} errors={errors} />
      {criteria.map((c) => {
        const text = criterionLabel(c, language);
        return (
          <div key={c.key} className="criterion">
            <RadioGroup
              id={`rating-${c.key}`}
              legend={t('console.panels.interview.assessment.rating', { criterion: text })}
              value={ratings[c.key] ?? ''}
              onChange={(value) => setRatings((r) => ({ ...r, [c.key]: value }))}
              options={c.scale.map((s) => ({ value: s, label: ratingLabel(s, t) }))}
              error={errorFor(`rating-${c.key}`) ? t('console.panels.interview.assessment.ratingBlank') : null}
            />
            <TextArea
              id={`reasoning-${c.key}`}
              label={t('console.panels.interview.assessment.reasoning', { criterion: text })}
              value={reasons[c.key] ?? ''}
              onChange={(value) => setReasons((r) => ({ ...r, [c.key]: value }))}
              error={errorFor(`reasoning-${c.key}`) ? t('console.panels.interview.assessment.reasoningBlank') : null}
              required
            />
          </div>
        );
      })}
      <button type="submit" className="button" disabled={busy}>
        {t('console.panels.interview.assessment.submit')}
      </button>
    </form>
  );
}

function ConclusionForm({
  interview: i,
  criteria,
  onDone,
}: {
  interview: Interview;
  criteria: readonly Criterion[];
  onDone: (message: Localized) => void;
}) {
  const { t, language } = useI18n();
  const { call } = useSession();
  const { errors, busy, run, errorFor } = useForm();
  const [ratings, setRatings] = useState<Record<string, string>>({});
  const [overall, setOverall] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: SummaryError[] = criteria
      .filter((c) => !ratings[c.key])
      .map((c) => ({
        target: `conclusion-${c.key}`,
        text: ({ t, language }) =>
          t('console.panels.interview.fieldError', {
            field: criterionLabel(c, language),
            error: t('console.panels.interview.conclusion.blank'),
          }),
      }));
    if (!overall)
      found.push({
        target: 'conclusion-overall',
        text: ({ t }) =>
          t('console.panels.interview.fieldError', {
            field: t('console.panels.interview.conclusion.overallField'),
            error: t('console.panels.interview.conclusion.blank'),
          }),
      });
    void run(found, async () => {
      await call(RecordConclusionDocument, {
        input: {
          interviewId: i.id,
          version: i.version,
          overall,
          criteria: criteria.map((c) => ({ criterionKey: c.key, rating: ratings[c.key] })),
        },
      });
      onDone(({ t }) => t('console.panels.interview.conclusion.done'));
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="conclusion-form-title">
      <h3 id="conclusion-form-title">{t('console.panels.interview.conclusion.formTitle')}</h3>
      <ErrorSummary title={t('console.errors.summaryTitle')} errors={errors} />
      {criteria.map((c) => (
        <RadioGroup
          key={c.key}
          id={`conclusion-${c.key}`}
          legend={t('console.panels.interview.conclusion.rating', { criterion: criterionLabel(c, language) })}
          value={ratings[c.key] ?? ''}
          onChange={(value) => setRatings((r) => ({ ...r, [c.key]: value }))}
          options={c.scale.map((s) => ({ value: s, label: ratingLabel(s, t) }))}
          error={errorFor(`conclusion-${c.key}`) ? t('console.panels.interview.conclusion.blank') : null}
        />
      ))}
      <RadioGroup
        id="conclusion-overall"
        legend={t('console.panels.interview.conclusion.overallField')}
        value={overall}
        onChange={setOverall}
        options={i.panel.rubric.overallScale.map((s) => ({ value: s, label: ratingLabel(s, t) }))}
        error={errorFor('conclusion-overall') ? t('console.panels.interview.conclusion.blank') : null}
      />
      <button type="submit" className="button" disabled={busy}>
        {t('console.panels.interview.conclusion.submit')}
      </button>
    </form>
  );
}

function DissentForm({ interviewId, onDone }: { interviewId: string; onDone: (message: Localized) => void }) {
  const { t } = useI18n();
  const { call } = useSession();
  const { errors, busy, run, errorFor } = useForm();
  const [text, setText] = useState('');
  const [consent, setConsent] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: SummaryError[] =
      text.trim().length < 3
        ? [{ target: 'dissent-text', text: ({ t }) => t('console.panels.interview.dissents.textBlank') }]
        : [];
    void run(found, async () => {
      await call(RecordDissentDocument, {
        input: { interviewId, text: text.trim(), consentToBeNamed: consent },
      });
      onDone(({ t }) => t('console.panels.interview.dissents.done'));
    });
  };

  return (
    <form className="narrow" onSubmit={submit} noValidate aria-labelledby="dissent-form-title">
      <h3 id="dissent-form-title">{t('console.panels.interview.dissents.formTitle')}</h3>
      <ErrorSummary title={t('console.errors.summaryTitle')} errors={errors} />
      <TextArea
        id="dissent-text"
        label={t('console.panels.interview.dissents.text')}
        value={text}
        onChange={setText}
        error={errorFor('dissent-text')}
        required
      />
      <CheckboxField
        id="dissent-consent"
        label={t('console.panels.interview.dissents.consent')}
        checked={consent}
        onChange={setConsent}
      />
      <button type="submit" className="button" disabled={busy}>
        {t('console.panels.interview.dissents.submit')}
      </button>
    </form>
  );
}

/** Publishing cannot be undone: the officer ticks that they know it (as for voiding a nomination). */
function PublishForm({ interview: i, onDone }: { interview: Interview; onDone: (message: Localized) => void }) {
  const { t } = useI18n();
  const { call } = useSession();
  const { errors, busy, run, errorFor } = useForm();
  const [confirmed, setConfirmed] = useState(false);
  const ready = i.waitingForMe.includes('PUBLISH');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: SummaryError[] = confirmed
      ? []
      : [{ target: 'publish-confirm', text: ({ t }) => t('console.panels.interview.publish.confirmMissing') }];
    void run(found, async () => {
      await call(PublishInterviewDocument, { input: { id: i.id, version: i.version } });
      onDone(({ t }) => t('console.panels.interview.publish.done'));
    });
  };
  return (
    <form className="narrow" onSubmit={submit} noValidate aria-labelledby="publish-title">
      <h2 id="publish-title">{t('console.panels.interview.publish.title')}</h2>
      <ErrorSummary title={t('console.errors.summaryTitle')} errors={errors} />
      <p>{t('console.panels.interview.publish.intro')}</p>
      {ready ? (
        <>
          <CheckboxField
            id="publish-confirm"
            label={t('console.panels.interview.publish.confirm')}
            error={errorFor('publish-confirm')}
            checked={confirmed}
            onChange={setConfirmed}
          />
          <button type="submit" className="button" disabled={busy}>
            {t('console.panels.interview.publish.submit')}
          </button>
        </>
      ) : (
        <p>{t('console.panels.interview.publish.needsConclusion')}</p>
      )}
    </form>
  );
}

/** Closes a scheduled interview that will not be held: called off, or declined by the nominee. */
function CancelForm({ interview: i, onDone }: { interview: Interview; onDone: (message: Localized) => void }) {
  const { t } = useI18n();
  const { call } = useSession();
  const { errors, busy, run, errorFor } = useForm();
  const [status, setStatus] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = status === 'CANCELLED' || status === 'DECLINED_BY_NOMINEE' ? status : null;
    const found: SummaryError[] = chosen
      ? []
      : [{ target: 'cancel-status', text: ({ t }) => t('console.panels.interview.cancel.statusBlank') }];
    void run(found, async () => {
      await call(CancelInterviewDocument, { input: { id: i.id, version: i.version, status: chosen! } });
      onDone(({ t }) =>
        chosen === 'CANCELLED'
          ? t('console.panels.interview.cancel.done.CANCELLED')
          : t('console.panels.interview.cancel.done.DECLINED_BY_NOMINEE'),
      );
    });
  };
  return (
    <form className="narrow" onSubmit={submit} noValidate aria-labelledby="cancel-title">
      <h2 id="cancel-title">{t('console.panels.interview.cancel.title')}</h2>
      <ErrorSummary title={t('console.errors.summaryTitle')} errors={errors} />
      <RadioGroup
        id="cancel-status"
        legend={t('console.panels.interview.cancel.status')}
        hint={t('console.panels.interview.cancel.statusHint')}
        value={status}
        onChange={setStatus}
        error={errorFor('cancel-status')}
        options={[
          { value: 'CANCELLED', label: t('console.panels.interview.cancel.cancelled') },
          { value: 'DECLINED_BY_NOMINEE', label: t('console.panels.interview.cancel.declined') },
        ]}
      />
      <button type="submit" className="button button--warning" disabled={busy}>
        {t('console.panels.interview.cancel.submit')}
      </button>
    </form>
  );
}

/** Recusing cannot be undone (the member loses the interview): a reason, and a tick that they know it. */
function RecuseForm({ interview: i, onDone }: { interview: Interview; onDone: () => void }) {
  const { t } = useI18n();
  const { call } = useSession();
  const { errors, busy, run, errorFor } = useForm();
  const [reason, setReason] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: SummaryError[] = [
      ...(reason.trim().length < 3
        ? [{ target: 'recuse-reason', text: ({ t }: I18n) => t('console.panels.interview.recuse.reasonBlank') }]
        : []),
      ...(confirmed
        ? []
        : [{ target: 'recuse-confirm', text: ({ t }: I18n) => t('console.panels.interview.recuse.confirmMissing') }]),
    ];
    void run(found, async () => {
      await call(RecuseDocument, {
        input: { panelId: i.panel.id, candidacyId: i.candidacy.id, reason: reason.trim() },
      });
      onDone();
    });
  };
  return (
    <form className="narrow" onSubmit={submit} noValidate aria-labelledby="recuse-title">
      <h2 id="recuse-title">{t('console.panels.interview.recuse.title')}</h2>
      <ErrorSummary title={t('console.errors.summaryTitle')} errors={errors} />
      <TextArea
        id="recuse-reason"
        label={t('console.panels.interview.recuse.reason')}
        hint={t('console.panels.interview.recuse.reasonHint')}
        value={reason}
        onChange={setReason}
        error={errorFor('recuse-reason')}
        required
      />
      <CheckboxField
        id="recuse-confirm"
        label={t('console.panels.interview.recuse.confirm')}
        error={errorFor('recuse-confirm')}
        checked={confirmed}
        onChange={setConfirmed}
      />
      <button type="submit" className="button button--secondary" disabled={busy}>
        {t('console.panels.interview.recuse.submit')}
      </button>
    </form>
  );
}

function ReopenForm({
  assessment: a,
  memberName,
  onDone,
}: {
  assessment: Interview['assessments'][number];
  memberName: string;
  onDone: (message: Localized) => void;
}) {
  const { t } = useI18n();
  const { call } = useSession();
  const { errors, busy, run, errorFor } = useForm();
  const [reason, setReason] = useState('');
  const id = `reopen-${a.id}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: SummaryError[] =
      reason.trim().length < 3
        ? [{ target: id, text: ({ t }) => t('console.panels.interview.reopen.reasonBlank') }]
        : [];
    void run(found, async () => {
      await call(ReopenAssessmentDocument, {
        input: { assessmentId: a.id, version: a.version, reason: reason.trim() },
      });
      onDone(({ t }) => t('console.panels.interview.reopen.done', { name: memberName }));
    });
  };
  return (
    <form className="narrow" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('console.panels.interview.reopen.title', { name: memberName })}</h4>
      <ErrorSummary title={t('console.errors.summaryTitle')} errors={errors} />
      <TextArea
        id={id}
        label={t('console.panels.interview.reopen.reason', { name: memberName })}
        hint={t('console.panels.interview.reopen.reasonHint')}
        value={reason}
        onChange={setReason}
        error={errorFor(id)}
        required
      />
      <button type="submit" className="button button--secondary" disabled={busy}>
        {t('console.panels.interview.reopen.submit', { name: memberName })}
      </button>
    </form>
  );
}
