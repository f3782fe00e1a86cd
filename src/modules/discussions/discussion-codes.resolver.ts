import { Inject } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/auth.decorators.js';
import { SignInAttempt } from '../auth/sign-in-throttle.guard.js';
import { NomineeSessionModel } from '../questionnaires/models/questionnaire.models.js';
import { DiscussionCodesService } from './discussion-codes.service.js';
import { OpenDiscussionInvitationArgs } from './dto/open-discussion-invitation.args.js';

@Resolver()
export class DiscussionCodesResolver {
  constructor(@Inject(DiscussionCodesService) private readonly codes: DiscussionCodesService) {}

  // Counted against the same sign-in limit as login and openInvitation.
  @Public()
  @SignInAttempt()
  @Mutation(() => NomineeSessionModel, {
    description:
      "Exchange the code from an invitation to a discussion for the nominee's session (for nominees without a questionnaire); it answers myDiscussions and answerDiscussionInvitation, and lasts until the discussion starts at most.",
  })
  openDiscussionInvitation(@Args() { token }: OpenDiscussionInvitationArgs): Promise<NomineeSessionModel> {
    return this.codes.open(token);
  }
}
