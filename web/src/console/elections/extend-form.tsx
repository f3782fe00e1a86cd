import { useState, type FormEvent } from 'react';
import { NOMINATION_RULES } from '../../../../src/modules/slate/slate.constants.js';
import type { ConsoleElectionFragment } from '../../gql/graphql.js';
import { useI18n, type I18n } from '../../i18n/i18n.js';
import { ErrorSummary, errorOf, type SummaryError } from '../../ui/error-summary.js';
import { FocusHeading } from '../../ui/focus-heading.js';
import { daysBetween, isDay, today } from '../dates.js';
import { consoleErrorMessage, fieldsOf } from '../errors.js';
import { CheckboxField, TextArea, TextField } from '../fields.js';
import { ExtendNominationPeriodDocument } from '../operations.js';
import { flash } from '../page-bits.js';
import { Link, navigate } from '../router.js';
import { useSession } from '../session-context.js';
import { WithElection } from './use-election.js';

// The same figures the API enforces (the pure slate library is their one home).
const { maxDays, maxCount } = NOMINATION_RULES.extension;

export function ExtendForm({ id }: { id: string }) {
  return <WithElection id={id}>{(election) => <Form election={election} />}</WithElection>;
}

/** What is wrong with the closing day typed, in the reader's language; null when nothing is. */
function closesProblem(
  e: ConsoleElectionFragment,
  closesOn: string,
  exceptional: boolean,
  { t, date }: I18n,
): string | null {
  if (!closesOn) return null;
  if (!isDay(closesOn)) return t('console.form.dateInvalid');
  if (closesOn <= e.nominationClosesOn)
    return t('console.extend.closesNotAfter', { closes: date(e.nominationClosesOn) });
  const days = daysBetween(e.nominationClosesOn, closesOn);
  if (!exceptional && days > maxDays) return t('console.extend.tooLong', { maxDays, days });
  return null;
}

function Form({ election: e }: { election: ConsoleElectionFragment }) {
  const i18n = useI18n();
  const { t, date } = i18n;
  const { call } = useSession();
  const [closesOn, setClosesOn] = useState('');
  const [reason, setReason] = useState('');
  const [exceptional, setExceptional] = useState(false);
  const [reference, setReference] = useState('');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [busy, setBusy] = useState(false);
  const errorFor = (target: string) => errorOf(errors, target, i18n);
  // Checked as the day is typed: after the closing day in force, within the ordinary limit.
  const live = closesProblem(e, closesOn, exceptional, i18n);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: SummaryError[] = [];
    if (!closesOn) found.push({ target: 'extend-closesOn', text: ({ t }) => t('console.extend.closesBlank') });
    else if (live)
      found.push({
        target: 'extend-closesOn',
        text: (now) => closesProblem(e, closesOn, exceptional, now) ?? '',
      });
    if (!reason.trim()) found.push({ target: 'extend-reason', text: ({ t }) => t('console.extend.reasonBlank') });
    if (exceptional && !reference.trim())
      found.push({ target: 'extend-reference', text: ({ t }) => t('console.extend.referenceBlank') });
    setErrors(found);
    if (found.length) return;
    setBusy(true);
    try {
      await call(ExtendNominationPeriodDocument, {
        input: {
          electionId: e.id,
          closesOn,
          reason: reason.trim(),
          // Decided today as the officer means it (her day), not the API's default (UTC's).
          decidedOn: today(),
          ...(exceptional && { exceptional: true, decisionReference: reference.trim() }),
        },
      });
      flash('console.extend.done', { closes: (i18n) => i18n.date(closesOn) });
      navigate(`/console/elections/${e.id}`);
    } catch (error) {
      setBusy(false);
      const fields = fieldsOf(error);
      const target = fields.includes('closesOn')
        ? 'extend-closesOn'
        : fields.includes('reason')
          ? 'extend-reason'
          : undefined;
      setErrors([{ target, text: ({ t }) => consoleErrorMessage(error, t) }]);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary title={t('console.errors.summaryTitle')} errors={errors} />
      <FocusHeading focus={errors.length === 0}>{t('console.extend.title', { title: e.title })}</FocusHeading>
      <p>{t('console.extend.current', { closes: date(e.nominationClosesOn) })}</p>
      <TextField
        id="extend-closesOn"
        label={t('console.extend.closesOn')}
        hint={t('console.extend.closesHint', { maxDays, maxCount })}
        type="date"
        width="medium"
        required
        value={closesOn}
        error={errorFor('extend-closesOn') ?? live}
        onChange={setClosesOn}
      />
      <TextArea
        id="extend-reason"
        label={t('console.extend.reason')}
        hint={t('console.extend.reasonHint')}
        required
        value={reason}
        error={errorFor('extend-reason')}
        onChange={setReason}
      />
      <CheckboxField
        id="extend-exceptional"
        label={t('console.extend.exceptional')}
        checked={exceptional}
        onChange={setExceptional}
      />
      {exceptional && (
        <TextField
          id="extend-reference"
          label={t('console.extend.reference')}
          hint={t('console.extend.referenceHint')}
          width="medium"
          required
          value={reference}
          error={errorFor('extend-reference')}
          onChange={setReference}
        />
      )}
      <div className="button-group">
        <button type="submit" className="button" disabled={busy}>
          {t('console.extend.submit')}
        </button>
        <Link href={`/console/elections/${e.id}`} className="button-link">
          {t('console.cancel')}
        </Link>
      </div>
    </form>
  );
}
