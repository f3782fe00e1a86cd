import { generatePassword, MIN_PASSWORD_LENGTH } from './password.js';
import { MIN_PASSWORD_LENGTH as API_MINIMUM } from '../../../../src/modules/auth/password.js';

describe('a generated initial password', () => {
  it('is long enough for the API, without look-alike characters, and different each time', () => {
    expect(MIN_PASSWORD_LENGTH).toBe(API_MINIMUM);
    const seen = new Set<string>();
    for (let i = 0; i < 200; i += 1) {
      const password = generatePassword();
      expect(password).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{5}(-[a-km-zA-HJ-NP-Z2-9]{5}){3}$/);
      expect(password.length).toBeGreaterThanOrEqual(MIN_PASSWORD_LENGTH);
      seen.add(password);
    }
    expect(seen.size).toBe(200);
  });

  it('skips the bytes that would make some characters likelier', () => {
    // 56 characters: bytes from 224 up are thrown away; byte 0 is 'a'.
    const bytes = (size: number) => new Uint8Array(size).map((_, i) => (i % 2 === 0 ? 250 : 0));
    expect(generatePassword(bytes)).toBe('aaaaa-aaaaa-aaaaa-aaaaa');
  });
});
