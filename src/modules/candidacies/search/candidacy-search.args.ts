import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CandidacyStatus, ElectionType, Gender, JudgeList, RegionalGroup } from '../../../common/domain.enums.js';
import { PageArgs } from '../../../common/pagination/connection.js';
import { NotBlank } from '../../../common/validation/not-blank.js';

const ISO2 = /^[A-Z]{2}$/;

@InputType({ description: 'Search across elections: every criterion given must hold.' })
export class CandidacySearchFilter {
  @Field({
    nullable: true,
    description: 'Part of the candidate\'s name, ignoring accents and case ("gonzalez" finds "González").',
  })
  @IsOptional()
  @IsString()
  @NotBlank(2)
  @MaxLength(200)
  name?: string;

  @Field({ nullable: true, description: "The candidate's nationality, ISO 3166-1 alpha-2." })
  @IsOptional()
  @Matches(ISO2, { message: 'nationality must be an ISO 3166-1 alpha-2 code in capitals' })
  nationality?: string;

  @Field({ nullable: true, description: 'The nominating State, ISO 3166-1 alpha-2.' })
  @IsOptional()
  @Matches(ISO2, { message: 'nominatingState must be an ISO 3166-1 alpha-2 code in capitals' })
  nominatingState?: string;

  @Field(() => RegionalGroup, { nullable: true, description: "The regional group of the candidate's nationality." })
  @IsOptional()
  @IsEnum(RegionalGroup)
  regionalGroup?: RegionalGroup;

  @Field(() => ElectionType, { nullable: true, description: 'The kind of election.' })
  @IsOptional()
  @IsEnum(ElectionType)
  electionType?: ElectionType;

  @Field(() => Int, { nullable: true, description: 'The year the nomination period opened.' })
  @IsOptional()
  @IsInt()
  @Min(2002)
  @Max(2200)
  year?: number;

  @Field(() => [CandidacyStatus], { nullable: true, description: 'Any of these statuses.' })
  @IsOptional()
  @ArrayMaxSize(4)
  @IsEnum(CandidacyStatus, { each: true })
  status?: CandidacyStatus[];

  @Field(() => JudgeList, { nullable: true, description: 'Judicial elections: list A or B.' })
  @IsOptional()
  @IsEnum(JudgeList)
  list?: JudgeList;

  @Field(() => Gender, { nullable: true, description: "The candidate's gender." })
  @IsOptional()
  @IsEnum(Gender)
  gender?: Gender;

  @Field({
    nullable: true,
    description: 'Only candidacies changed (or whose candidate changed) at or after this instant.',
  })
  @IsOptional()
  @IsDate()
  updatedSince?: Date;
}

@ArgsType()
export class CandidacySearchArgs extends PageArgs {
  @Field(() => CandidacySearchFilter, { nullable: true, description: 'What to look for; none: every candidacy.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CandidacySearchFilter)
  filter?: CandidacySearchFilter;
}

@ArgsType()
export class PeopleArgs extends PageArgs {
  @Field({ nullable: true, description: 'Part of the name, ignoring accents and case.' })
  @IsOptional()
  @IsString()
  @NotBlank(2)
  @MaxLength(200)
  search?: string;

  @Field({ nullable: true, description: 'Only people changed at or after this instant.' })
  @IsOptional()
  @IsDate()
  updatedSince?: Date;
}
