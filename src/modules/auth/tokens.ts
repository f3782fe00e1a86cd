import jwt from 'jsonwebtoken';

/** `ep`: the account's token epoch when signed; disabling the account bumps it (see StaffUserEntity.tokenEpoch). */
export type TokenClaims =
  | { readonly typ: 'staff'; readonly sub: string; readonly ep: number }
  | { readonly typ: 'nominee'; readonly sub: string; readonly inv: string; readonly via?: NomineeSessionVia };

/** What opened a nominee's session: absent, a questionnaire invitation; `discussion`, a discussion invitation's code. */
export type NomineeSessionVia = 'discussion';

const ISSUER = 'icc-vetting';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

export function signToken(claims: TokenClaims, secret: string, ttlSeconds: number): string {
  return jwt.sign(claims, secret, { algorithm: 'HS256', expiresIn: ttlSeconds, issuer: ISSUER });
}

/**
 * The claims of a valid, unexpired token signed with `secret`, or null. Identifiers must be uuids:
 * a signed token with a malformed subject is refused here, before it reaches a query.
 */
export function verifyToken(token: string, secret: string): TokenClaims | null {
  try {
    const payload = jwt.verify(token, secret, { algorithms: ['HS256'], issuer: ISSUER });
    if (typeof payload !== 'object' || payload === null) return null;
    const { typ, sub, inv, ep, via } = payload as Record<string, unknown>;
    if (typ === 'staff' && isUuid(sub) && Number.isSafeInteger(ep) && (ep as number) >= 0) {
      return { typ, sub, ep: ep as number };
    }
    if (typ === 'nominee' && isUuid(sub) && isUuid(inv)) {
      if (via === undefined) return { typ, sub, inv };
      if (via === 'discussion') return { typ, sub, inv, via };
    }
    return null;
  } catch {
    return null;
  }
}
