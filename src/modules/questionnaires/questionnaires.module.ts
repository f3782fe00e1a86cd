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
  ],
})
export class QuestionnairesModule {}
