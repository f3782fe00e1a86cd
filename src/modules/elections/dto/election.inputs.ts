import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { NotBlank } from '../../../common/validation/not-blank.js';
import { ElectionStatus, ElectionType, Gender, JudgeList, RegionalGroup } from '../../../common/domain.enums.js';
import { DateField } from '../../../common/scalars/local-date.scalar.js';

@InputType({ description: 'A judge who stays in office through the election.' })
export class SittingJudgeInput {
  @Field()
  @IsString()
  @NotBlank()
  @MaxLength(200)
  fullName: string;

  @Field({ description: 'ISO 3166-1 alpha-2 code of the nationality.' })
  @Matches(/^[A-Z]{2}$/, { message: 'nationality must be an ISO 3166-1 alpha-2 code in capitals' })
  nationality: string;

  @Field(() => Gender)
  @IsEnum(Gender)
  gender: Gender;

  @Field(() => JudgeList)
  @IsEnum(JudgeList)
  list: JudgeList;

  @Field(() => RegionalGroup, {
    nullable: true,
    deprecationReason: 'Taken from the nationality (the States table); if given, it must agree with it.',
    description: "The group of the judge's nationality; refused if it disagrees with the States table.",
  })
  @IsOptional()
  @IsEnum(RegionalGroup)
  regionalGroup?: RegionalGroup;

  @DateField({ nullable: true })
  termEndsOn?: string;
}

@InputType({ description: 'The seats an election puts up in one regional group (TFV Board, CBF).' })
export class RegionalSeatInput {
  @Field(() => RegionalGroup, { description: 'The regional group.' })
  @IsEnum(RegionalGroup)
  regionalGroup: RegionalGroup;

  @Field(() => Int, {
    description: 'Seats up in this group: TFV at most 1; CBF at most the group’s seats (2, or 4 for WEOG).',
  })
  @IsInt()
  @Min(0)
  @Max(4)
  seats: number;
}

@InputType({ description: 'The Prosecutor in office, for a Deputy Prosecutor election (art. 42(2)).' })
export class ProsecutorInOfficeInput {
  @Field({ description: 'Full name.' })
  @IsString()
  @NotBlank(2)
  @MaxLength(200)
  fullName: string;

  @Field({ description: 'Nationality, ISO 3166-1 alpha-2: no Deputy may share it (art. 42(2)).' })
  @Matches(/^[A-Z]{2}$/, { message: 'nationality must be an ISO 3166-1 alpha-2 code in capitals' })
  nationality: string;
}

@InputType()
export class CreateElectionInput {
  @Field(() => ElectionType)
  @IsEnum(ElectionType)
  type: ElectionType;

  @Field()
  @IsString()
  @NotBlank(3)
  @MaxLength(300)
  title: string;

  @Field({ description: 'The session of the Assembly that holds the vote, e.g. "24th session".' })
  @IsString()
  @NotBlank()
  @MaxLength(100)
  aspSession: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Default: 6 judges, 1 Prosecutor, 2 Deputies, 5 TFV Board members.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  seats?: number;

  @DateField({ nullable: true })
  termStartsOn?: string;

  @DateField({ nullable: true })
  termEndsOn?: string;

  @DateField()
  nominationOpensOn: string;

  @DateField()
  nominationClosesOn: string;

  @DateField({ nullable: true })
  votingStartsOn?: string;

  @Field(() => [SittingJudgeInput], { nullable: true, description: 'Judicial elections only.' })
  @IsOptional()
  @ArrayMaxSize(18)
  @ValidateNested({ each: true })
  @Type(() => SittingJudgeInput)
  sittingJudges?: SittingJudgeInput[];

  @Field(() => [RegionalSeatInput], {
    nullable: true,
    description:
      'TFV Board and CBF: the seats up in each group (required for CBF; TFV default: one in each of the five). ' +
      'When seats is left out it is their total.',
  })
  @IsOptional()
  @ArrayMaxSize(5)
  @ArrayUnique((r: RegionalSeatInput) => r.regionalGroup)
  @ValidateNested({ each: true })
  @Type(() => RegionalSeatInput)
  regionalSeats?: RegionalSeatInput[];

  @Field(() => ProsecutorInOfficeInput, {
    nullable: true,
    description: 'Deputy Prosecutor elections: the Prosecutor in office (no Deputy may share their nationality).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProsecutorInOfficeInput)
  prosecutorInOffice?: ProsecutorInOfficeInput;
}

@InputType({ description: 'Fields left out stay as they are.' })
export class UpdateElectionInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you read: a stale one is refused as CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @NotBlank(3)
  @MaxLength(300)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @NotBlank()
  @MaxLength(100)
  aspSession?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  seats?: number;

  @DateField({ nullable: true })
  termStartsOn?: string;

  @DateField({ nullable: true })
  termEndsOn?: string;

  @DateField({ nullable: true })
  nominationOpensOn?: string;

  @DateField({
    nullable: true,
    description: 'Only while DRAFT; afterwards use extendNominationPeriod, which keeps the record.',
  })
  nominationClosesOn?: string;

  @DateField({ nullable: true })
  votingStartsOn?: string;

  @Field(() => ElectionStatus, { nullable: true, description: 'Moves one step forward at a time.' })
  @IsOptional()
  @IsEnum(ElectionStatus)
  status?: ElectionStatus;

  @Field(() => [SittingJudgeInput], { nullable: true, description: 'Replaces the whole list (judicial elections).' })
  @IsOptional()
  @ArrayMaxSize(18)
  @ValidateNested({ each: true })
  @Type(() => SittingJudgeInput)
  sittingJudges?: SittingJudgeInput[];

  @Field(() => [RegionalSeatInput], {
    nullable: true,
    description:
      'TFV Board and CBF: the seats up in each group (required for CBF; TFV default: one in each of the five). ' +
      'Replaces them all; seats must equal their total.',
  })
  @IsOptional()
  @ArrayMaxSize(5)
  @ArrayUnique((r: RegionalSeatInput) => r.regionalGroup)
  @ValidateNested({ each: true })
  @Type(() => RegionalSeatInput)
  regionalSeats?: RegionalSeatInput[];

  @Field(() => ProsecutorInOfficeInput, {
    nullable: true,
    description: 'Deputy Prosecutor elections: the Prosecutor in office (no Deputy may share their nationality).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProsecutorInOfficeInput)
  prosecutorInOffice?: ProsecutorInOfficeInput;

  @Field({
    nullable: true,
    description:
      'Moving a VOTING election to CONCLUDED while seats remain (postponed, to a resumed session): why. Kept and shown.',
  })
  @IsOptional()
  @IsString()
  @NotBlank(3)
  @MaxLength(2000)
  conclusionReason?: string;

  @Field({
    nullable: true,
    description:
      'Moving to NOMINATIONS_CLOSED before the nomination period ends: why (refused as NOMINATIONS_CLOSED_EARLY without it). Kept in the audit log.',
  })
  @IsOptional()
  @IsString()
  @NotBlank(3)
  @MaxLength(2000)
  earlyClosingReason?: string;
}

@InputType()
export class ExtendNominationPeriodInput {
  @Field(() => ID)
  @IsUUID()
  electionId: string;

  @DateField({ description: 'The new closing day.' })
  closesOn: string;

  @Field()
  @IsString()
  @NotBlank(3)
  @MaxLength(2000)
  reason: string;

  @DateField({ nullable: true, description: 'When the extension was decided; default today.' })
  decidedOn?: string;

  @Field({
    nullable: true,
    description:
      'Beyond the usual two weeks (and not counted toward the three), by a decision of the Bureau: decisionReference is then required.',
  })
  @IsOptional()
  @IsBoolean()
  exceptional?: boolean;

  @Field({
    nullable: true,
    description: 'The Bureau decision allowing an exceptional extension, e.g. its document symbol.',
  })
  @IsOptional()
  @IsString()
  @NotBlank(2)
  @MaxLength(500)
  decisionReference?: string;
}

@InputType()
export class ElectionFilter {
  @Field(() => ElectionType, { nullable: true })
  @IsOptional()
  @IsEnum(ElectionType)
  type?: ElectionType;

  @Field(() => [ElectionStatus], { nullable: true })
  @IsOptional()
  @IsEnum(ElectionStatus, { each: true })
  @ArrayMaxSize(5)
  status?: ElectionStatus[];

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  aspSession?: string;

  @Field(() => Int, { nullable: true, description: 'Elections whose nomination period opens in this year.' })
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(2200)
  year?: number;
}
