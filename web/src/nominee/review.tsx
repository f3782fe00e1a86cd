import { useState } from 'react';
import { useI18n, type Localized } from '../i18n/i18n.js';
import { ErrorSummary, type SummaryError } from '../ui/error-summary.js';
import { FocusHeading } from '../ui/focus-heading.js';
import { AnswerList } from './answer-list.js';
import type { Answers, Invitation } from './answers.js';

interface Props {
  readonly invitation: Invitation;
  readonly answers: Answers;
  /** Sends the answers; resolves with an error message when it failed. */
  readonly onSubmit: () => Promise<Localized | null>;
  readonly onBack: () => void;
}

/** What will be sent, and a confirmation that it is final. */
export function Review({ invitation, answers, onSubmit, onBack }: Props) {
  const { t, dateTime } = useI18n();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const submit = async () => {
    setBusy(true);
    const failure = await onSubmit();
    setBusy(false);
    if (failure) setErrors([{ text: failure }]);
  };
  return (
    <>
      <ErrorSummary title={t('nominee.errors.summaryTitle')} errors={errors} />
      <FocusHeading>{t('nominee.review.title')}</FocusHeading>
      <p className="caption">{invitation.questionnaireTitle}</p>
      <AnswerList questions={invitation.questions} answers={answers} />
      <div className="notice notice--warning">
        <p>{t('nominee.review.warning', { publishAt: dateTime(invitation.publishAt) })}</p>
      </div>
      <div className="button-group">
        <button type="button" className="button" disabled={busy} onClick={() => void submit()}>
          {busy ? t('nominee.review.submitting') : t('nominee.review.submit')}
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={onBack}>
          {t('nominee.review.back')}
        </button>
      </div>
    </>
  );
}
