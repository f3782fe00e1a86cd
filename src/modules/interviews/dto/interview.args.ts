import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsUUID } from 'class-validator';

@ArgsType()
export class InterviewIdArgs {
  @Field(() => ID, { description: 'Identifier.' })
  @IsUUID()
  id: string;
}

@ArgsType()
export class ElectionPanelsArgs {
  @Field(() => ID, { description: 'The election.' })
  @IsUUID()
  electionId: string;
}

@ArgsType()
export class PanelInterviewsArgs {
  @Field({ defaultValue: false, description: 'Only the interviews that wait for something from the caller.' })
  @IsBoolean()
  waitingForMe: boolean;
}
