import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { CandidaciesModule } from '../candidacies/candidacies.module.js';
import { DiscussionCodesResolver } from './discussion-codes.resolver.js';
import { DiscussionCodesService } from './discussion-codes.service.js';
import {
  CandidacyDiscussionsResolver,
  DiscussionInvitationResolver,
  DiscussionsResolver,
  ElectionDiscussionsResolver,
} from './discussions.resolver.js';
import { DiscussionsService } from './discussions.service.js';
import { NomineeDiscussionsResolver } from './nominee-discussions.resolver.js';
import { NomineeDiscussionsService } from './nominee-discussions.service.js';

/** Public panel discussions with nominees: organised by officers, answered by nominees, published for observers. */
@Module({
  imports: [AuthModule, CandidaciesModule],
  providers: [
    DiscussionCodesService,
    DiscussionCodesResolver,
    DiscussionsService,
    NomineeDiscussionsService,
    DiscussionsResolver,
    DiscussionInvitationResolver,
    ElectionDiscussionsResolver,
    CandidacyDiscussionsResolver,
    NomineeDiscussionsResolver,
  ],
})
export class DiscussionsModule {}
