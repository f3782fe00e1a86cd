import { createHash, randomBytes } from 'node:crypto';
import { secret } from '../mail/secrets.js';

export const QuestionnaireRule = {
  TEMPLATE_TYPE_MISMATCH: 'TEMPLATE_TYPE_MISMATCH',
  DEADLINE_IN_PAST: 'DEADLINE_IN_PAST',
  RESPONSE_CLOSED: 'RESPONSE_CLOSED',
  NOT_SUBMITTED: 'NOT_SUBMITTED',
} as const;

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

/** A nominee's deadline: the questionnaire's, or the extension granted to them. */
export function effectiveDeadline(
  questionnaire: { deadline: Date },
  response: { extendedDeadline: Date | null } | null,
): Date {
  const extended = response?.extendedDeadline;
  return extended && extended > questionnaire.deadline ? extended : questionnaire.deadline;
}

export function invitationMail(input: {
  electionTitle: string;
  fullName: string;
  deadline: Date;
  link: string;
  token: string;
}): { subject: string; text: string } {
  const due = input.deadline.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
  return {
    subject: `Questionnaire: ${input.electionTitle} / Questionnaire : ${input.electionTitle}`,
    text: [
      `Dear ${input.fullName},`,
      '',
      `As a nominee in the ${input.electionTitle}, you are invited to answer the civil society questionnaire.`,
      `Please answer by ${due}. Your answers will be published.`,
      '',
      `Open your personal page: ${input.link}`,
      `Your personal code: ${secret(input.token)}`,
      'Keep this message private: the code opens your questionnaire.',
      '',
      '---',
      '',
      `Madame, Monsieur ${input.fullName},`,
      '',
      `En tant que candidat(e) à l'élection « ${input.electionTitle} », vous êtes invité(e) à répondre au questionnaire de la société civile.`,
      `Merci de répondre avant le ${due}. Vos réponses seront publiées.`,
      '',
      `Votre page personnelle : ${input.link}`,
      `Votre code personnel : ${secret(input.token)}`,
      'Gardez ce message confidentiel : le code ouvre votre questionnaire.',
    ].join('\n'),
  };
}

export function reminderMail(input: { electionTitle: string; fullName: string; deadline: Date; link: string }): {
  subject: string;
  text: string;
} {
  const due = input.deadline.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
  return {
    subject: `Reminder / Rappel: ${input.electionTitle}`,
    text: [
      `Dear ${input.fullName}, a reminder: the questionnaire for the ${input.electionTitle} is due by ${due}.`,
      `Use the link and code of your invitation (${input.link}); reply to this message if you need them again.`,
      '',
      `Madame, Monsieur ${input.fullName}, rappel : le questionnaire de l'élection « ${input.electionTitle} » est attendu avant le ${due}.`,
      `Utilisez le lien et le code de votre invitation (${input.link}) ; répondez à ce message s'il vous faut les recevoir à nouveau.`,
    ].join('\n'),
  };
}
