import { Module } from '@nestjs/common';
import { CandidaciesModule } from '../candidacies/candidacies.module.js';
import { ElectionsModule } from '../elections/elections.module.js';
import { CandidacyInterviewsResolver, InterviewsResolver, PanelInterviewEntryResolver } from './interviews.resolver.js';
import { InterviewsService } from './interviews.service.js';
import { PanelFieldsResolver, PanelsResolver } from './panels.resolver.js';
import { PanelsService } from './panels.service.js';

@Module({
  imports: [CandidaciesModule, ElectionsModule],
  providers: [
    PanelsService,
    InterviewsService,
    PanelsResolver,
    PanelFieldsResolver,
    InterviewsResolver,
    PanelInterviewEntryResolver,
    CandidacyInterviewsResolver,
  ],
})
export class InterviewsModule {}
