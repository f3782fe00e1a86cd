import { Module } from '@nestjs/common';
import { CandidaciesModule } from '../candidacies/candidacies.module.js';
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
  imports: [CandidaciesModule],
  providers: [
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
