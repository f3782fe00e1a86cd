import { createHash, randomBytes } from 'node:crypto';
import { CandidacyStatus } from '../../common/domain.enums.js';
import { plain, secret } from '../mail/secrets.js';

export const QuestionnaireRule = {
  TEMPLATE_TYPE_MISMATCH: 'TEMPLATE_TYPE_MISMATCH',
  DEADLINE_IN_PAST: 'DEADLINE_IN_PAST',
  RESPONSE_CLOSED: 'RESPONSE_CLOSED',
  NOT_SUBMITTED: 'NOT_SUBMITTED',
  REMINDER_TOO_SOON: 'REMINDER_TOO_SOON',
} as const;

/** A manual reminder this soon after the last one is refused unless forced: nominees are not pestered. */
export const MANUAL_REMINDER_INTERVAL_MS = 24 * 3_600_000;

/** An invitation stays usable this long after the deadline, for extensions granted late. */
export const INVITATION_GRACE_DAYS = 14;
export const NOMINEE_SESSION_SECONDS = 2 * 3600;

/** 256 bits from the system's secure generator; only its SHA-256 is stored. */
export function newInvitationToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The publication policy for answers: observers see them from publishAt on, never before. */
export function isPublished(questionnaire: { publishAt: Date }, now: Date): boolean {
  return questionnaire.publishAt.getTime() <= now.getTime();
}

/** ...and never the response of a withdrawn candidacy, whatever it holds. */
export function isResponsePublished(
  questionnaire: { publishAt: Date },
  candidacy: { status: CandidacyStatus },
  now: Date,
): boolean {
  return isPublished(questionnaire, now) && candidacy.status !== CandidacyStatus.WITHDRAWN;
}

/**
 * The nominee's page with the code in the fragment: a fragment never reaches a server's log or a
 * Referer. The whole link is a secret (see `secret`), so the kept copy of the mail holds no code.
 */
export function invitationLink(publicUrl: string, token: string): string {
  return `${publicUrl}/invitation#${token}`;
}

/** A nominee's deadline: the questionnaire's, or the extension granted to them. */
export function effectiveDeadline(
  questionnaire: { deadline: Date },
  response: { extendedDeadline: Date | null } | null,
): Date {
  const extended = response?.extendedDeadline;
  return extended && extended > questionnaire.deadline ? extended : questionnaire.deadline;
}

// Every value from users goes into a body through `plain` (or `secret`): a name cannot carry the
// secret marks and so cannot corrupt or expose the code.
export function invitationMail(input: {
  electionTitle: string;
  fullName: string;
  deadline: Date;
  publicUrl: string;
  token: string;
}): { subject: string; text: string } {
  const due = input.deadline.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
  const title = plain(input.electionTitle);
  const name = plain(input.fullName);
  const link = secret(invitationLink(input.publicUrl, input.token));
  const code = secret(input.token);
  return {
    subject: `Questionnaire: ${title} / Questionnaire : ${title}`,
    text: [
      `Dear ${name},`,
      '',
      `As a nominee in the ${title}, you are invited to answer the civil society questionnaire.`,
      `Please answer by ${due}. Your answers will be published.`,
      '',
      `Open your personal page: ${link}`,
      `Your personal code: ${code}`,
      'Keep this message private: the link and the code open your questionnaire.',
      '',
      '---',
      '',
      `Madame, Monsieur ${name},`,
      '',
      `En tant que candidat(e) à l'élection « ${title} », vous êtes invité(e) à répondre au questionnaire de la société civile.`,
      `Merci de répondre avant le ${due}. Vos réponses seront publiées.`,
      '',
      `Votre page personnelle : ${link}`,
      `Votre code personnel : ${code}`,
      'Gardez ce message confidentiel : le lien et le code ouvrent votre questionnaire.',
    ].join('\n'),
  };
}

export function reminderMail(input: { electionTitle: string; fullName: string; deadline: Date; link: string }): {
  subject: string;
  text: string;
} {
  const due = input.deadline.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
  const title = plain(input.electionTitle);
  const name = plain(input.fullName);
  const link = plain(input.link);
  return {
    subject: `Reminder / Rappel: ${title}`,
    text: [
      `Dear ${name}, a reminder: the questionnaire for the ${title} is due by ${due}.`,
      `Use the link and code of your invitation (${link}); reply to this message if you need them again.`,
      '',
      `Madame, Monsieur ${name}, rappel : le questionnaire de l'élection « ${title} » est attendu avant le ${due}.`,
      `Utilisez le lien et le code de votre invitation (${link}) ; répondez à ce message s'il vous faut les recevoir à nouveau.`,
    ].join('\n'),
  };
}
