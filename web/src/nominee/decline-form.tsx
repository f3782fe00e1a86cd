import { useState, type FormEvent } from 'react';
import { useI18n, type Localized } from '../i18n/i18n.js';
import { ErrorSummary, errorOf, type SummaryError } from '../ui/error-summary.js';
import { FocusHeading } from '../ui/focus-heading.js';
import type { Invitation } from './answers.js';

interface Props {
  readonly invitation: Invitation;
  /** Declines; resolves with an error message when it failed. */
  readonly onDecline: (reason: string) => Promise<Localized | null>;
  readonly onBack: () => void;
}

/** Declining needs a reason and a confirmation that it is final and public. */
export function DeclineForm({ invitation, onDecline, onBack }: Props) {
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  const [reason, setReason] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [busy, setBusy] = useState(false);
  const reasonError = errorOf(errors, 'decline-reason', i18n);
  const confirmError = errorOf(errors, 'decline-confirm', i18n);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: SummaryError[] = [];
    if (!reason.trim()) found.push({ target: 'decline-reason', text: ({ t }) => t('nominee.decline.reasonBlank') });
    if (!confirmed) found.push({ target: 'decline-confirm', text: ({ t }) => t('nominee.decline.confirmMissing') });
    setErrors(found);
    if (found.length) return;
    setBusy(true);
    const failure = await onDecline(reason.trim());
    setBusy(false);
    if (failure) setErrors([{ text: failure }]);
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary title={t('nominee.errors.summaryTitle')} errors={errors} />
      <FocusHeading>{t('nominee.decline.title')}</FocusHeading>
      <p className="caption">{invitation.questionnaireTitle}</p>
      <div className="notice notice--warning">
        <p>{t('nominee.decline.warning', { publishAt: dateTime(invitation.publishAt) })}</p>
      </div>
      <div className={reasonError ? 'form-group form-group--error' : 'form-group'}>
        <label htmlFor="decline-reason">{t('nominee.decline.reasonLabel')}</label>
        <span id="decline-reason-hint" className="hint">
          {t('nominee.decline.reasonHint')}
        </span>
        {reasonError && (
          <span id="decline-reason-error" className="error-message">
            {reasonError}
          </span>
        )}
        <textarea
          id="decline-reason"
          rows={5}
          value={reason}
          aria-required
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={reasonError ? 'decline-reason-hint decline-reason-error' : 'decline-reason-hint'}
          className={reasonError ? 'input--error' : undefined}
          onChange={(event) => setReason(event.target.value)}
        />
      </div>
      <div className={confirmError ? 'form-group form-group--error' : 'form-group'}>
        {confirmError && (
          <span id="decline-confirm-error" className="error-message">
            {confirmError}
          </span>
        )}
        <div className="choice">
          <input
            type="checkbox"
            id="decline-confirm"
            checked={confirmed}
            aria-describedby={confirmError ? 'decline-confirm-error' : undefined}
            onChange={(event) => setConfirmed(event.target.checked)}
          />
          <label htmlFor="decline-confirm">{t('nominee.decline.confirmLabel')}</label>
        </div>
      </div>
      <div className="button-group">
        <button type="submit" className="button button--warning" disabled={busy}>
          {t('nominee.decline.submit')}
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={onBack}>
          {t('nominee.decline.back')}
        </button>
      </div>
    </form>
  );
}
