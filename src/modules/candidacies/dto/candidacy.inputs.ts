import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEmail,
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
import {
  CandidacyStatus,
  Gender,
  JudgeList,
  NominationProcedure,
  RegionalGroup,
} from '../../../common/domain.enums.js';
import { DateField } from '../../../common/scalars/local-date.scalar.js';

export const ISO2 = /^[A-Z]{2}$/;
const ISO2_MESSAGE = 'must be an ISO 3166-1 alpha-2 code in capitals';

@InputType({ description: 'A new nominee.' })
export class PersonInput {
  @Field({ description: "The candidate's full name." })
  @IsString()
  @NotBlank(2)
  @MaxLength(200)
  fullName: string;

  @Field(() => Gender, { description: 'Gender, as the minimum voting requirements count it.' })
  @IsEnum(Gender)
  gender: Gender;

  @Field({ description: 'Nationality for the purposes of the Statute, ISO 3166-1 alpha-2.' })
  @Matches(ISO2, { message: `nationality ${ISO2_MESSAGE}` })
  nationality: string;

  @Field(() => [String], {
    description:
      'Other nationalities held, ISO 3166-1 alpha-2 (art. 36(7) looks at the nationality for the purposes of the Statute).',
    nullable: true,
  })
  @IsOptional()
  @ArrayMaxSize(10)
  @Matches(ISO2, { each: true, message: `otherNationalities ${ISO2_MESSAGE}` })
  otherNationalities?: string[];

  @Field(() => [String], { nullable: true, description: 'ISO 639-1 codes, e.g. en, fr, es.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(/^[a-z]{2}$/, { each: true, message: 'languages must be ISO 639-1 codes in lower case' })
  languages?: string[];

  @Field({ description: 'Public biography.', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  biography?: string;

  @Field({ nullable: true, description: 'Private: where questionnaires are sent. Never public.' })
  @IsOptional()
  @IsEmail()
  @MaxLength(320)
  contactEmail?: string;
}

@InputType({ description: 'A nomination: an existing person (`personId`) or a new one (`person`), in one election.' })
export class NominateCandidateInput {
  @Field(() => ID, { description: 'The election.' })
  @IsUUID()
  electionId: string;

  @Field(() => ID, { nullable: true, description: 'An existing person (one record across elections)...' })
  @IsOptional()
  @IsUUID()
  personId?: string;

  @Field(() => PersonInput, { nullable: true, description: '...or a new one: exactly one of the two.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PersonInput)
  person?: PersonInput;

  @Field({
    nullable: true,
    description:
      'The nominating State, ISO 3166-1 alpha-2: required, except for Deputy Prosecutors (nominated by the Prosecutor, art. 42(4)).',
  })
  @IsOptional()
  @Matches(ISO2, { message: `nominatingState ${ISO2_MESSAGE}` })
  nominatingState?: string;

  @Field(() => JudgeList, { nullable: true, description: 'Judicial elections: required.' })
  @IsOptional()
  @IsEnum(JudgeList)
  list?: JudgeList;

  @Field(() => NominationProcedure, { nullable: true, description: 'Judicial elections: required.' })
  @IsOptional()
  @IsEnum(NominationProcedure)
  nominationProcedure?: NominationProcedure;

  @Field(() => Int, { nullable: true, description: 'Deputy Prosecutor elections: the post (1, 2...).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  post?: number;

  @DateField({ nullable: true, description: 'Day the nomination was made; default today (UTC).' })
  nominatedOn?: string;
}

@InputType({ description: 'The withdrawal of a candidacy, with its reason.' })
export class WithdrawCandidacyInput {
  @Field(() => ID, { description: 'The candidacy.' })
  @IsUUID()
  id: string;

  @Field({ description: 'Why, as announced (public).' })
  @IsString()
  @NotBlank(3)
  @MaxLength(2000)
  reason: string;

  @DateField({ nullable: true, description: 'Default today (UTC).' })
  withdrawnOn?: string;
}

@InputType({ description: 'Which candidacies of an election to list: every criterion given must hold.' })
export class CandidacyFilter {
  @Field(() => [CandidacyStatus], { description: 'Only these statuses.', nullable: true })
  @IsOptional()
  @ArrayMaxSize(4)
  @IsEnum(CandidacyStatus, { each: true })
  status?: CandidacyStatus[];

  @Field(() => JudgeList, { description: 'Only this list (judicial elections).', nullable: true })
  @IsOptional()
  @IsEnum(JudgeList)
  list?: JudgeList;

  @Field(() => Gender, { description: 'Only candidates of this gender.', nullable: true })
  @IsOptional()
  @IsEnum(Gender)
  gender?: Gender;

  @Field(() => RegionalGroup, { nullable: true, description: "The regional group of the candidate's nationality." })
  @IsOptional()
  @IsEnum(RegionalGroup)
  regionalGroup?: RegionalGroup;

  @Field({ nullable: true, description: 'ISO 3166-1 alpha-2 code of the nominating State.' })
  @IsOptional()
  @Matches(ISO2, { message: `nominatingState ${ISO2_MESSAGE}` })
  nominatingState?: string;
}
