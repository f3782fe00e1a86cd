import type { Language } from './catalogues.js';
import { DATE_LOCALES, dateFormatter } from './dates.js';

/**
 * An instant as the clocks show it where something is held, in the reader's language: the date and
 * time, the zone's name as people say it ("Central European Standard Time", "heure normale d’Europe
 * centrale", summer or winter as on that day) and the place its IANA name gives ("Amsterdam"), never
 * the raw identifier ("Europe/Amsterdam").
 */
export function zonedDateTime(
  iso: string,
  timeZone: string,
  language: Language,
): { readonly when: string; readonly zone: string; readonly city: string } {
  const instant = new Date(iso);
  const when = dateFormatter(language, { dateStyle: 'full', timeStyle: 'short', timeZone })(instant);
  const zone =
    new Intl.DateTimeFormat(DATE_LOCALES[language], { timeZone, timeZoneName: 'long' })
      .formatToParts(instant)
      .find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  const city = (timeZone.split('/').pop() ?? timeZone).replaceAll('_', ' ');
  return { when, zone, city };
}
