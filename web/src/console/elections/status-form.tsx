import { useState, type FormEvent } from 'react';
import type { ConsoleElectionFragment } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';
import { ApiError } from '../../graphql/client.js';
import { ErrorSummary, errorOf, type SummaryError } from '../../ui/error-summary.js';
import { FocusHeading } from '../../ui/focus-heading.js';
import { today } from '../dates.js';
import { consoleErrorMessage, isConflict } from '../errors.js';
import { TextArea } from '../fields.js';
import { UpdateElectionDocument } from '../operations.js';
import { flash } from '../page-bits.js';
import { Link, navigate } from '../router.js';
import { useSession } from '../session-context.js';
import { nextStatus } from './labels.js';
import { WithElection } from './use-election.js';

export function StatusForm({ id }: { id: string }) {
  return <WithElection id={id}>{(election, reload) => <Form election={election} onReload={reload} />}</WithElection>;
}

/** Moves an election one step forward, with the reason the API asks for at that step. */
function Form({ election: e, onReload }: { election: ConsoleElectionFragment; onReload: () => void }) {
  const i18n = useI18n();
  const { t, date, dateTime } = i18n;
  const { call } = useSession();
  const next = nextStatus(e.status);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);
  // Closing before the period ends takes a reason; concluding with seats left does too (the API knows).
  const closingEarly = next === 'NOMINATIONS_CLOSED' && today() <= e.nominationClosesOn;
  const concluding = next === 'CONCLUDED';
  // Opening a period that has already ended: the API would refuse every nomination (its dates are the rule).
  const openingPast = next === 'NOMINATIONS_OPEN' && today() > e.nominationClosesOn;
  const reasonError = errorOf(errors, 'status-reason', i18n);

  if (!next) return null;
  const nextLabel = t(`console.statuses.${next}`);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStale(false);
    if (closingEarly && !reason.trim()) {
      setErrors([{ target: 'status-reason', text: ({ t }) => t('console.status.reasonBlank') }]);
      return;
    }
    setErrors([]);
    setBusy(true);
    try {
      await call(UpdateElectionDocument, {
        input: {
          id: e.id,
          version: e.version,
          status: next,
          ...(closingEarly && { earlyClosingReason: reason.trim() }),
          ...(concluding && reason.trim() && { conclusionReason: reason.trim() }),
        },
      });
      flash('console.status.moved', { status: (i18n) => i18n.t(`console.statuses.${next}`) });
      navigate(`/console/elections/${e.id}`);
    } catch (error) {
      setBusy(false);
      if (isConflict(error)) {
        setStale(true);
        return;
      }
      const needsReason =
        error instanceof ApiError &&
        (error.rule === 'SEATS_LEFT_UNFILLED' || error.rule === 'NOMINATIONS_CLOSED_EARLY');
      setErrors([
        { target: needsReason ? 'status-reason' : undefined, text: ({ t }) => consoleErrorMessage(error, t) },
      ]);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary title={t('console.errors.summaryTitle')} errors={errors} />
      {stale && (
        <div className="notice notice--warning" role="alert">
          <p>{t('console.form.conflict', { when: dateTime(e.updatedAt) })}</p>
          <button type="button" className="button button--secondary" onClick={onReload}>
            {t('console.form.reload')}
          </button>
        </div>
      )}
      <FocusHeading focus={errors.length === 0}>
        {t('console.status.title', { title: e.title, status: nextLabel })}
      </FocusHeading>
      <p>{t('console.status.intro')}</p>
      {openingPast && (
        <div className="notice notice--warning">
          <p>{t('console.status.periodOver', { closes: date(e.nominationClosesOn) })}</p>
          <Link href={`/console/elections/${e.id}/edit`}>{t('console.election.edit')}</Link>
        </div>
      )}
      {(closingEarly || concluding) && (
        <TextArea
          id="status-reason"
          label={closingEarly ? t('console.status.earlyReason') : t('console.status.conclusionReason')}
          hint={
            closingEarly
              ? t('console.status.earlyReasonHint', { closes: date(e.nominationClosesOn) })
              : t('console.status.conclusionReasonHint')
          }
          required={closingEarly}
          error={reasonError}
          value={reason}
          onChange={setReason}
        />
      )}
      <div className="button-group">
        <button type="submit" className="button" disabled={busy}>
          {t('console.status.confirm', { status: nextLabel })}
        </button>
        <Link href={`/console/elections/${e.id}`} className="button-link">
          {t('console.cancel')}
        </Link>
      </div>
    </form>
  );
}
