import { REDACTED, redactSecrets, revealSecrets, secret } from './secrets.js';

describe('secrets in queued mail', () => {
  it('are mailed in clear and kept only redacted', () => {
    const body = `Your code: ${secret('abc123')}\nVotre code : ${secret('abc123')}`;
    expect(revealSecrets(body)).toBe('Your code: abc123\nVotre code : abc123');
    expect(redactSecrets(body)).toBe(`Your code: ${REDACTED}\nVotre code : ${REDACTED}`);
    expect(redactSecrets(body)).not.toContain('abc123');
  });
});
