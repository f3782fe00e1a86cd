import { createHash, randomBytes } from 'node:crypto';
import { dateTimeInWords } from '../../common/dates-in-words.js';
import { CandidacyStatus, Language } from '../../common/domain.enums.js';
import { plain, secret } from '../mail/secrets.js';

export const QuestionnaireRule = {
  TEMPLATE_TYPE_MISMATCH: 'TEMPLATE_TYPE_MISMATCH',
  DEADLINE_IN_PAST: 'DEADLINE_IN_PAST',
  RESPONSE_CLOSED: 'RESPONSE_CLOSED',
  NOT_SUBMITTED: 'NOT_SUBMITTED',
  REMINDER_TOO_SOON: 'REMINDER_TOO_SOON',
  /** A questionnaire is not issued for an election that is over. */
  ELECTION_CONCLUDED: 'ELECTION_CONCLUDED',
  /** Publishing early while some nominees' deadlines (with extensions) are still ahead needs `confirm`. */
  NOMINEES_STILL_ANSWERING: 'NOMINEES_STILL_ANSWERING',
} as const;

/** What observers read about one nominee's response once the questionnaire is published. */
export enum ResponseOutcome {
  SUBMITTED = 'SUBMITTED',
  DECLINED = 'DECLINED',
  /** Nothing submitted yet, and the nominee's deadline (with any extension) is still ahead. */
  PENDING = 'PENDING',
  /** The nominee's deadline passed without an answer or a decline. */
  NO_RESPONSE = 'NO_RESPONSE',
}

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

/**
 * The published outcome of one response: a nominee who still has time is PENDING, never "never
 * answered", whatever the publication date.
 */
export function publishedOutcome(
  questionnaire: { deadline: Date },
  response: { status: string; extendedDeadline: Date | null } | null,
  now: Date,
): ResponseOutcome {
  if (response?.status === 'SUBMITTED') return ResponseOutcome.SUBMITTED;
  if (response?.status === 'DECLINED') return ResponseOutcome.DECLINED;
  return effectiveDeadline(questionnaire, response) > now ? ResponseOutcome.PENDING : ResponseOutcome.NO_RESPONSE;
}

// Every value from users goes into a body through `plain` (or `secret`): a name cannot carry the
// secret marks and so cannot corrupt or expose the code.
/** The election's name in each language: its French title where it has one, else the one title. */
export interface ElectionTitles {
  readonly electionTitle: string;
  readonly electionTitleFr?: string | null;
}

/** A deadline or a publication as the mails write it, in UTC (a mail cannot know the reader's zone). */
const inUtc = (at: Date): { en: string; fr: string } => ({
  en: `${dateTimeInWords(at, 'en')} UTC`,
  fr: `${dateTimeInWords(at, 'fr')} UTC`,
});

/** A title in one language, unescaped: its French version where there is one, else the one title. */
export function inLanguage(title: string, titleFr: string | null | undefined, language: Language): string {
  return language === Language.FR ? titleFr?.trim() || title : title;
}

/** The election's title in one language, unescaped: the French title where there is one, else the one title. */
export function titleIn(input: ElectionTitles, language: Language): string {
  return inLanguage(input.electionTitle, input.electionTitleFr, language);
}

function titles(input: ElectionTitles): { en: string; fr: string } {
  return { en: plain(titleIn(input, Language.EN)), fr: plain(titleIn(input, Language.FR)) };
}

export function invitationMail(
  input: ElectionTitles & { fullName: string; deadline: Date; publishAt: Date; publicUrl: string; token: string },
): { subject: string; text: string } {
  const due = inUtc(input.deadline);
  const published = inUtc(input.publishAt);
  const title = titles(input);
  const name = plain(input.fullName);
  const link = secret(invitationLink(input.publicUrl, input.token));
  const code = secret(input.token);
  return {
    subject: `Questionnaire: ${title.en} / Questionnaire : ${title.fr}`,
    text: [
      `Dear ${name},`,
      '',
      `As a nominee in the ${title.en}, you are invited to answer the civil society questionnaire.`,
      `Please answer by ${due.en}. Your answers will be published; publication is planned for ${published.en}.`,
      '',
      `Open your personal page: ${link}`,
      `Your personal code: ${code}`,
      'Keep this message private: the link and the code open your questionnaire.',
      '',
      '---',
      '',
      // French letters open with the bare form of address, never followed by the name.
      'Madame, Monsieur,',
      '',
      `En tant que candidat(e) à l'élection « ${title.fr} », vous êtes invité(e) à répondre au questionnaire de la société civile.`,
      `Merci de répondre avant le ${due.fr}. Vos réponses seront publiées ; leur publication est prévue le ${published.fr}.`,
      '',
      `Votre page personnelle : ${link}`,
      `Votre code personnel : ${code}`,
      'Gardez ce message confidentiel : le lien et le code ouvrent votre questionnaire.',
    ].join('\n'),
  };
}

export function reminderMail(input: ElectionTitles & { fullName: string; deadline: Date; link: string }): {
  subject: string;
  text: string;
} {
  const due = inUtc(input.deadline);
  const title = titles(input);
  const name = plain(input.fullName);
  const link = plain(input.link);
  return {
    subject: `Reminder: ${title.en} / Rappel : ${title.fr}`,
    text: [
      `Dear ${name},`,
      '',
      `A reminder: the questionnaire for the ${title.en} is due by ${due.en}.`,
      `Use the link and code of your invitation (${link}); reply to this message if you need them again.`,
      '',
      '---',
      '',
      'Madame, Monsieur,',
      '',
      `Rappel : le questionnaire de l'élection « ${title.fr} » est attendu avant le ${due.fr}.`,
      `Utilisez le lien et le code de votre invitation (${link}) ; répondez à ce message s'il vous faut les recevoir à nouveau.`,
    ].join('\n'),
  };
}

/** A nominee's deadline was extended: they are told the new one (the reason stays with the team). */
export function extensionMail(input: ElectionTitles & { fullName: string; deadline: Date; link: string }): {
  subject: string;
  text: string;
} {
  const due = inUtc(input.deadline);
  const title = titles(input);
  const name = plain(input.fullName);
  const link = plain(input.link);
  return {
    subject: `New deadline: ${title.en} / Nouveau délai : ${title.fr}`,
    text: [
      `Dear ${name},`,
      '',
      `Your deadline for the questionnaire of the ${title.en} is extended: please answer by ${due.en}.`,
      `Use the link and code of your invitation (${link}); reply to this message if you need them again.`,
      '',
      '---',
      '',
      'Madame, Monsieur,',
      '',
      `Votre délai pour le questionnaire de l'élection « ${title.fr} » est prolongé : merci de répondre avant le ${due.fr}.`,
      `Utilisez le lien et le code de votre invitation (${link}) ; répondez à ce message s'il vous faut les recevoir à nouveau.`,
    ].join('\n'),
  };
}
