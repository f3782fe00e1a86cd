import jwt from 'jsonwebtoken';
import { signToken, verifyToken } from './tokens.js';

const secret = 's'.repeat(40);
const USER = '0b5b2c1e-6f0a-4c3e-9d7e-2a1b3c4d5e6f';
const INVITATION = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

describe('tokens', () => {
  it('round-trips staff and nominee claims', () => {
    const token = signToken({ typ: 'staff', sub: USER, ep: 2 }, secret, 60);
    expect(verifyToken(token, secret)).toEqual({ typ: 'staff', sub: USER, ep: 2 });
    const nominee = signToken({ typ: 'nominee', sub: USER, inv: INVITATION }, secret, 60);
    expect(verifyToken(nominee, secret)).toEqual({ typ: 'nominee', sub: USER, inv: INVITATION });
    const viaDiscussion = signToken({ typ: 'nominee', sub: USER, inv: INVITATION, via: 'discussion' }, secret, 60);
    expect(verifyToken(viaDiscussion, secret)).toEqual({
      typ: 'nominee',
      sub: USER,
      inv: INVITATION,
      via: 'discussion',
    });
  });

  it('refuses another secret, an expired token, an unsigned token and junk', () => {
    const token = signToken({ typ: 'staff', sub: USER, ep: 0 }, secret, 60);
    expect(verifyToken(token, 'o'.repeat(40))).toBeNull();
    const expired = jwt.sign({ typ: 'staff', sub: USER, ep: 0, exp: Math.floor(Date.now() / 1000) - 10 }, secret, {
      issuer: 'icc-vetting',
    });
    expect(verifyToken(expired, secret)).toBeNull();
    const none = jwt.sign({ typ: 'staff', sub: USER, ep: 0 }, '', { algorithm: 'none', issuer: 'icc-vetting' });
    expect(verifyToken(none, secret)).toBeNull();
    expect(verifyToken('junk', secret)).toBeNull();
  });

  it('refuses a token whose claims have the wrong shape', () => {
    const token = jwt.sign({ typ: 'root', sub: 1 }, secret, { issuer: 'icc-vetting' });
    expect(verifyToken(token, secret)).toBeNull();
  });

  it.each([
    ['a subject that is not a uuid', { typ: 'staff', sub: 'not-a-uuid', ep: 0 }],
    ['no subject', { typ: 'staff', ep: 0 }],
    ['a uuid with trailing text', { typ: 'staff', sub: `${USER}'--`, ep: 0 }],
    ['no epoch (a token from before epochs)', { typ: 'staff', sub: USER }],
    ['a negative epoch', { typ: 'staff', sub: USER, ep: -1 }],
    ['a fractional epoch', { typ: 'staff', sub: USER, ep: 1.5 }],
    ['an epoch as text', { typ: 'staff', sub: USER, ep: '0' }],
    ['a nominee subject that is not a uuid', { typ: 'nominee', sub: 'x', inv: INVITATION }],
    ['a nominee invitation that is not a uuid', { typ: 'nominee', sub: USER, inv: 'x' }],
    ['a nominee session opened by something unknown', { typ: 'nominee', sub: USER, inv: INVITATION, via: 'ballot' }],
  ])('refuses a signed token with %s', (_label, claims) => {
    expect(verifyToken(jwt.sign(claims, secret, { issuer: 'icc-vetting' }), secret)).toBeNull();
  });
});
