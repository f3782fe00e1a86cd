import { randomBytes } from 'node:crypto';
import { hashToken } from '../questionnaires/questionnaires.rules.js';

/** True for an IANA time zone name this runtime knows (Europe/Amsterdam, America/New_York, UTC). */
export function isTimeZone(value: unknown): value is string {
  // Names only: the runtime also takes offsets such as +01:00, which say nothing of summer time.
  if (typeof value !== 'string' || !/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** An absolute https link with a host, no credentials, of a sensible length. */
export function isHttpsUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 2000 || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** The wall-clock time an instant shows in a time zone, as YYYY-MM-DDTHH:mm. */
export function localDateTime(instant: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  ) as Record<string, string>;
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/**
 * A discussion invitation's own code starts with this mark, which a questionnaire code (base64url)
 * never holds: the nominee's page knows which exchange to call without trying both.
 */
export const DISCUSSION_CODE_PREFIX = 'd.';

/** 256 bits from the system's secure generator, marked as a discussion code; only its SHA-256 is stored. */
export function newDiscussionCode(): { code: string; hash: string } {
  const code = DISCUSSION_CODE_PREFIX + randomBytes(32).toString('base64url');
  return { code, hash: hashToken(code) };
}
