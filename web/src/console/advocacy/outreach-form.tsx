import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ConsoleOutreachFragment, OutreachChannel } from '../../gql/graphql.js';
import type { ApiError } from '../../graphql/client.js';
import { useI18n } from '../../i18n/i18n.js';
import { ErrorSummary, errorOf, type SummaryError } from '../../ui/error-summary.js';
import { isDay, today } from '../dates.js';
import { consoleErrorMessage, fieldsOf, isConflict } from '../errors.js';
import { SelectField, TextArea, TextField } from '../fields.js';
import { useSession } from '../session-context.js';
import { RecordOutreachDocument, UpdateOutreachDocument } from './operations.js';

const CHANNELS: readonly OutreachChannel[] = ['LETTER', 'MEETING', 'CALL', 'EMAIL', 'OTHER'];

/** A State to record outreach to, or one record of it to correct (with its version). */
export interface OutreachTarget {
  readonly stateCode: string;
  readonly record: ConsoleOutreachFragment | null;
}

interface Values {
  contactedOn: string;
  channel: OutreachChannel | '';
  note: string;
  outcome: string;
}

const fieldId = (field: string) => `outreach-${field}`;

export function OutreachForm({
  electionId,
  target,
  stateName,
  onDone,
  onClose,
  onReload,
}: {
  electionId: string;
  target: OutreachTarget;
  stateName: string;
  /** Saved: what to tell the reader (a key; the State's name fills it). */
  onDone: (message: 'console.advocacy.form.saved' | 'console.advocacy.form.recorded') => void;
  onClose: () => void;
  onReload: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { call } = useSession();
  const r = target.record;
  const [values, setValues] = useState<Values>(() => ({
    contactedOn: r?.contactedOn ?? today(),
    channel: r?.channel ?? '',
    note: r?.note ?? '',
    outcome: r?.outcome ?? '',
  }));
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);
  // The form opens where the page starts; its heading takes focus so the reader is taken there.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'start' });
  }, [target]);
  const set = (field: keyof Values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const errorFor = (field: string) => errorOf(errors, fieldId(field), i18n);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: SummaryError[] = [];
    if (!isDay(values.contactedOn))
      found.push({ target: fieldId('contactedOn'), text: ({ t }) => t('console.form.dateInvalid') });
    else if (values.contactedOn > today())
      found.push({ target: fieldId('contactedOn'), text: ({ t }) => t('console.advocacy.form.future') });
    if (!values.channel)
      found.push({ target: fieldId('channel'), text: ({ t }) => t('console.advocacy.form.channelBlank') });
    setErrors(found);
    setStale(false);
    if (found.length || !values.channel) return;
    const fields = {
      contactedOn: values.contactedOn,
      channel: values.channel,
      note: values.note.trim() || null,
      outcome: values.outcome.trim() || null,
    };
    setBusy(true);
    try {
      if (r) await call(UpdateOutreachDocument, { input: { id: r.id, version: r.version, ...fields } });
      else await call(RecordOutreachDocument, { input: { electionId, stateCode: target.stateCode, ...fields } });
      onDone(r ? 'console.advocacy.form.saved' : 'console.advocacy.form.recorded');
    } catch (error) {
      setBusy(false);
      if (r && isConflict(error) && (error as ApiError).extensions.reason === 'STALE_VERSION') {
        setStale(true);
        return;
      }
      const named = fieldsOf(error).filter((f) => f in values);
      setErrors(
        named.length
          ? named.map((f) => ({ target: fieldId(f), text: ({ t }) => t('console.errors.invalidField') }))
          : [{ text: ({ t }) => consoleErrorMessage(error, t) }],
      );
    }
  };

  return (
    <form noValidate className="card" onSubmit={(event) => void submit(event)}>
      <ErrorSummary title={t('console.errors.summaryTitle')} errors={errors} />
      {stale && (
        <div className="notice notice--warning" role="alert">
          <p>{t('console.advocacy.form.stale')}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              onClose();
              onReload();
            }}
          >
            {t('console.advocacy.form.reload')}
          </button>
        </div>
      )}
      <h2 ref={heading} tabIndex={-1}>
        {r
          ? t('console.advocacy.form.editTitle', { state: stateName })
          : t('console.advocacy.form.recordTitle', { state: stateName })}
      </h2>
      <TextField
        id={fieldId('contactedOn')}
        label={t('console.advocacy.form.contactedOn')}
        type="date"
        width="medium"
        value={values.contactedOn}
        required
        error={errorFor('contactedOn')}
        onChange={set('contactedOn')}
      />
      <SelectField
        id={fieldId('channel')}
        label={t('console.advocacy.form.channel')}
        value={values.channel}
        placeholder=""
        required
        error={errorFor('channel')}
        onChange={set('channel')}
        options={CHANNELS.map((c) => ({ value: c, label: t(`console.advocacy.channels.${c}`) }))}
      />
      <TextArea
        id={fieldId('note')}
        label={t('console.advocacy.form.note')}
        hint={t('console.advocacy.form.noteHint')}
        value={values.note}
        error={errorFor('note')}
        onChange={set('note')}
      />
      <TextField
        id={fieldId('outcome')}
        label={t('console.advocacy.form.outcome')}
        hint={t('console.advocacy.form.outcomeHint')}
        value={values.outcome}
        error={errorFor('outcome')}
        onChange={set('outcome')}
      />
      <div className="button-group">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('console.form.saving') : r ? t('console.advocacy.form.save') : t('console.advocacy.form.submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('console.cancel')}
        </button>
      </div>
    </form>
  );
}
