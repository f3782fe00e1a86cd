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
  @Field({ description: "The judge's full name." })
  @IsString()
  @NotBlank()
  @MaxLength(200)
  fullName: string;

  @Field({ description: 'ISO 3166-1 alpha-2 code of the nationality.' })
  @Matches(/^[A-Z]{2}$/, { message: 'nationality must be an ISO 3166-1 alpha-2 code in capitals' })
  nationality: string;

  @Field(() => Gender, { description: "The judge's gender." })
  @IsEnum(Gender)
  gender: Gender;

  @Field(() => JudgeList, { description: 'List A or B (art. 36(5)).' })
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

  @DateField({ description: "Last day of the judge's term.", nullable: true })
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

@InputType({ description: 'A new election, created as a DRAFT.' })
export class CreateElectionInput {
  @Field(() => ElectionType, { description: 'What the Assembly elects.' })
  @IsEnum(ElectionType)
  type: ElectionType;

  @Field({ description: "The election's title." })
  @IsString()
  @NotBlank(3)
  @MaxLength(300)
  title: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The title in French, where the Assembly gives one: nominees reading in French see it (else the title).',
  })
  @IsOptional()
  @IsString()
  @NotBlank(3)
  @MaxLength(300)
  titleFr?: string | null;

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

  @DateField({ description: 'First day of the term of those elected.', nullable: true })
  termStartsOn?: string;

  @DateField({ description: 'Last day of the term of those elected.', nullable: true })
  termEndsOn?: string;

  @DateField({ description: 'First day of the nomination period.' })
  nominationOpensOn: string;

  @DateField({ description: 'Last day of the nomination period (extensions come later).' })
  nominationClosesOn: string;

  @DateField({ description: 'First day of voting, when fixed.', nullable: true })
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
  @Field(() => ID, { description: 'The election.' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you read: a stale one is refused as CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({ description: 'New title.', nullable: true })
  @IsOptional()
  @IsString()
  @NotBlank(3)
  @MaxLength(300)
  title?: string;

  @Field(() => String, { description: 'New title in French; null removes it.', nullable: true })
  @IsOptional()
  @IsString()
  @NotBlank(3)
  @MaxLength(300)
  titleFr?: string | null;

  @Field({ description: 'New session of the Assembly.', nullable: true })
  @IsOptional()
  @IsString()
  @NotBlank()
  @MaxLength(100)
  aspSession?: string;

  @Field(() => Int, { description: 'New number of seats.', nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  seats?: number;

  @DateField({ description: 'New first day of the term.', nullable: true })
  termStartsOn?: string;

  @DateField({ description: 'New last day of the term.', nullable: true })
  termEndsOn?: string;

  @DateField({ description: 'New first day of nominations.', nullable: true })
  nominationOpensOn?: string;

  @DateField({
    nullable: true,
    description: 'Only while DRAFT; afterwards use extendNominationPeriod, which keeps the record.',
  })
  nominationClosesOn?: string;

  @DateField({ description: 'First day of voting.', nullable: true })
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

@InputType({ description: 'A DRAFT election to delete, with the version you read.' })
export class DeleteElectionInput {
  @Field(() => ID, { description: 'The election.' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you read: a stale one is refused as CONFLICT.' })
  @IsInt()
  @Min(1)
  version: number;
}

@InputType({ description: "An extension of an election's nomination period." })
export class ExtendNominationPeriodInput {
  @Field(() => ID, { description: 'The election.' })
  @IsUUID()
  electionId: string;

  @DateField({ description: 'The new closing day.' })
  closesOn: string;

  @Field({ description: 'Why it is extended (published with the extension).' })
  @IsString()
  @NotBlank(3)
  @MaxLength(2000)
  reason: string;

  @DateField({ nullable: true, description: 'When the extension was decided; default today (UTC).' })
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

@InputType({ description: 'Which elections to list: every criterion given must hold.' })
export class ElectionFilter {
  @Field(() => ElectionType, { description: 'Only elections of this type.', nullable: true })
  @IsOptional()
  @IsEnum(ElectionType)
  type?: ElectionType;

  @Field(() => [ElectionStatus], {
    description: 'Only elections in one of these statuses (observers never see DRAFT).',
    nullable: true,
  })
  @IsOptional()
  @IsEnum(ElectionStatus, { each: true })
  @ArrayMaxSize(5)
  status?: ElectionStatus[];

  @Field({ description: 'Only elections held at this session of the Assembly.', nullable: true })
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
