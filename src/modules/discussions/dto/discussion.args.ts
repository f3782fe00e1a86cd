import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class DiscussionIdArgs {
  @Field(() => ID, { description: 'The discussion.' })
  @IsUUID()
  id: string;
}
