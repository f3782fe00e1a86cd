import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '../../../common/scalars/local-date.scalar.js';
import { OutreachChannel } from '../advocacy.enums.js';
import type { OutreachRecordEntity } from '../entities/outreach-record.entity.js';

@ObjectType('OutreachRecord', {
  description:
    "The elections team's contact with a State Party about an election, and whether it nominated afterwards (staff only).",
})
export class OutreachRecordModel {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field(() => ID, { description: 'The election.' })
  electionId: string;

  @Field({ description: 'The State Party (ISO 3166-1 alpha-2).' })
  stateCode: string;

  @Field(() => LocalDateScalar, { description: 'The day of the contact.' })
  contactedOn: string;

  @Field(() => OutreachChannel, { description: 'How.' })
  channel: OutreachChannel;

  @Field(() => String, { nullable: true, description: 'What was said or sent.' })
  note: string | null;

  @Field(() => String, { nullable: true, description: 'What came of it.' })
  outcome: string | null;

  @Field({ description: 'True when the State nominated in this election on or after the day of the contact.' })
  nominatedAfterwards: boolean;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day of that nomination.' })
  nominatedOn: string | null;

  @Field({ description: 'When the record was made.' })
  createdAt: Date;

  @Field({ description: 'When it was last changed.' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Version, for optimistic locking.' })
  version: number;
}

export const toOutreachRecordModel = (e: OutreachRecordEntity, nominatedOn: string | null): OutreachRecordModel => ({
  id: e.id,
  electionId: e.electionId,
  stateCode: e.stateCode.trim(),
  contactedOn: e.contactedOn,
  channel: e.channel,
  note: e.note,
  outcome: e.outcome,
  nominatedAfterwards: nominatedOn !== null,
  nominatedOn,
  createdAt: e.createdAt,
  updatedAt: e.updatedAt,
  version: e.version,
});
