import { useI18n } from '../i18n/i18n.js';
import type { Invitation } from './answers.js';

/** The facts above the questions: the election, the deadline (with any extension), publication. */
export function InvitationSummary({ invitation }: { invitation: Invitation }) {
  const { t, dateTime } = useI18n();
  const extended = invitation.deadline !== invitation.originalDeadline;
  return (
    <dl className="summary invitation-summary">
      <dt>{t('nominee.summary.election')}</dt>
      <dd>{invitation.electionTitle}</dd>
      <dt>{t('nominee.summary.deadline')}</dt>
      <dd>
        {extended
          ? t('nominee.summary.extended', {
              deadline: dateTime(invitation.deadline),
              original: dateTime(invitation.originalDeadline),
            })
          : dateTime(invitation.deadline)}
      </dd>
      <dt>{t('nominee.summary.publishAt')}</dt>
      <dd>{dateTime(invitation.publishAt)}</dd>
      <dt>{t('nominee.summary.status')}</dt>
      <dd>{t(`nominee.status.${invitation.status}`)}</dd>
      <dt>{t('nominee.summary.contact')}</dt>
      <dd>
        <a href={`mailto:${invitation.contactEmail}`}>{invitation.contactEmail}</a>
      </dd>
    </dl>
  );
}
