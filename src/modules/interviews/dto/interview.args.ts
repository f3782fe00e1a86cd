import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class InterviewIdArgs {
  @Field(() => ID, { description: 'Identifier.' })
  @IsUUID()
  id: string;
}
