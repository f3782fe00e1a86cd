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

/** Tells a loaded relation (an entity) from plain data such as a JSON column's value. */
export type IsEntity = (value: object) => boolean;

/** Without the data source's metadata: any class instance other than a Date counts as an entity. */
const classInstance: IsEntity = (value) => {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto !== Object.prototype && proto !== null && proto !== Array.prototype && !(value instanceof Date);
};

/**
 * The whole row for the log, JSON-safe: JSON columns (votes, outcome, answers...) recorded in full at
 * every depth, dates as ISO strings, secrets left out at every depth, loaded relations left out (each
 * is recorded as its own entity when it changes).
 */
export function snapshot(
  entity: object | null | undefined,
  isEntity: IsEntity = classInstance,
): Record<string, unknown> | null {
  if (!entity) return null;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entity)) {
    if (SECRET_KEYS.has(key) || value === undefined || isRelation(value, isEntity)) continue;
    // Fixed-width (char) columns come back padded.
    out[key] = typeof value === 'string' ? value.trimEnd() : jsonSafe(value);
  }
  return out;
}

function isRelation(value: unknown, isEntity: IsEntity): boolean {
  if (value === null || typeof value !== 'object' || value instanceof Date) return false;
  if (Array.isArray(value)) return value.length > 0 && value.every((v) => isRelation(v, isEntity));
  return isEntity(value);
}

function jsonSafe(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : jsonSafe(v)));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      if (!SECRET_KEYS.has(key) && v !== undefined) out[key] = jsonSafe(v);
    }
    return out;
  }
  return value;
}

const SECRET_KEYS = new Set(['passwordHash', 'tokenHash', 'password_hash', 'token_hash']);
