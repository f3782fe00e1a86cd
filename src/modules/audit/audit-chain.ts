import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainContent {
  readonly seq: string;
  readonly occurredAt: string;
  readonly actorKind: string;
  readonly actorId: string | null;
  readonly operation: string;
  readonly entityType: string;
  readonly entityId: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly requestId: string | null;
  readonly clientAddress: string | null;
  readonly prevHash: string;
}

/** JSON with object keys sorted at every depth: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function entryHash(content: ChainContent): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

export interface ChainBreak {
  readonly seq: string;
  readonly reason: 'HASH_MISMATCH' | 'BROKEN_LINK';
}

/** Checks a run of entries (in chain order) that follows `previousHash`; returns the first break. */
export function verifyRun(
  entries: readonly (ChainContent & { hash: string })[],
  previousHash: string,
): ChainBreak | null {
  let prev = previousHash;
  for (const entry of entries) {
    if (entry.prevHash !== prev) return { seq: entry.seq, reason: 'BROKEN_LINK' };
    const { hash, ...content } = entry;
    if (entryHash(content) !== hash) return { seq: entry.seq, reason: 'HASH_MISMATCH' };
    prev = hash;
  }
  return null;
}

/** A plain, JSON-safe copy of an entity for the log: dates as ISO strings, secrets left out. */
export function snapshot(entity: object | null | undefined): Record<string, unknown> | null {
  if (!entity) return null;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entity)) {
    if (SECRET_KEYS.has(key) || value === undefined) continue;
    if (value instanceof Date) out[key] = value.toISOString();
    else if (value !== null && typeof value === 'object' && !Array.isArray(value))
      continue; // relations
    else out[key] = typeof value === 'string' ? value.trimEnd() : value;
  }
  return out;
}

const SECRET_KEYS = new Set(['passwordHash', 'tokenHash']);
