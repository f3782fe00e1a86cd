import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { NotBlank } from '../../../common/validation/not-blank.js';
import { PanelKind, PanelMemberRole } from '../interviews.enums.js';

const KEY = /^[a-z][a-z0-9_]{1,63}$/;
const RATING = /^[A-Z][A-Z0-9_]{0,63}$/;

@InputType({ description: 'One criterion of a custom rubric.' })
export class RubricCriterionInput {
  @Field({ description: 'Stable key, lower_snake_case.' })
  @Matches(KEY, { message: 'key must be lower_snake_case' })
  key: string;

  @Field({ description: 'The criterion in English.' })
  @IsString()
  @NotBlank(3)
  @MaxLength(500)
  labelEn: string;

  @Field({ description: 'The criterion in French.' })
  @IsString()
  @NotBlank(3)
  @MaxLength(500)
  labelFr: string;

  @Field(() => [String], { description: 'The ratings, best first, UPPER_SNAKE_CASE.' })
  @ArrayMinSize(2)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @Matches(RATING, { each: true, message: 'ratings must be UPPER_SNAKE_CASE' })
  scale: string[];
}

@InputType({ description: "A panel's own rubric." })
export class RubricInput {
  @Field({ description: 'Name of the rubric.' })
  @IsString()
  @NotBlank(3)
  @MaxLength(200)
  name: string;

  @Field(() => [RubricCriterionInput], { description: 'The criteria, in order.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => RubricCriterionInput)
  criteria: RubricCriterionInput[];

  @Field(() => [String], { description: 'The ratings of the overall conclusion, best first.' })
  @ArrayMinSize(2)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @Matches(RATING, { each: true, message: 'ratings must be UPPER_SNAKE_CASE' })
  overallScale: string[];
}

@InputType({ description: 'A new panel.' })
export class CreatePanelInput {
  @Field({ description: 'Name of the panel.' })
  @IsString()
  @NotBlank(3)
  @MaxLength(200)
  name: string;

  @Field(() => PanelKind, { description: 'What sort of body it is.' })
  @IsEnum(PanelKind)
  kind: PanelKind;

  @Field(() => [ID], { description: 'The elections it covers.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  electionIds: string[];

  @Field({ nullable: true, description: 'A shipped rubric, e.g. judges-default...' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{2,64}$/, { message: 'rubricKey is a rubric key' })
  rubricKey?: string;

  @Field(() => RubricInput, { nullable: true, description: '...or a rubric of its own: exactly one of the two.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RubricInput)
  rubric?: RubricInput;
}

@InputType({ description: 'A new panel member.' })
export class AddPanelMemberInput {
  @Field(() => ID, { description: 'The panel.' })
  @IsUUID()
  panelId: string;

  @Field({ description: 'Full name.' })
  @IsString()
  @NotBlank(2)
  @MaxLength(200)
  fullName: string;

  @Field({ description: 'Nationality, ISO 3166-1 alpha-2.' })
  @Matches(/^[A-Z]{2}$/, { message: 'nationality must be an ISO 3166-1 alpha-2 code in capitals' })
  nationality: string;

  @Field({ nullable: true, description: 'Institution or organisation.' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  affiliation?: string;

  @Field(() => PanelMemberRole, { description: 'CHAIR (one per panel) or MEMBER.' })
  @IsEnum(PanelMemberRole)
  role: PanelMemberRole;

  @Field(() => ID, { nullable: true, description: 'The PANEL_MEMBER staff account that acts as this member.' })
  @IsOptional()
  @IsUUID()
  staffUserId?: string;
}

@InputType({ description: 'A declared conflict of interest.' })
export class RecuseInput {
  @Field(() => ID, { description: 'The panel on which the caller sits.' })
  @IsUUID()
  panelId: string;

  @Field(() => ID, { description: 'The candidacy the caller steps away from.' })
  @IsUUID()
  candidacyId: string;

  @Field({ description: 'Why.' })
  @IsString()
  @NotBlank(3)
  @MaxLength(2000)
  reason: string;
}
