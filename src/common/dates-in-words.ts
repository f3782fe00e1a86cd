// Dates as people write them, in English or French: one home for the web client's pages and the
// server's mails (Intl only, no other dependency, so both can import it).

export type DateLanguage = 'en' | 'fr';

/**
 * The locale each language writes dates in: British English for English (day before month, 24-hour
 * clock, as the Court and the Assembly write them: "1 December 2026, 14:05"), French as in France.
 */
export const DATE_LOCALES: Readonly<Record<DateLanguage, string>> = { en: 'en-GB', fr: 'fr-FR' };

/**
 * A formatter of instants in a language. French writes the first of a month as an ordinal where the
 * month is a word ("1er décembre", "1er déc."), which Intl does not.
 */
export function dateFormatter(language: DateLanguage, options: Intl.DateTimeFormatOptions): (date: Date) => string {
  const format = new Intl.DateTimeFormat(DATE_LOCALES[language], options);
  if (language !== 'fr') return (date) => format.format(date);
  return (date) => {
    const parts = format.formatToParts(date);
    const monthInWords = parts.some((p) => p.type === 'month' && !/^\d+$/.test(p.value));
    return parts.map((p) => (monthInWords && p.type === 'day' && p.value === '1' ? '1er' : p.value)).join('');
  };
}

const inWords = new Map<string, (date: Date) => string>();

/**
 * An instant in words as a mail writes it, on the clocks of a time zone: "20 December 2026 at 23:59",
 * "20 décembre 2026 à 23:59". The zone is the caller's to name (a mail cannot know the reader's).
 */
export function dateTimeInWords(date: Date, language: DateLanguage, timeZone = 'UTC'): string {
  const key = `${language}|${timeZone}`;
  let format = inWords.get(key);
  if (!format) {
    format = dateFormatter(language, { dateStyle: 'long', timeStyle: 'short', timeZone, hourCycle: 'h23' });
    inWords.set(key, format);
  }
  return format(date);
}
