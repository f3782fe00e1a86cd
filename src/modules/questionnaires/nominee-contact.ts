/**
 * Whom a nominee writes to for help (a lost or refused code): the address the invitations come
 * from, without its display name ("ICC vetting <elections@example.org>" → "elections@example.org").
 */
export function contactAddress(mailFrom: string): string {
  const bracketed = /<([^<>\s]+@[^<>\s]+)>/.exec(mailFrom);
  return (bracketed?.[1] ?? mailFrom).trim();
}
