import { useEffect, useState, type FormEvent } from 'react';
import type { ApiError } from '../../graphql/client.js';
import { useI18n } from '../../i18n/i18n.js';
import { ErrorSummary, errorOf, type SummaryError } from '../../ui/error-summary.js';
import { FocusHeading } from '../../ui/focus-heading.js';
import { fieldsOf, isConflict } from '../errors.js';
import { TextArea, TextField } from '../fields.js';
import { flash, LoadFailed, Loading, NOT_FOUND } from '../page-bits.js';
import { Link, navigate } from '../router.js';
import { useSession } from '../session-context.js';
import { useElectionDiscussions } from './discussions-page.js';
import { discussionErrorMessage, type Discussion } from './labels.js';
import { RecordDiscussionDocument } from './operations.js';

interface Values {
  summary: string;
  recordingUrl: string;
  transcriptUrl: string;
  questions: string;
}

const valuesOf = (d: Discussion): Values => ({
  summary: d.summary ?? '',
  recordingUrl: d.recordingUrl ?? '',
  transcriptUrl: d.transcriptUrl ?? '',
  questions: d.questions.join('\n'),
});

const fieldId = (field: string) => `record-${field}`;
const HTTPS = /^https:\/\/\S+$/;

/** After the event: the public summary, the recording and transcript, the questions put (rewritable, versioned). */
export function RecordForm({ electionId, id }: { electionId: string; id: string }) {
  const query = useElectionDiscussions(electionId);
  if (query.error && !query.data) return <LoadFailed error={query.error} onRetry={() => void query.reload()} />;
  if (!query.data) return <Loading />;
  const discussion = query.data.election?.discussions.find((d) => d.id === id);
  if (!discussion) return <LoadFailed error={NOT_FOUND} />;
  return <Form electionId={electionId} discussion={discussion} onReload={() => void query.reload()} />;
}

function Form({
  electionId,
  discussion: d,
  onReload,
}: {
  electionId: string;
  discussion: Discussion;
  onReload: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { call } = useSession();
  const [values, setValues] = useState<Values>(() => valuesOf(d));
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);
  const back = `/console/elections/${electionId}/discussions/${d.id}`;

  useEffect(() => {
    setValues(valuesOf(d));
    setStale(false);
  }, [d.version]);

  const set = (field: keyof Values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const errorFor = (field: string) => errorOf(errors, fieldId(field), i18n);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: SummaryError[] = [];
    if (!values.summary.trim())
      found.push({ target: fieldId('summary'), text: ({ t }) => t('console.discussions.form.summaryBlank') });
    for (const field of ['recordingUrl', 'transcriptUrl'] as const)
      if (values[field].trim() && !HTTPS.test(values[field].trim()))
        found.push({ target: fieldId(field), text: ({ t }) => t('console.discussions.form.httpsOnly') });
    setErrors(found);
    setStale(false);
    if (found.length) return;
    setBusy(true);
    try {
      await call(RecordDiscussionDocument, {
        input: {
          id: d.id,
          version: d.version,
          summary: values.summary.trim(),
          recordingUrl: values.recordingUrl.trim() || null,
          transcriptUrl: values.transcriptUrl.trim() || null,
          questions: values.questions
            .split('\n')
            .map((q) => q.trim())
            .filter(Boolean),
        },
      });
      flash('console.discussions.form.recorded');
      navigate(back);
    } catch (error) {
      setBusy(false);
      if (isConflict(error) && (error as ApiError).extensions.reason === 'STALE_VERSION') {
        setStale(true);
        return;
      }
      const fields = fieldsOf(error).filter((f) => f in values);
      setErrors(
        fields.length
          ? fields.map((f) => ({ target: fieldId(f), text: ({ t }) => t('console.errors.invalidField') }))
          : [{ text: ({ t }) => discussionErrorMessage(error, t) }],
      );
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary title={t('console.errors.summaryTitle')} errors={errors} />
      {stale && (
        <div className="notice notice--warning" role="alert">
          <p>{t('console.discussions.form.staleRecord')}</p>
          <button type="button" className="button button--secondary" onClick={onReload}>
            {t('console.discussions.form.reload')}
          </button>
        </div>
      )}
      <FocusHeading focus={errors.length === 0 && !stale}>
        {t('console.discussions.form.recordTitle', { title: d.title })}
      </FocusHeading>
      <p className="hint">{t('console.discussions.form.recordHint')}</p>
      <TextArea
        id={fieldId('summary')}
        label={t('console.discussions.form.summary')}
        value={values.summary}
        required
        error={errorFor('summary')}
        onChange={set('summary')}
      />
      <TextField
        id={fieldId('recordingUrl')}
        label={t('console.discussions.recordingUrl')}
        hint={t('console.discussions.form.onlineUrlHint')}
        value={values.recordingUrl}
        error={errorFor('recordingUrl')}
        onChange={set('recordingUrl')}
      />
      <TextField
        id={fieldId('transcriptUrl')}
        label={t('console.discussions.transcriptUrl')}
        hint={t('console.discussions.form.onlineUrlHint')}
        value={values.transcriptUrl}
        error={errorFor('transcriptUrl')}
        onChange={set('transcriptUrl')}
      />
      <TextArea
        id={fieldId('questions')}
        label={t('console.discussions.questions')}
        hint={t('console.discussions.form.questionsHint')}
        value={values.questions}
        error={errorFor('questions')}
        onChange={set('questions')}
      />
      <div className="button-group">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('console.form.saving') : t('console.discussions.form.saveRecord')}
        </button>
        <Link href={back} className="button-link">
          {t('console.cancel')}
        </Link>
      </div>
    </form>
  );
}
