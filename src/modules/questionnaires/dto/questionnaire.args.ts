import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { Language } from '../../../common/domain.enums.js';
import { NotBlank } from '../../../common/validation/not-blank.js';

@ArgsType()
export class QuestionnaireIdArgs {
  @Field(() => ID)
  @IsUUID()
  questionnaireId: string;
}

@ArgsType()
export class RemindArgs extends QuestionnaireIdArgs {
  @Field({
    nullable: true,
    defaultValue: false,
    description: 'Send even though nominees were reminded by hand less than 24 hours ago.',
  })
  @IsOptional()
  @IsBoolean()
  force?: boolean;
}

@ArgsType()
export class PublishArgs extends QuestionnaireIdArgs {
  @Field({
    nullable: true,
    defaultValue: false,
    description:
      'Publish even though some nominees still have time to answer (refused as NOMINEES_STILL_ANSWERING without it); they are shown as PENDING.',
  })
  @IsOptional()
  @IsBoolean()
  confirm?: boolean;
}

@ArgsType()
export class QuestionnaireArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

@ArgsType()
export class InvitationArgs extends QuestionnaireIdArgs {
  @Field(() => ID)
  @IsUUID()
  candidacyId: string;
}

@ArgsType()
export class ReopenArgs extends InvitationArgs {
  @Field()
  @IsString()
  @NotBlank(3)
  @MaxLength(2000)
  reason: string;
}

@ArgsType()
export class OpenInvitationArgs {
  @Field({ description: 'The personal code from the invitation mail.' })
  @IsString()
  @MinLength(20)
  @MaxLength(200)
  token: string;
}

@ArgsType()
export class LanguageArgs {
  @Field(() => Language, { nullable: true, defaultValue: Language.EN, description: 'The language to read it in.' })
  @IsOptional()
  @IsEnum(Language)
  language?: Language;
}

@ArgsType()
export class SubmitArgs extends LanguageArgs {
  @Field(() => Int)
  @IsInt()
  @Min(0)
  version: number;
}

@ArgsType()
export class DeclineArgs extends LanguageArgs {
  @Field()
  @IsString()
  @NotBlank(3)
  @MaxLength(5000)
  reason: string;
}

@ArgsType()
export class ResponseArgs {
  @Field(() => ID, { nullable: true, description: 'Default: the most recent published questionnaire.' })
  @IsOptional()
  @IsUUID()
  questionnaireId?: string;
}
