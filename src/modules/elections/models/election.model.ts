import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ElectionStatus, ElectionType, Gender, JudgeList, RegionalGroup } from '../../../common/domain.enums.js';
import { LocalDateScalar } from '../../../common/scalars/local-date.scalar.js';
import { Connection } from '../../../common/pagination/connection.js';
import type { ElectionEntity } from '../entities/election.entity.js';
import type { NominationExtensionEntity } from '../entities/nomination-extension.entity.js';
import type { SittingJudgeEntity } from '../entities/sitting-judge.entity.js';

@ObjectType('RegionalSeats', { description: 'Seats an election puts up in one regional group.' })
export class RegionalSeatsModel {
  @Field(() => RegionalGroup, { description: 'The regional group.' })
  regionalGroup: RegionalGroup;

  @Field(() => Int, { description: 'Seats up in this group.' })
  seats: number;
}

@ObjectType('ProsecutorInOffice', { description: 'The Prosecutor in office during a Deputy Prosecutor election.' })
export class ProsecutorInOfficeModel {
  @Field({ description: 'Full name.' })
  fullName: string;

  @Field({ description: 'Nationality, ISO 3166-1 alpha-2.' })
  nationality: string;
}

@ObjectType('Election', { description: 'An election held by the Assembly of States Parties.' })
export class ElectionModel {
  @Field(() => ID, { description: "The election's id." })
  id: string;

  @Field(() => ElectionType, {
    description: 'What the Assembly elects: judges, the Prosecutor, Deputy Prosecutors, the TFV Board or the CBF.',
  })
  type: ElectionType;

  @Field({ description: "The election's title, as the Assembly names it." })
  title: string;

  @Field(() => String, {
    nullable: true,
    description: 'The title in French, where the Assembly gives one (nominees reading in French see it).',
  })
  titleFr: string | null;

  @Field({ description: 'The session of the Assembly that holds the vote.' })
  aspSession: string;

  @Field(() => Int, { description: 'Seats to fill.' })
  seats: number;

  @Field(() => LocalDateScalar, { nullable: true, description: 'First day of the term of those elected.' })
  termStartsOn: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day of the term of those elected.' })
  termEndsOn: string | null;

  @Field(() => LocalDateScalar, { description: 'First day on which States may nominate.' })
  nominationOpensOn: string;

  @Field(() => LocalDateScalar, { description: 'Closing day in force, after any extensions.' })
  nominationClosesOn: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'First day of voting, when fixed.' })
  votingStartsOn: string | null;

  @Field(() => ElectionStatus, {
    description:
      'Where the election stands: DRAFT (staff only), NOMINATIONS_OPEN, NOMINATIONS_CLOSED, VOTING, CONCLUDED.',
  })
  status: ElectionStatus;

  @Field(() => [RegionalSeatsModel], {
    nullable: true,
    description:
      'TFV Board and CBF: the seats up in each regional group (a by-election names only its seat). Null for other elections.',
  })
  regionalSeats: RegionalSeatsModel[] | null;

  @Field(() => ProsecutorInOfficeModel, {
    nullable: true,
    description:
      'Deputy Prosecutor elections: the Prosecutor in office, whose nationality no Deputy may share (art. 42(2)).',
  })
  prosecutorInOffice: ProsecutorInOfficeModel | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why an officer concluded the election while seats remained (postponed, resumed session...).',
  })
  conclusionReason: string | null;

  @Field(() => Int, { description: 'Changes on every edit; send it back with updateElection.' })
  version: number;

  @Field({ description: 'When the record was created.' })
  createdAt: Date;

  @Field({ description: 'When the record last changed.' })
  updatedAt: Date;
}

export const toElectionModel = (e: ElectionEntity): ElectionModel => ({
  id: e.id,
  type: e.type,
  title: e.title,
  titleFr: e.titleFr,
  aspSession: e.aspSession,
  seats: e.seats,
  termStartsOn: e.termStartsOn,
  termEndsOn: e.termEndsOn,
  nominationOpensOn: e.nominationOpensOn,
  nominationClosesOn: e.nominationClosesOn,
  votingStartsOn: e.votingStartsOn,
  status: e.status,
  regionalSeats: regionalSeatsOf(e),
  prosecutorInOffice:
    e.prosecutorName && e.prosecutorNationality
      ? { fullName: e.prosecutorName, nationality: e.prosecutorNationality.trim() }
      : null,
  conclusionReason: e.conclusionReason,
  version: e.version,
  createdAt: e.createdAt,
  updatedAt: e.updatedAt,
});

/** TFV: the stored seats, or one in each group; CBF: the stored seats; others: null. */
export function regionalSeatsOf(e: Pick<ElectionEntity, 'type' | 'regionalSeats'>): RegionalSeatsModel[] | null {
  if (e.type !== ElectionType.TFV_BOARD && e.type !== ElectionType.COMMITTEE_ON_BUDGET_AND_FINANCE) return null;
  const groups = Object.values(RegionalGroup);
  const seats =
    e.regionalSeats ?? (e.type === ElectionType.TFV_BOARD ? Object.fromEntries(groups.map((g) => [g, 1])) : {});
  return groups.flatMap((g) => ((seats[g] ?? 0) > 0 ? [{ regionalGroup: g, seats: seats[g] ?? 0 }] : []));
}

export const ElectionConnection = Connection(ElectionModel, 'Election');

@ObjectType('NominationExtension', { description: 'An extension of the nomination period, with its reason.' })
export class NominationExtensionModel {
  @Field(() => Int, { description: '1 for the first extension, 2 for the second...' })
  sequence: number;

  @Field(() => LocalDateScalar, { description: 'The closing day before this extension.' })
  previousClosesOn: string;

  @Field(() => LocalDateScalar, { description: 'The new closing day.' })
  closesOn: string;

  @Field({ description: 'Why the period was extended (e.g. too few candidates for a requirement).' })
  reason: string;

  @Field(() => LocalDateScalar, { description: 'The day the extension was decided.' })
  decidedOn: string;

  @Field({ description: 'Beyond the usual limits, by a decision of the Bureau (not counted toward them).' })
  exceptional: boolean;

  @Field(() => String, { nullable: true, description: 'The decision allowing an exceptional extension.' })
  decisionReference: string | null;
}

export const toNominationExtensionModel = (e: NominationExtensionEntity): NominationExtensionModel => ({
  sequence: e.sequence,
  previousClosesOn: e.previousClosesOn,
  closesOn: e.closesOn,
  reason: e.reason,
  decidedOn: e.decidedOn,
  exceptional: e.exceptional,
  decisionReference: e.decisionReference,
});

@ObjectType('SittingJudge', { description: 'A judge who stays in office through a judicial election.' })
export class SittingJudgeModel {
  @Field({ description: "The judge's full name." })
  fullName: string;

  @Field({ description: 'ISO 3166-1 alpha-2 code.' })
  nationality: string;

  @Field(() => Gender, { description: "The judge's gender, as the minimum voting requirements count it." })
  gender: Gender;

  @Field(() => JudgeList, { description: 'List A or B (art. 36(5)).' })
  list: JudgeList;

  @Field(() => RegionalGroup, { description: "The group of the judge's nationality, from the States table." })
  regionalGroup: RegionalGroup;

  @Field(() => LocalDateScalar, { description: "Last day of the judge's term, when known.", nullable: true })
  termEndsOn: string | null;
}

/** The judge with their nationality's State loaded (the regional group comes from it). */
export const toSittingJudgeModel = (
  e: SittingJudgeEntity & { nationalityState?: { regionalGroup: RegionalGroup } },
): SittingJudgeModel => {
  if (!e.nationalityState) throw new Error('sitting judge loaded without its State');
  return {
    fullName: e.fullName,
    nationality: e.nationality.trim(),
    gender: e.gender,
    list: e.list,
    regionalGroup: e.nationalityState.regionalGroup,
    termEndsOn: e.termEndsOn,
  };
};

@ObjectType('DeletedElection', {
  description: 'A DRAFT election deleted: gone from every read, kept in the audit log.',
})
export class DeletedElectionModel {
  @Field(() => ID, { description: 'The election that was deleted (no longer readable).' })
  id: string;

  @Field({ description: 'Its title, for the message that confirms it.' })
  title: string;
}
