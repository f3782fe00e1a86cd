import { KeepIfAbsent } from '../../../common/validation/keep-if-absent.js';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateBy,
  type ValidationOptions,
} from 'class-validator';
import { NotBlank } from '../../../common/validation/not-blank.js';
import { isHttpsUrl, isTimeZone } from '../discussion.rules.js';
import { Language } from '../../../common/domain.enums.js';

const IsTimeZone = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isTimeZone',
      validator: {
        validate: isTimeZone,
        defaultMessage: (args) => `${args?.property ?? 'value'} must be an IANA time zone name, e.g. Europe/Amsterdam`,
      },
    },
    options,
  );

const IsHttpsUrl = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isHttpsUrl',
      validator: {
        validate: isHttpsUrl,
        defaultMessage: (args) => `${args?.property ?? 'value'} must be an https:// link`,
      },
    },
    options,
  );

@InputType({ description: 'A public panel discussion to organise, and the nominees to invite (they are mailed).' })
export class CreateDiscussionInput {
  @Field(() => ID, { description: 'The election whose nominees discuss.' })
  @IsUUID()
  electionId: string;

  @Field({ description: 'Title, as announced.' })
  @IsString()
  @NotBlank()
  @MaxLength(300)
  title: string;

  @Field({ description: 'When it starts (an instant).' })
  @IsDate()
  startsAt: Date;

  @Field({ description: 'IANA time zone where it is held, to show the local time, e.g. Europe/Amsterdam.' })
  @IsTimeZone()
  timeZone: string;

  @Field(() => String, { nullable: true, description: 'Where it is held; a place or an online link, or both.' })
  @IsOptional()
  @IsString()
  @NotBlank()
  @MaxLength(500)
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'The online link (https).' })
  @IsOptional()
  @IsHttpsUrl()
  onlineUrl?: string | null;

  @Field(() => [Language], { description: 'The languages it is held in (one or both).' })
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsEnum(Language, { each: true })
  languages: Language[];

  @Field(() => [String], { nullable: true, description: "The moderators' names." })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @NotBlank(1, { each: true })
  @MaxLength(200, { each: true })
  moderators?: string[];

  @Field(() => [ID], { description: 'The candidacies (of this election) whose nominees are invited.' })
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  candidacyIds: string[];
}

@InputType({ description: 'Changes to a discussion; omitted fields stay as they are, null clears a place or link.' })
export class UpdateDiscussionInput {
  @Field(() => ID, { description: 'The discussion.' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version read.' })
  @IsInt()
  version: number;

  @Field({ nullable: true, description: 'Title.' })
  @KeepIfAbsent()
  @IsString()
  @NotBlank()
  @MaxLength(300)
  title?: string;

  @Field({ nullable: true, description: 'When it starts; invited nominees are told of a change.' })
  @KeepIfAbsent()
  @IsDate()
  startsAt?: Date;

  @Field({ nullable: true, description: 'IANA time zone where it is held.' })
  @KeepIfAbsent()
  @IsTimeZone()
  timeZone?: string;

  @Field(() => String, { nullable: true, description: 'Where it is held (null: online only).' })
  @IsOptional()
  @IsString()
  @NotBlank()
  @MaxLength(500)
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'The online link, https (null: in person only).' })
  @IsOptional()
  @IsHttpsUrl()
  onlineUrl?: string | null;

  @Field(() => [Language], { nullable: true, description: 'The languages it is held in.' })
  @KeepIfAbsent()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsEnum(Language, { each: true })
  languages?: Language[];

  @Field(() => [String], { nullable: true, description: "The moderators' names (the whole list)." })
  @KeepIfAbsent()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @NotBlank(1, { each: true })
  @MaxLength(200, { each: true })
  moderators?: string[];

  @Field(() => [ID], { nullable: true, description: 'More candidacies to invite (they are mailed).' })
  @IsOptional()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  inviteCandidacyIds?: string[];
}

@InputType({ description: 'A discussion that will not take place; invited nominees are told.' })
export class CancelDiscussionInput {
  @Field(() => ID, { description: 'The discussion.' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version read.' })
  @IsInt()
  version: number;

  @Field({ description: 'Why (public once the discussion is published).' })
  @IsString()
  @NotBlank()
  @MaxLength(1000)
  reason: string;
}

@InputType({ description: 'The public record of a discussion once it has taken place.' })
export class RecordDiscussionInput {
  @Field(() => ID, { description: 'The discussion.' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version read.' })
  @IsInt()
  version: number;

  @Field({ description: 'The public summary.' })
  @IsString()
  @NotBlank()
  @MaxLength(20000)
  summary: string;

  @Field(() => String, { nullable: true, description: 'The recording (https).' })
  @IsOptional()
  @IsHttpsUrl()
  recordingUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'The transcript (https).' })
  @IsOptional()
  @IsHttpsUrl()
  transcriptUrl?: string | null;

  @Field(() => [String], { description: 'The questions put to the nominees, in order.' })
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @NotBlank(1, { each: true })
  @MaxLength(2000, { each: true })
  questions: string[];
}

@InputType({ description: 'A discussion to publish: observers see it from then on.' })
export class PublishDiscussionInput {
  @Field(() => ID, { description: 'The discussion.' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version read.' })
  @IsInt()
  version: number;
}

@InputType({ description: "A nominee's answer to their invitation to a discussion." })
export class AnswerDiscussionInvitationInput {
  @Field(() => ID, { description: 'The discussion.' })
  @IsUUID()
  discussionId: string;

  @Field({ description: 'True to accept, false to decline.' })
  @IsBoolean()
  accept: boolean;
}
