import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsIn,
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
import { ElectionType, Language } from '../../../common/domain.enums.js';
import { QUESTION_KIND } from '../questionnaires.enums.js';
import { QUESTION_KINDS, type QuestionKind } from '../questions.js';

const KEY = /^[a-z][a-z0-9_]{0,62}$/;

@InputType({ description: 'One option of a choice question.' })
export class QuestionOptionInput {
  @Field({ description: 'Stable key, lower_snake_case.' })
  @Matches(KEY, { message: 'key must be lower_snake_case' })
  key: string;

  @Field({ description: 'The option in English.' })
  @IsString()
  @NotBlank()
  @MaxLength(300)
  labelEn: string;

  @Field({ description: 'The option in French.' })
  @IsString()
  @NotBlank()
  @MaxLength(300)
  labelFr: string;
}

@InputType({ description: 'One question of a template.' })
export class QuestionInput {
  @Field({ description: 'Stable key, lower_snake_case; answers and exports use it.' })
  @Matches(KEY, { message: 'key must be lower_snake_case' })
  key: string;

  @Field(() => QUESTION_KIND, { description: 'What sort of answer the question takes.' })
  @IsIn(QUESTION_KINDS)
  kind: QuestionKind;

  @Field({ description: 'An answer is needed before submitting.' })
  @IsBoolean()
  required: boolean;

  @Field({ description: 'The question in English.' })
  @IsString()
  @NotBlank(3)
  @MaxLength(5000)
  promptEn: string;

  @Field({ description: 'The question in French.' })
  @IsString()
  @NotBlank(3)
  @MaxLength(5000)
  promptFr: string;

  @Field(() => Int, { nullable: true, description: 'TEXT only: most characters allowed.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50_000)
  maxLength?: number;

  @Field(() => [QuestionOptionInput], { nullable: true, description: 'Choice questions only.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => QuestionOptionInput)
  options?: QuestionOptionInput[];
}

@InputType({ description: 'A questionnaire template, or the next version of one.' })
export class CreateQuestionnaireTemplateInput {
  @Field(() => ID, {
    nullable: true,
    description: 'An existing template: this makes its next version (issued versions never change).',
  })
  @IsOptional()
  @IsUUID()
  family?: string;

  @Field({ description: "The template's title." })
  @IsString()
  @NotBlank(3)
  @MaxLength(300)
  title: string;

  @Field(() => String, {
    nullable: true,
    description: 'The title in French: nominees reading in French see it (else the title).',
  })
  @IsOptional()
  @IsString()
  @NotBlank(3)
  @MaxLength(300)
  titleFr?: string | null;

  @Field(() => ElectionType, { description: 'The kind of election it is meant for.' })
  @IsEnum(ElectionType)
  electionType: ElectionType;

  @Field(() => [QuestionInput], { description: 'The questions, in order.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => QuestionInput)
  questions: QuestionInput[];
}

@InputType({ description: 'A questionnaire to issue for an election, from a template version.' })
export class IssueQuestionnaireInput {
  @Field(() => ID, { description: 'The election whose nominees answer.' })
  @IsUUID()
  electionId: string;

  @Field(() => ID, { description: 'The template version to freeze for this election.' })
  @IsUUID()
  templateId: string;

  @Field({ description: 'Answers are due by this instant.' })
  @IsDate()
  deadline: Date;

  @Field({ description: 'Observers see submitted answers from this instant.' })
  @IsDate()
  publishAt: Date;
}

@InputType({ description: "One answer: give the field that matches the question's kind." })
export class AnswerInput {
  @Field({ description: 'The question answered.' })
  @IsString()
  @MaxLength(63)
  key: string;

  @Field({ nullable: true, description: 'TEXT questions.' })
  @IsOptional()
  @IsString()
  @MaxLength(50_000)
  text?: string;

  @Field({ nullable: true, description: 'YES_NO questions.' })
  @IsOptional()
  @IsBoolean()
  yes?: boolean;

  @Field(() => [String], { nullable: true, description: 'Choice questions: the option keys.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  choices?: string[];
}

@InputType({ description: "Part or all of a nominee's draft." })
export class SaveAnswersInput {
  @Field(() => Int, { description: 'The response version you started from: a stale one is CONFLICT.' })
  @IsInt()
  @Min(0)
  version: number;

  @Field(() => [AnswerInput], { description: 'Answers to save; questions left out keep their saved answer.' })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => AnswerInput)
  answers: AnswerInput[];

  @Field(() => Language, {
    nullable: true,
    defaultValue: Language.EN,
    description: 'The language to read the questions in the answer in.',
  })
  @IsOptional()
  @IsEnum(Language)
  language?: Language;
}

@InputType({ description: 'A later deadline for one nominee, with its reason.' })
export class ExtendInvitationDeadlineInput {
  @Field(() => ID, { description: 'The questionnaire.' })
  @IsUUID()
  questionnaireId: string;

  @Field(() => ID, { description: "The nominee's candidacy." })
  @IsUUID()
  candidacyId: string;

  @Field({ description: "The nominee's new deadline." })
  @IsDate()
  deadline: Date;

  @Field({ description: 'Why (kept in the audit log and told to the nominee).' })
  @IsString()
  @NotBlank(3)
  @MaxLength(2000)
  reason: string;
}
