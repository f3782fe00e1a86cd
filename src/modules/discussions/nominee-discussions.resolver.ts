import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Author } from '../../common/author.js';
import type { Actor } from '../../common/request-context.js';
import { CurrentActor, CurrentAuthor, NOMINEE, Roles } from '../auth/auth.decorators.js';
import { AnswerDiscussionInvitationInput } from './dto/discussion.inputs.js';
import { MyDiscussionInvitationModel } from './models/discussion.model.js';
import { localDateTime } from './discussion.rules.js';
import type { Language } from '../../common/domain.enums.js';
import { NomineeDiscussionsService, type MyDiscussion } from './nominee-discussions.service.js';

const present = ({ invitation, discussion, electionTitle, mayAnswer }: MyDiscussion): MyDiscussionInvitationModel => ({
  discussionId: discussion.id,
  electionTitle,
  title: discussion.title,
  startsAt: discussion.startsAt,
  timeZone: discussion.timeZone,
  localStartsAt: localDateTime(discussion.startsAt, discussion.timeZone),
  place: discussion.place,
  onlineUrl: discussion.onlineUrl,
  languages: discussion.languages as Language[],
  moderators: discussion.moderators,
  status: discussion.status,
  answer: invitation.answer,
  answeredAt: invitation.answeredAt,
  mayAnswer,
});

@Resolver(() => MyDiscussionInvitationModel)
export class NomineeDiscussionsResolver {
  constructor(@Inject(NomineeDiscussionsService) private readonly service: NomineeDiscussionsService) {}

  @Roles(NOMINEE)
  @Query(() => [MyDiscussionInvitationModel], {
    description: 'The public panel discussions you are invited to, soonest first, with your answers.',
  })
  async myDiscussions(@CurrentActor() actor: Actor): Promise<MyDiscussionInvitationModel[]> {
    return (await this.service.mine(actor)).map(present);
  }

  @Roles(NOMINEE)
  @Mutation(() => MyDiscussionInvitationModel, {
    description: 'Accept or decline an invitation to a discussion; you may change your mind until it starts.',
  })
  async answerDiscussionInvitation(
    @Args('input') input: AnswerDiscussionInvitationInput,
    @CurrentActor() actor: Actor,
    @CurrentAuthor() author: Author,
  ): Promise<MyDiscussionInvitationModel> {
    return present(await this.service.answer(actor, author, input.discussionId, input.accept));
  }
}
