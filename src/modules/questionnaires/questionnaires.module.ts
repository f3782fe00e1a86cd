import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { ExportsController } from './exports.controller.js';
import { NomineeResolver } from './nominee.resolver.js';
import { NomineeService } from './nominee.service.js';
import {
  CandidacyResponseResolver,
  ElectionQuestionnairesResolver,
  QuestionnairesResolver,
} from './questionnaires.resolver.js';
import { QuestionnairesService } from './questionnaires.service.js';
import { ResponseEventsService } from './response-events.service.js';
import { ResponseSubscriptionsResolver } from './response-subscriptions.resolver.js';

@Module({
  imports: [AuthModule],
  controllers: [ExportsController],
  providers: [
    QuestionnairesService,
    NomineeService,
    QuestionnairesResolver,
    ElectionQuestionnairesResolver,
    CandidacyResponseResolver,
    NomineeResolver,
    ResponseEventsService,
    ResponseSubscriptionsResolver,
  ],
})
export class QuestionnairesModule {}
