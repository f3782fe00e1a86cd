import { Language } from '../../common/domain.enums.js';
import { plain, secret } from '../mail/secrets.js';
import { titleIn, type ElectionTitles } from '../questionnaires/questionnaires.rules.js';
import { dateTimeInWords } from '../../common/dates-in-words.js';

/**
 * What a mail says about one discussion; every value from users goes through `plain`. The election
 * is named by its French title in the French half where it has one, as in the questionnaire mails.
 */
export interface DiscussionMailFacts extends ElectionTitles {
  readonly fullName: string;
  readonly title: string;
  readonly startsAt: Date;
  readonly timeZone: string;
  readonly place: string | null;
  readonly onlineUrl: string | null;
  readonly languages: readonly string[];
  /** The nominee's page (`<publicUrl>/invitation`), where they answer. */
  readonly link: string;
  /**
   * The invitation's own code (an invitation mail only): the link carries it, so the page opens
   * whether or not the nominee has a questionnaire. Other mails point back to it.
   */
  readonly code?: string;
}

export type DiscussionMailKind = 'DISCUSSION_INVITATION' | 'DISCUSSION_CHANGED' | 'DISCUSSION_CANCELLED';

const LANGUAGE_NAMES: Readonly<Record<string, { en: string; fr: string }>> = {
  en: { en: 'English', fr: 'anglais' },
  fr: { en: 'French', fr: 'français' },
};

/** On the clocks where it is held, in words, then in UTC: "1 July 2030 at 18:00 (Europe/Amsterdam time; …)". */
function when(f: DiscussionMailFacts): { en: string; fr: string } {
  const zone = plain(f.timeZone);
  const at = (language: 'en' | 'fr', timeZone: string) => dateTimeInWords(f.startsAt, language, timeZone);
  return {
    en: `${at('en', f.timeZone)} (${zone} time; ${at('en', 'UTC')} UTC)`,
    fr: `${at('fr', f.timeZone)} (heure de ${zone} ; ${at('fr', 'UTC')} UTC)`,
  };
}

function details(f: DiscussionMailFacts, lang: 'en' | 'fr'): string[] {
  const w = when(f)[lang];
  const languages = f.languages.map((l) => LANGUAGE_NAMES[l]?.[lang] ?? plain(l)).join(lang === 'en' ? ', ' : ', ');
  const lines =
    lang === 'en'
      ? [`  « ${plain(f.title)} »`, `  When: ${w}`, `  Languages: ${languages}`]
      : [`  « ${plain(f.title)} »`, `  Quand : ${w}`, `  Langues : ${languages}`];
  if (f.place) lines.push(lang === 'en' ? `  Where: ${plain(f.place)}` : `  Lieu : ${plain(f.place)}`);
  if (f.onlineUrl) lines.push(lang === 'en' ? `  Online: ${plain(f.onlineUrl)}` : `  En ligne : ${plain(f.onlineUrl)}`);
  return lines;
}

/** The mail for one nominee, English then French, like every mail to nominees. */
export function discussionMail(kind: DiscussionMailKind, f: DiscussionMailFacts): { subject: string; text: string } {
  const election = { en: plain(titleIn(f, Language.EN)), fr: plain(titleIn(f, Language.FR)) };
  const name = plain(f.fullName);
  const answer = f.code
    ? {
        en: [
          `Please accept or decline on your personal page: ${secret(`${f.link}#${f.code}`)}`,
          `Your personal code: ${secret(f.code)}`,
          'Keep this message private: the link and the code open your page.',
        ].join('\n'),
        fr: [
          `Merci d'accepter ou de décliner sur votre page personnelle : ${secret(`${f.link}#${f.code}`)}`,
          `Votre code personnel : ${secret(f.code)}`,
          'Gardez ce message confidentiel : le lien et le code ouvrent votre page.',
        ].join('\n'),
      }
    : {
        en: `Please accept or decline on your personal page (${plain(f.link)}), with the code from your invitation to this discussion (or that of your questionnaire); reply to this message if you need it again.`,
        fr: `Merci d'accepter ou de décliner sur votre page personnelle (${plain(f.link)}), avec le code de votre invitation à ce débat (ou celui de votre questionnaire) ; répondez à ce message s'il vous faut le recevoir à nouveau.`,
      };
  const text = {
    DISCUSSION_INVITATION: {
      subject: `Invitation: public panel discussion — ${election.en} / Invitation : débat public — ${election.fr}`,
      en: [`As a nominee in the ${election.en}, you are invited to a public panel discussion:`, answer.en],
      fr: [
        `En tant que candidat(e) à l'élection « ${election.fr} », vous êtes invité(e) à un débat public :`,
        answer.fr,
      ],
    },
    DISCUSSION_CHANGED: {
      subject: `Changed: public panel discussion — ${election.en} / Modifié : débat public — ${election.fr}`,
      en: ['The public panel discussion you are invited to has changed:', answer.en],
      fr: ['Le débat public auquel vous êtes invité(e) a changé :', answer.fr],
    },
    DISCUSSION_CANCELLED: {
      subject: `Cancelled: public panel discussion — ${election.en} / Annulé : débat public — ${election.fr}`,
      en: ['The public panel discussion you were invited to is cancelled:', 'Thank you for your interest.'],
      fr: ['Le débat public auquel vous étiez invité(e) est annulé :', 'Merci de votre intérêt.'],
    },
  }[kind];
  return {
    subject: text.subject,
    text: [
      `Dear ${name},`,
      '',
      text.en[0],
      '',
      ...details(f, 'en'),
      '',
      text.en[1],
      '',
      '---',
      '',
      // French letters open with the bare form of address, never followed by the name.
      'Madame, Monsieur,',
      '',
      text.fr[0],
      '',
      ...details(f, 'fr'),
      '',
      text.fr[1],
    ].join('\n'),
  };
}
