import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { VerifyFailure, VerifyReport } from '../audit-verify.js';

/** Why the audit chain failed verification (the same verdicts as `npm run audit:verify`). */
export enum AuditChainFailure {
  HASH_MISMATCH = 'HASH_MISMATCH',
  BROKEN_LINK = 'BROKEN_LINK',
  TRUNCATED = 'TRUNCATED',
  REWRITTEN = 'REWRITTEN',
}

registerEnumType(AuditChainFailure, {
  name: 'AuditChainFailure',
  description: 'Why the audit chain failed verification.',
  valuesMap: {
    HASH_MISMATCH: {
      description: "An entry's content no longer matches its hash: it was changed after it was written.",
    },
    BROKEN_LINK: { description: 'An entry does not link to the one before it: an entry was removed or re-hashed.' },
    TRUNCATED: { description: 'The chain has fewer entries than a published digest counted: the newest were removed.' },
    REWRITTEN: {
      description: 'An entry has another hash than a published digest gave it: history was rewritten and re-hashed.',
    },
  },
});

@ObjectType('AuditChainVerification', {
  description:
    'The verdict of walking the whole audit chain and comparing it with every published digest, as `npm run audit:verify` does.',
})
export class AuditChainVerificationModel {
  @Field({ description: 'Whether every entry matches its hash, links to the one before, and agrees with the digests.' })
  intact: boolean;

  @Field(() => Int, { description: 'Entries verified (when broken: those before the first broken entry).' })
  count: number;

  @Field({ description: 'SHA-256 of the last entry verified.' })
  headHash: string;

  @Field(() => AuditChainFailure, { nullable: true, description: 'Why it failed; null when intact.' })
  failure: AuditChainFailure | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The entry where it fails: the first broken entry, the first missing one (truncated), or the one a digest disagrees about (rewritten).',
  })
  failedAtSeq: string | null;

  @Field(() => Int, { description: 'How many published digests the chain was compared with.' })
  publishedDigests: number;

  @Field({ description: 'When the verification ran.' })
  verifiedAt: Date;
}

export const toAuditChainVerificationModel = (report: VerifyReport, verifiedAt: Date): AuditChainVerificationModel => ({
  intact: report.intact,
  count: report.count,
  headHash: report.headHash,
  failure: report.failure === null ? null : AuditChainFailure[report.failure satisfies VerifyFailure],
  failedAtSeq: report.failedAt,
  publishedDigests: report.keptDigests,
  verifiedAt,
});
