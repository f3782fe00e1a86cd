import jwt from 'jsonwebtoken';

export type TokenClaims =
  | { readonly typ: 'staff'; readonly sub: string }
  | { readonly typ: 'nominee'; readonly sub: string; readonly inv: string };

const ISSUER = 'icc-vetting';

export function signToken(claims: TokenClaims, secret: string, ttlSeconds: number): string {
  return jwt.sign(claims, secret, { algorithm: 'HS256', expiresIn: ttlSeconds, issuer: ISSUER });
}

/** The claims of a valid, unexpired token signed with `secret`, or null. */
export function verifyToken(token: string, secret: string): TokenClaims | null {
  try {
    const payload = jwt.verify(token, secret, { algorithms: ['HS256'], issuer: ISSUER });
    if (typeof payload !== 'object' || payload === null) return null;
    const { typ, sub, inv } = payload as Record<string, unknown>;
    if (typ === 'staff' && typeof sub === 'string') return { typ, sub };
    if (typ === 'nominee' && typeof sub === 'string' && typeof inv === 'string') return { typ, sub, inv };
    return null;
  } catch {
    return null;
  }
}
