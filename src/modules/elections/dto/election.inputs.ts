import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ElectionStatus, ElectionType, Gender, JudgeList, RegionalGroup } from '../../../common/domain.enums.js';
import { DateField } from '../../../common/scalars/local-date.scalar.js';

@InputType({ description: 'A judge who stays in office through the election.' })
export class SittingJudgeInput {
  @Field()
  @IsString()
  @MinLength(1)
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

  @Field(() => RegionalGroup)
  @IsEnum(RegionalGroup)
  regionalGroup: RegionalGroup;

  @DateField({ nullable: true })
  termEndsOn?: string;
}

@InputType()
export class CreateElectionInput {
  @Field(() => ElectionType)
  @IsEnum(ElectionType)
  type: ElectionType;

  @Field()
  @IsString()
  @MinLength(3)
  @MaxLength(300)
  title: string;

  @Field({ description: 'The session of the Assembly that holds the vote, e.g. "24th session".' })
  @IsString()
  @MinLength(1)
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
  @MinLength(3)
  @MaxLength(300)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
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
  @MinLength(3)
  @MaxLength(2000)
  reason: string;

  @DateField({ nullable: true, description: 'When the extension was decided; default today.' })
  decidedOn?: string;
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
}
