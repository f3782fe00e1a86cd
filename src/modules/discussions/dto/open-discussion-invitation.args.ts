import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';

@ArgsType()
export class OpenDiscussionInvitationArgs {
  @Field({ description: 'The personal code from the invitation to a discussion (it starts with "d.").' })
  @IsString()
  @MinLength(20)
  @MaxLength(200)
  token: string;
}
