// A secret in a queued message (an invitation code or link) is wrapped in these marks: the sender
// mails it unwrapped, then keeps only a redacted copy, so the outbox does not hold usable codes once done.
const OPEN = '\u2045';
const CLOSE = '\u2046';
const SECRET = /\u2045([^\u2045\u2046]*)\u2046/g;
const MARKS = /[\u2045\u2046]/g;

/** Marks a value as secret inside a message body. */
export function secret(value: string): string {
  return `${OPEN}${plain(value)}${CLOSE}`;
}

/**
 * Text from users (names, titles) with the marks replaced by look-alike brackets: every value put in
 * a message body goes through this or `secret`, so user text can never open or close a secret.
 */
export function plain(value: string): string {
  return value.replace(MARKS, (mark) => (mark === OPEN ? '[' : ']'));
}

export const REDACTED = '[removed after sending]';

export const revealSecrets = (text: string): string => text.replace(SECRET, '$1');
export const redactSecrets = (text: string): string => text.replace(SECRET, REDACTED);
