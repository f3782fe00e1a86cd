import { aboutRequest, errorFields } from './request-id.js';

describe('aboutRequest', () => {
  it("names the request and keeps an error's type, message, stack and code, not its other properties", () => {
    const failed = Object.assign(new Error('duplicate key value violates unique constraint'), {
      code: '23505',
      parameters: ['$argon2id$secret-hash', 'someone@example.org'],
      driverError: { detail: 'Key (email)=(someone@example.org) already exists.' },
    });
    const line = aboutRequest('req-0001', 'createStaffUser failed', failed);
    expect(line).toEqual({
      requestId: 'req-0001',
      msg: 'createStaffUser failed',
      error: {
        type: 'Error',
        message: 'duplicate key value violates unique constraint',
        stack: expect.stringContaining('duplicate key') as unknown,
        code: '23505',
      },
    });
    expect(JSON.stringify(line)).not.toMatch(/secret-hash|someone@example/);
  });

  it('keeps only the type of something thrown that is not an Error, and its text when it is one', () => {
    expect(errorFields({ token: 'secret' })).toEqual({ type: 'object', message: undefined });
    expect(errorFields('boom')).toEqual({ type: 'string', message: 'boom' });
    expect(aboutRequest(undefined, 'no request')).toEqual({ requestId: null, msg: 'no request' });
  });
});
