import { Field, ObjectType } from '@nestjs/graphql';
import { DiscussionAnswer } from '../discussions.enums.js';
import { DiscussionModel } from './discussion.model.js';

@ObjectType('DiscussionParticipation', {
  description: "A candidacy's place in a public discussion: the discussion and the nominee's answer.",
})
export class DiscussionParticipationModel {
  @Field(() => DiscussionAnswer, { description: 'ACCEPTED, DECLINED (shown as such), or NO_REPLY.' })
  answer: DiscussionAnswer;

  @Field(() => Date, { nullable: true, description: 'When the nominee answered.' })
  answeredAt: Date | null;

  @Field(() => DiscussionModel, { description: 'The discussion.' })
  discussion: DiscussionModel;
}
