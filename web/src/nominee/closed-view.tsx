import { useI18n } from '../i18n/i18n.js';
import { FocusHeading } from '../ui/focus-heading.js';
import { AnswerList } from './answer-list.js';
import { answersOf, type Invitation } from './answers.js';
import { InvitationSummary } from './invitation-summary.js';

/** After submitting or declining: read-only, with when it happened and when it goes public. */
export function ClosedView({ invitation }: { invitation: Invitation }) {
  const { t, dateTime } = useI18n();
  const publishAt = dateTime(invitation.publishAt);
  if (invitation.status === 'DECLINED') {
    return (
      <>
        <FocusHeading>{t('nominee.closed.declinedTitle')}</FocusHeading>
        <div className="notice">
          <p>
            {invitation.declinedAt
              ? t('nominee.closed.declined', { declinedAt: dateTime(invitation.declinedAt), publishAt })
              : t('nominee.closed.declinedUnknown', { publishAt })}
          </p>
          <p>{t('nominee.closed.readOnly')}</p>
        </div>
        <InvitationSummary invitation={invitation} />
        <h2>{t('nominee.closed.reason')}</h2>
        <p className="reason">{invitation.declineReason}</p>
      </>
    );
  }
  return (
    <>
      <FocusHeading>{t('nominee.closed.submittedTitle')}</FocusHeading>
      <div className="notice notice--success">
        <p>
          {t('nominee.closed.submitted', {
            submittedAt: invitation.submittedAt ? dateTime(invitation.submittedAt) : '',
            publishAt,
          })}
        </p>
        <p>{t('nominee.closed.readOnly')}</p>
      </div>
      <InvitationSummary invitation={invitation} />
      <h2>{t('nominee.closed.answers')}</h2>
      <AnswerList questions={invitation.questions} answers={answersOf(invitation)} />
    </>
  );
}
