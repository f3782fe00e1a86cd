import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ElectionStatus, ElectionType, Gender, JudgeList, RegionalGroup } from '../../../common/domain.enums.js';
import { LocalDateScalar } from '../../../common/scalars/local-date.scalar.js';
import { Connection } from '../../../common/pagination/connection.js';
import type { ElectionEntity } from '../entities/election.entity.js';
import type { NominationExtensionEntity } from '../entities/nomination-extension.entity.js';
import type { SittingJudgeEntity } from '../entities/sitting-judge.entity.js';

@ObjectType('Election', { description: 'An election held by the Assembly of States Parties.' })
export class ElectionModel {
  @Field(() => ID)
  id: string;

  @Field(() => ElectionType)
  type: ElectionType;

  @Field()
  title: string;

  @Field({ description: 'The session of the Assembly that holds the vote.' })
  aspSession: string;

  @Field(() => Int, { description: 'Seats to fill.' })
  seats: number;

  @Field(() => LocalDateScalar, { nullable: true, description: 'First day of the term of those elected.' })
  termStartsOn: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day of the term of those elected.' })
  termEndsOn: string | null;

  @Field(() => LocalDateScalar)
  nominationOpensOn: string;

  @Field(() => LocalDateScalar, { description: 'Closing day in force, after any extensions.' })
  nominationClosesOn: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'First day of voting, when fixed.' })
  votingStartsOn: string | null;

  @Field(() => ElectionStatus)
  status: ElectionStatus;

  @Field(() => Int, { description: 'Changes on every edit; send it back with updateElection.' })
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

export const toElectionModel = (e: ElectionEntity): ElectionModel => ({
  id: e.id,
  type: e.type,
  title: e.title,
  aspSession: e.aspSession,
  seats: e.seats,
  termStartsOn: e.termStartsOn,
  termEndsOn: e.termEndsOn,
  nominationOpensOn: e.nominationOpensOn,
  nominationClosesOn: e.nominationClosesOn,
  votingStartsOn: e.votingStartsOn,
  status: e.status,
  version: e.version,
  createdAt: e.createdAt,
  updatedAt: e.updatedAt,
});

export const ElectionConnection = Connection(ElectionModel, 'Election');

@ObjectType('NominationExtension', { description: 'An extension of the nomination period, with its reason.' })
export class NominationExtensionModel {
  @Field(() => Int, { description: '1 for the first extension, 2 for the second...' })
  sequence: number;

  @Field(() => LocalDateScalar)
  previousClosesOn: string;

  @Field(() => LocalDateScalar)
  closesOn: string;

  @Field()
  reason: string;

  @Field(() => LocalDateScalar)
  decidedOn: string;
}

export const toNominationExtensionModel = (e: NominationExtensionEntity): NominationExtensionModel => ({
  sequence: e.sequence,
  previousClosesOn: e.previousClosesOn,
  closesOn: e.closesOn,
  reason: e.reason,
  decidedOn: e.decidedOn,
});

@ObjectType('SittingJudge', { description: 'A judge who stays in office through a judicial election.' })
export class SittingJudgeModel {
  @Field()
  fullName: string;

  @Field({ description: 'ISO 3166-1 alpha-2 code.' })
  nationality: string;

  @Field(() => Gender)
  gender: Gender;

  @Field(() => JudgeList)
  list: JudgeList;

  @Field(() => RegionalGroup)
  regionalGroup: RegionalGroup;

  @Field(() => LocalDateScalar, { nullable: true })
  termEndsOn: string | null;
}

export const toSittingJudgeModel = (e: SittingJudgeEntity): SittingJudgeModel => ({
  fullName: e.fullName,
  nationality: e.nationality,
  gender: e.gender,
  list: e.list,
  regionalGroup: e.regionalGroup,
  termEndsOn: e.termEndsOn,
});
