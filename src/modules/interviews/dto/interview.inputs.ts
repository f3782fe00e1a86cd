import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsDate,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { NotBlank } from '../../../common/validation/not-blank.js';
import { InterviewMode, InterviewStatus } from '../interviews.enums.js';

@InputType({ description: 'An interview to schedule.' })
export class ScheduleInterviewInput {
  @Field(() => ID, { description: 'The panel.' })
  @IsUUID()
  panelId: string;

  @Field(() => ID, { description: 'The candidacy; its election must be covered by the panel.' })
  @IsUUID()
  candidacyId: string;

  @Field({ description: 'When.' })
  @IsDate()
  scheduledAt: Date;

  @Field(() => InterviewMode, { description: 'How.' })
  @IsEnum(InterviewMode)
  mode: InterviewMode;
}

@InputType({ description: 'An interview that will not be held.' })
export class CancelInterviewInput {
  @Field(() => ID, { description: 'The interview.' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version read.' })
  @IsInt()
  version: number;

  @Field(() => InterviewStatus, { description: 'CANCELLED or DECLINED_BY_NOMINEE.' })
  @IsIn([InterviewStatus.CANCELLED, InterviewStatus.DECLINED_BY_NOMINEE], {
    message: 'status must be CANCELLED or DECLINED_BY_NOMINEE',
  })
  status: InterviewStatus;
}

@InputType({ description: 'The record of a held interview.' })
export class RecordInterviewInput {
  @Field(() => ID, { description: 'The interview.' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version read.' })
  @IsInt()
  version: number;

  @Field({ description: 'When it was held.' })
  @IsDate()
  heldAt: Date;

  @Field(() => Int, { description: 'Length in minutes.' })
  @IsInt()
  @Min(1)
  @Max(1440)
  durationMinutes: number;

  @Field(() => [ID], { description: 'The panel members present.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  membersPresent: string[];

  @Field({ description: 'Summary for the public, shown once published.' })
  @IsString()
  @NotBlank(3)
  @MaxLength(20_000)
  publicSummary: string;

  @Field({ nullable: true, description: 'Private notes: never published.' })
  @IsOptional()
  @IsString()
  @MaxLength(50_000)
  privateNotes?: string;
}

@InputType({ description: 'A rating on one criterion with a short reasoning.' })
export class CriterionScoreInput {
  @Field({ description: 'The rubric criterion key.' })
  @IsString()
  @MaxLength(64)
  criterionKey: string;

  @Field({ description: "A rating from the criterion's scale." })
  @IsString()
  @MaxLength(64)
  rating: string;

  @Field({ description: 'Short reasoning.' })
  @IsString()
  @NotBlank(3)
  @MaxLength(5000)
  reasoning: string;
}

@InputType({ description: "The caller's own independent assessment: every criterion of the rubric." })
export class RecordAssessmentInput {
  @Field(() => ID, { description: 'The interview.' })
  @IsUUID()
  interviewId: string;

  @Field(() => Int, { nullable: true, description: 'To revise a submitted assessment: the version read.' })
  @IsOptional()
  @IsInt()
  version?: number;

  @Field(() => [CriterionScoreInput], { description: 'One score per criterion.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => CriterionScoreInput)
  scores: CriterionScoreInput[];
}

@InputType({ description: "The panel's rating on one criterion." })
export class CriterionConclusionInput {
  @Field({ description: 'The rubric criterion key.' })
  @IsString()
  @MaxLength(64)
  criterionKey: string;

  @Field({ description: "A rating from the criterion's scale." })
  @IsString()
  @MaxLength(64)
  rating: string;
}

@InputType({ description: "The panel's conclusion, recorded by its chair." })
export class RecordConclusionInput {
  @Field(() => ID, { description: 'The interview.' })
  @IsUUID()
  interviewId: string;

  @Field(() => Int, { description: 'The version read.' })
  @IsInt()
  version: number;

  @Field({ description: "Overall rating from the rubric's overall scale." })
  @IsString()
  @MaxLength(64)
  overall: string;

  @Field(() => [CriterionConclusionInput], { description: 'One rating per criterion.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => CriterionConclusionInput)
  criteria: CriterionConclusionInput[];
}

@InputType({ description: "The caller's dissent from the panel's conclusion." })
export class RecordDissentInput {
  @Field(() => ID, { description: 'The interview.' })
  @IsUUID()
  interviewId: string;

  @Field({ description: 'The dissenting opinion.' })
  @IsString()
  @NotBlank(3)
  @MaxLength(10_000)
  text: string;

  @Field({ description: 'Whether the author may be named when the interview is published.' })
  @IsBoolean()
  consentToBeNamed: boolean;
}

@InputType({ description: 'An interview to publish.' })
export class PublishInterviewInput {
  @Field(() => ID, { description: 'The interview.' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version read.' })
  @IsInt()
  version: number;
}

@InputType({ description: "The chair lets a member revise an assessment made after seeing the others' scores." })
export class ReopenAssessmentInput {
  @Field(() => ID, { description: 'The assessment.' })
  @IsUUID()
  assessmentId: string;

  @Field(() => Int, { description: 'The version read.' })
  @IsInt()
  version: number;

  @Field({ description: 'Why the revision is allowed; kept in the audit log.' })
  @IsString()
  @NotBlank(3)
  @MaxLength(2000)
  reason: string;
}
