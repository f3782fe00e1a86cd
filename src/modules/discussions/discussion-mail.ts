import { plain } from '../mail/secrets.js';
import { localDateTime } from './discussion.rules.js';

/** What a mail says about one discussion; every value from users goes through `plain`. */
export interface DiscussionMailFacts {
  readonly electionTitle: string;
  readonly fullName: string;
  readonly title: string;
  readonly startsAt: Date;
  readonly timeZone: string;
  readonly place: string | null;
  readonly onlineUrl: string | null;
  readonly languages: readonly string[];
  /** The nominee's page: they answer there with the code of their questionnaire invitation. */
  readonly link: string;
}

export type DiscussionMailKind = 'DISCUSSION_INVITATION' | 'DISCUSSION_CHANGED' | 'DISCUSSION_CANCELLED';

const LANGUAGE_NAMES: Readonly<Record<string, { en: string; fr: string }>> = {
  en: { en: 'English', fr: 'anglais' },
  fr: { en: 'French', fr: 'français' },
};

function when(f: DiscussionMailFacts): { en: string; fr: string } {
  const local = localDateTime(f.startsAt, f.timeZone).replace('T', ' ');
  const utc = f.startsAt.toISOString().replace('T', ' ').slice(0, 16);
  const zone = plain(f.timeZone);
  return { en: `${local} (${zone} time; ${utc} UTC)`, fr: `${local} (heure de ${zone} ; ${utc} UTC)` };
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
  const election = plain(f.electionTitle);
  const name = plain(f.fullName);
  const link = plain(f.link);
  const answer = {
    en: `Please accept or decline on your personal page (${link}), with the code of your questionnaire invitation; reply to this message if you need it again.`,
    fr: `Merci d'accepter ou de décliner sur votre page personnelle (${link}), avec le code de votre invitation au questionnaire ; répondez à ce message s'il vous faut le recevoir à nouveau.`,
  };
  const text = {
    DISCUSSION_INVITATION: {
      subject: `Invitation: public panel discussion / Invitation : débat public — ${election}`,
      en: [`As a nominee in the ${election}, you are invited to a public panel discussion:`, answer.en],
      fr: [`En tant que candidat(e) à l'élection « ${election} », vous êtes invité(e) à un débat public :`, answer.fr],
    },
    DISCUSSION_CHANGED: {
      subject: `Changed: public panel discussion / Modifié : débat public — ${election}`,
      en: ['The public panel discussion you are invited to has changed:', answer.en],
      fr: ['Le débat public auquel vous êtes invité(e) a changé :', answer.fr],
    },
    DISCUSSION_CANCELLED: {
      subject: `Cancelled: public panel discussion / Annulé : débat public — ${election}`,
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
