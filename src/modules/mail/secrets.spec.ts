import { plain, REDACTED, redactSecrets, revealSecrets, secret } from './secrets.js';

describe('secrets in queued mail', () => {
  it('are mailed in clear and kept only redacted', () => {
    const body = `Your code: ${secret('abc123')}\nVotre code : ${secret('abc123')}`;
    expect(revealSecrets(body)).toBe('Your code: abc123\nVotre code : abc123');
    expect(redactSecrets(body)).toBe(`Your code: ${REDACTED}\nVotre code : ${REDACTED}`);
    expect(redactSecrets(body)).not.toContain('abc123');
  });

  it('cannot be opened or closed by user text containing the marks', () => {
    const name = plain('Ann \u2045the first\u2046 \u2045Smith');
    const body = `Dear ${name},\nYour code: ${secret('abc123')}\nRegards, ${plain('\u2046 end')}`;
    expect(revealSecrets(body)).toBe('Dear Ann [the first] [Smith,\nYour code: abc123\nRegards, ] end');
    expect(redactSecrets(body)).toBe(`Dear Ann [the first] [Smith,\nYour code: ${REDACTED}\nRegards, ] end`);
  });
});
