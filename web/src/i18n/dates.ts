import type { Language } from './catalogues.js';

/**
 * The locale each language writes dates in: British English for English (day before month, 24-hour
 * clock, as the Court and the Assembly write them: "1 December 2026, 14:05"), French as in France.
 */
export const DATE_LOCALES: Readonly<Record<Language, string>> = { en: 'en-GB', fr: 'fr-FR' };

/**
 * A formatter of instants in the reader's language. French writes the first of a month as an
 * ordinal where the month is a word ("1er décembre", "1er déc."), which Intl does not.
 */
export function dateFormatter(language: Language, options: Intl.DateTimeFormatOptions): (date: Date) => string {
  const format = new Intl.DateTimeFormat(DATE_LOCALES[language], options);
  if (language !== 'fr') return (date) => format.format(date);
  return (date) => {
    const parts = format.formatToParts(date);
    const monthInWords = parts.some((p) => p.type === 'month' && !/^\d+$/.test(p.value));
    return parts.map((p) => (monthInWords && p.type === 'day' && p.value === '1' ? '1er' : p.value)).join('');
  };
}
