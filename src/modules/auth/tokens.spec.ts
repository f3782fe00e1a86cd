import jwt from 'jsonwebtoken';
import { signToken, verifyToken } from './tokens.js';

const secret = 's'.repeat(40);

describe('tokens', () => {
  it('round-trips staff claims', () => {
    const token = signToken({ typ: 'staff', sub: 'u1' }, secret, 60);
    expect(verifyToken(token, secret)).toEqual({ typ: 'staff', sub: 'u1' });
  });

  it('refuses another secret, an expired token, an unsigned token and junk', () => {
    const token = signToken({ typ: 'staff', sub: 'u1' }, secret, 60);
    expect(verifyToken(token, 'o'.repeat(40))).toBeNull();
    const expired = jwt.sign({ typ: 'staff', sub: 'u1', exp: Math.floor(Date.now() / 1000) - 10 }, secret, {
      issuer: 'icc-vetting',
    });
    expect(verifyToken(expired, secret)).toBeNull();
    const none = jwt.sign({ typ: 'staff', sub: 'u1' }, '', { algorithm: 'none', issuer: 'icc-vetting' });
    expect(verifyToken(none, secret)).toBeNull();
    expect(verifyToken('junk', secret)).toBeNull();
  });

  it('refuses a token whose claims have the wrong shape', () => {
    const token = jwt.sign({ typ: 'root', sub: 1 }, secret, { issuer: 'icc-vetting' });
    expect(verifyToken(token, secret)).toBeNull();
  });
});
