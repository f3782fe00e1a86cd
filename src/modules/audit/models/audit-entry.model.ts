import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSONObject } from '../../../common/scalars/json.scalar.js';
import { Connection } from '../../../common/pagination/connection.js';
import type { AuditDigestEntity } from '../entities/audit-digest.entity.js';
import type { AuditEntryEntity } from '../entities/audit-entry.entity.js';

/** Who wrote an entry; stored as the lower-case value. */
export enum AuditActorKind {
  STAFF = 'staff',
  NOMINEE = 'nominee',
  SYSTEM = 'system',
}

registerEnumType(AuditActorKind, {
  name: 'AuditActorKind',
  description: 'Who made a write.',
  valuesMap: {
    STAFF: { description: 'A signed-in staff account (actorId: its id).' },
    NOMINEE: { description: 'A nominee in an invitation session (actorId: the candidacy id).' },
    SYSTEM: { description: 'The platform itself or a command-line task (actorId: its name).' },
  },
});

@ObjectType('AuditEntry', { description: 'One write, as the tamper-evident audit log recorded it (admins only).' })
export class AuditEntryModel {
  @Field(() => ID, { description: 'Position in the chain.' })
  seq: string;

  @Field({ description: 'When the write committed its transaction.' })
  occurredAt: Date;

  @Field(() => AuditActorKind, { description: 'Who made the write.' })
  actorKind: AuditActorKind;

  @Field(() => String, { nullable: true, description: 'Staff user id, candidacy id (nominee) or command name.' })
  actorId: string | null;

  @Field({ description: 'The operation that wrote, e.g. nominateCandidate or withdrawCandidacy.' })
  operation: string;

  @Field({ description: 'The kind of record written, e.g. Election, Candidacy, Person, Response.' })
  entityType: string;

  @Field({ description: 'The id of the record written.' })
  entityId: string;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'The whole row before the write (null for a creation); password and token hashes left out.',
  })
  before: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'The whole row after the write (null for a deletion); password and token hashes left out.',
  })
  after: Record<string, unknown> | null;

  @Field(() => String, {
    nullable: true,
    description: 'The request that wrote (X-Request-Id, or one the server made): the same id is in the logs.',
  })
  requestId: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The client address of that request (behind a proxy: as TRUST_PROXY allows).',
  })
  clientAddress: string | null;

  @Field({ description: 'SHA-256 of the entry before this one: the link of the chain.' })
  prevHash: string;

  @Field({ description: 'SHA-256 of this entry, its content and prevHash: recomputed by npm run audit:verify.' })
  hash: string;
}

export const toAuditEntryModel = (e: AuditEntryEntity): AuditEntryModel => ({
  seq: String(e.seq),
  occurredAt: e.occurredAt,
  actorKind: e.actorKind as AuditActorKind,
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
  @Field(() => Int, { description: 'Entries in the chain.' })
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
