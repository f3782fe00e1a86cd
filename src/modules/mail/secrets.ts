// A secret in a queued message (an invitation code) is wrapped in these marks: the sender mails it
// unwrapped, then keeps only a redacted copy, so the outbox does not hold usable codes once done.
const SECRET = /\u2045([^\u2046]*)\u2046/g;

/** Marks a value as secret inside a message body. */
export function secret(value: string): string {
  return `\u2045${value}\u2046`;
}

export const REDACTED = '[removed after sending]';

export const revealSecrets = (text: string): string => text.replace(SECRET, '$1');
export const redactSecrets = (text: string): string => text.replace(SECRET, REDACTED);
