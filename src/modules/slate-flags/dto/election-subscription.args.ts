import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class ElectionSubscriptionArgs {
  @Field(() => ID, { description: 'The election to follow.' })
  @IsUUID()
  electionId: string;
}
