/** The API's minimum (src/modules/auth/password.ts): checked here first, so the form says it in words. */
export const MIN_PASSWORD_LENGTH = 12;

// No look-alikes (0/O, 1/l/I), so a password read out or copied by hand survives.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** An initial password: four groups of five from the browser's cryptographic generator (about 116 bits). */
export function generatePassword(
  random: (size: number) => Uint8Array = (size) => crypto.getRandomValues(new Uint8Array(size)),
): string {
  const groups: string[] = [];
  // Rejection sampling keeps every character equally likely.
  const limit = 256 - (256 % ALPHABET.length);
  let group = '';
  while (groups.length < 4) {
    for (const byte of random(32)) {
      if (byte >= limit) continue;
      group += ALPHABET[byte % ALPHABET.length];
      if (group.length === 5) {
        groups.push(group);
        group = '';
        if (groups.length === 4) break;
      }
    }
  }
  return groups.join('-');
}
