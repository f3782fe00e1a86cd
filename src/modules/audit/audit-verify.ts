import type { AuditService, ChainWalk } from './audit.service.js';

/** A digest kept outside the chain: entry number `count` exists and, when given, has hash `headHash`. */
export interface KeptDigest {
  readonly count: number;
  readonly headHash?: string;
  /** Where it comes from, for the message. */
  readonly source: string;
}

export interface VerifyExpectations {
  /** The chain has at least this many entries (`--expect-count`). */
  readonly expectCount?: number;
  /** Entry number `expectCount` has this hash; without a count, some entry has it (`--expect-head`). */
  readonly expectHead?: string;
}

export interface VerifyReport {
  readonly intact: boolean;
  readonly line: string;
  /** Entries verified (before the break, when broken). */
  readonly count: number;
  readonly headHash: string;
  readonly failure: VerifyFailure | null;
  /** The entry number where it fails (see Disagreement.at), null when intact or unknown. */
  readonly failedAt: string | null;
  /** How many digests kept elsewhere (published ones and the expectations given) it was checked against. */
  readonly keptDigests: number;
}

/** Why a chain fails verification. */
export type VerifyFailure = 'HASH_MISMATCH' | 'BROKEN_LINK' | 'TRUNCATED' | 'REWRITTEN';

export interface Disagreement {
  readonly reason: 'TRUNCATED' | 'REWRITTEN';
  /** The entry number it concerns: the first missing one, or the one with another hash; null when unknown. */
  readonly at: number | null;
  readonly line: string;
}

/**
 * The first way a verified chain disagrees with a digest kept elsewhere: fewer entries than it counted
 * (truncated), or another hash at its position (rewritten and re-hashed from there on).
 */
export function disagreement(walk: ChainWalk, kept: readonly KeptDigest[], lookedFor?: string): Disagreement | null {
  for (const digest of kept) {
    const hash = walk.hashAt.get(digest.count);
    if (hash === undefined) {
      return {
        reason: 'TRUNCATED',
        at: walk.count + 1,
        line: `TRUNCATED: ${digest.source} counts ${digest.count} entries, the chain has ${walk.count}`,
      };
    }
    if (digest.headHash !== undefined && digest.headHash !== hash) {
      return {
        reason: 'REWRITTEN',
        at: digest.count,
        line: `REWRITTEN: ${digest.source} gives entry ${digest.count} the hash ${digest.headHash}, the chain has ${hash}`,
      };
    }
  }
  if (lookedFor !== undefined && !walk.found) {
    return {
      reason: 'REWRITTEN',
      at: null,
      line: `REWRITTEN: no entry of the chain has the expected head ${lookedFor}`,
    };
  }
  return null;
}

/** What `npm run audit:verify` prints, and whether the chain is intact (the exit code). */
export async function auditVerifyReport(audit: AuditService, expect: VerifyExpectations = {}): Promise<VerifyReport> {
  const kept: KeptDigest[] = (await audit.publishedDigests()).map((d) => ({
    count: d.count,
    headHash: d.headHash,
    source: `the digest published at ${d.publishedAt.toISOString()}`,
  }));
  if (expect.expectCount !== undefined) {
    kept.push({
      count: expect.expectCount,
      headHash: expect.expectHead,
      source: expect.expectHead === undefined ? '--expect-count' : '--expect-count/--expect-head',
    });
  }
  const lookFor = expect.expectCount === undefined ? expect.expectHead : undefined;
  const walk = await audit.verify({ positions: kept.map((k) => k.count), lookFor });
  const { count, headHash } = walk;
  if (walk.broken) {
    const why =
      walk.broken.reason === 'HASH_MISMATCH'
        ? 'its content does not match its hash'
        : 'it does not link to the entry before it';
    return {
      intact: false,
      count,
      headHash,
      failure: walk.broken.reason,
      failedAt: walk.broken.seq,
      keptDigests: kept.length,
      line: `BROKEN at entry ${walk.broken.seq}: ${why} (${count} entries verified before it)`,
    };
  }
  const problem = disagreement(walk, kept, lookFor);
  if (problem) {
    return {
      intact: false,
      count,
      headHash,
      failure: problem.reason,
      failedAt: problem.at === null ? null : String(problem.at),
      keptDigests: kept.length,
      line: problem.line,
    };
  }
  const agrees = kept.length ? `; agrees with ${kept.length} kept digest${kept.length === 1 ? '' : 's'}` : '';
  return {
    intact: true,
    count,
    headHash,
    failure: null,
    failedAt: null,
    keptDigests: kept.length,
    line: `intact, ${count} entries, head ${headHash}${agrees}`,
  };
}
