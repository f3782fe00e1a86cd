import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from '../../../common/scalars/json.scalar.js';
import { Connection } from '../../../common/pagination/connection.js';
import type { AuditDigestEntity } from '../entities/audit-digest.entity.js';
import type { AuditEntryEntity } from '../entities/audit-entry.entity.js';

@ObjectType('AuditEntry', { description: 'One write, as the tamper-evident audit log recorded it (admins only).' })
export class AuditEntryModel {
  @Field(() => ID, { description: 'Position in the chain.' })
  seq: string;

  @Field()
  occurredAt: Date;

  @Field({ description: 'staff, nominee or system.' })
  actorKind: string;

  @Field(() => String, { nullable: true, description: 'Staff user id, candidacy id (nominee) or command name.' })
  actorId: string | null;

  @Field()
  operation: string;

  @Field()
  entityType: string;

  @Field()
  entityId: string;

  @Field(() => GraphQLJSONObject, { nullable: true })
  before: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  after: Record<string, unknown> | null;

  @Field(() => String, { nullable: true })
  requestId: string | null;

  @Field(() => String, { nullable: true })
  clientAddress: string | null;

  @Field()
  prevHash: string;

  @Field()
  hash: string;
}

export const toAuditEntryModel = (e: AuditEntryEntity): AuditEntryModel => ({
  seq: String(e.seq),
  occurredAt: e.occurredAt,
  actorKind: e.actorKind,
  actorId: e.actorId,
  operation: e.operation,
  entityType: e.entityType,
  entityId: e.entityId,
  before: e.before,
  after: e.after,
  requestId: e.requestId,
  clientAddress: e.clientAddress,
  prevHash: e.prevHash,
  hash: e.hash,
});

export const AuditEntryConnection = Connection(AuditEntryModel, 'AuditEntry');

@ObjectType('AuditDigest', {
  description: 'The size and head of the audit chain: keep a copy to prove later that history was not rewritten.',
})
export class AuditDigestModel {
  @Field(() => Int)
  count: number;

  @Field(() => String, { nullable: true, description: 'Position of the newest entry.' })
  headSeq: string | null;

  @Field({ description: 'SHA-256 of the newest entry (64 zeros while the log is empty).' })
  headHash: string;
}

@ObjectType('PublishedAuditDigest', {
  description:
    'A digest of the audit chain as published at a moment: entry number `count` had hash `headHash`. Keep copies: `npm run audit:verify` fails if the chain stops agreeing with any of them.',
})
export class PublishedAuditDigestModel {
  @Field(() => Int, { description: 'Entries in the chain when it was published.' })
  count: number;

  @Field({ description: 'SHA-256 of entry number `count`.' })
  headHash: string;

  @Field({ description: 'When it was published.' })
  publishedAt: Date;
}

export const toPublishedAuditDigestModel = (d: AuditDigestEntity): PublishedAuditDigestModel => ({
  count: d.count,
  headHash: d.headHash,
  publishedAt: d.publishedAt,
});

export const PublishedAuditDigestConnection = Connection(PublishedAuditDigestModel, 'PublishedAuditDigest');
