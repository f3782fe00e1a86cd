import { isIP } from 'node:net';

/**
 * Which proxies may tell us the client's address (`X-Forwarded-For`), in a form express's
 * `trust proxy` setting accepts: `false` (trust none: the address is the socket's), a number of
 * hops, or a list of addresses, CIDR ranges and express's names for ranges.
 */
export type TrustProxy = false | number | readonly string[];

const RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrRange(entry: string): boolean {
  if (RANGE_NAMES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * Parses TRUST_PROXY; returns an error message for a value it refuses. `true` (trust every hop) is
 * refused: it lets any client choose the address it is counted and audited under.
 */
export function parseTrustProxy(raw: string | undefined): TrustProxy | { error: string } {
  const value = raw?.trim().toLowerCase();
  if (value === undefined || value === '' || value === 'none' || value === 'false') return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return hops <= 10 ? (hops === 0 ? false : hops) : { error: `must be at most 10 hops, got ${hops}` };
  }
  if (value === 'true') {
    return { error: 'must name the proxies (a number of hops, or their addresses), not trust every hop ("true")' };
  }
  const entries = value.split(',').map((e) => e.trim());
  const bad = entries.filter((e) => !isAddressOrRange(e));
  if (bad.length > 0) {
    return {
      error:
        `must be "none", a number of hops, or a comma-separated list of addresses, CIDR ranges, ` +
        `"loopback", "linklocal" or "uniquelocal"; not understood: ${bad.map((b) => `"${b}"`).join(', ')}`,
    };
  }
  return entries;
}
