import pg from 'pg';

const TIMESTAMPTZ = 1184;

/** pg's own parser (postgres-date): the answer for every text the fast path does not take. */
const general = pg.types.getTypeParser(TIMESTAMPTZ, 'text') as (text: string) => Date | number | null;

/** The digits of text[from, to) as a number, or -1 if any is not a digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i += 1) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/**
 * A `timestamptz` as PostgreSQL writes it (ISO DateStyle): `YYYY-MM-DD HH:MM:SS[.ffffff]±HH[:MM[:SS]]`,
 * read by position, the same Date as pg's own parser gives (which `timestamptz.spec.ts` checks on
 * generated texts). pg's parser runs four regular expressions per value and was 5 % of an observer's
 * list of elections; a text of any other shape (a year before 100 or after 9999, BC, infinity)
 * goes to it.
 */
export function parseTimestamptz(text: string): Date | number | null {
  const n = text.length;
  if (
    n < 22 ||
    text.charCodeAt(4) !== 45 || // -
    text.charCodeAt(7) !== 45 ||
    text.charCodeAt(10) !== 32 || // space
    text.charCodeAt(13) !== 58 || // :
    text.charCodeAt(16) !== 58
  ) {
    return general(text);
  }
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  const hour = digits(text, 11, 13);
  const minute = digits(text, 14, 16);
  const second = digits(text, 17, 19);
  if (year < 100 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) return general(text);
  let i = 19;
  let ms = 0;
  if (text.charCodeAt(i) === 46) {
    // .f to .ffffff: the milliseconds are the first three digits (pg's parser truncates the same way).
    const start = (i += 1);
    while (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i += 1;
    const length = i - start;
    if (length === 0) return general(text);
    ms = digits(text, start, start + Math.min(length, 3)) * (length === 1 ? 100 : length === 2 ? 10 : 1);
  }
  const sign = text.charCodeAt(i);
  if (sign !== 43 && sign !== 45) return general(text); // + -
  // ±HH, ±HH:MM or ±HH:MM:SS, and nothing after.
  const rest = n - i - 1;
  if (rest !== 2 && rest !== 5 && rest !== 8) return general(text);
  const offsetHours = digits(text, i + 1, i + 3);
  const offsetMinutes = rest >= 5 && text.charCodeAt(i + 3) === 58 ? digits(text, i + 4, i + 6) : rest >= 5 ? -1 : 0;
  const offsetSeconds = rest === 8 && text.charCodeAt(i + 6) === 58 ? digits(text, i + 7, i + 9) : rest === 8 ? -1 : 0;
  if (offsetHours < 0 || offsetMinutes < 0 || offsetSeconds < 0) return general(text);
  const offset = (offsetHours * 3600 + offsetMinutes * 60 + offsetSeconds) * 1000 * (sign === 45 ? -1 : 1);
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms) - offset);
}

/** The pg `types` of the application's connections: timestamptz read by parseTimestamptz. */
export function pgTypes(): { getTypeParser: typeof pg.types.getTypeParser } {
  const getTypeParser = (oid: number, format?: 'text' | 'binary'): unknown =>
    oid === TIMESTAMPTZ && format !== 'binary' ? parseTimestamptz : (pg.types.getTypeParser(oid, format) as unknown);
  return { getTypeParser: getTypeParser as typeof pg.types.getTypeParser };
}
