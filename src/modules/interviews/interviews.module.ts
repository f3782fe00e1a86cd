import { Module } from '@nestjs/common';
import { CandidaciesModule } from '../candidacies/candidacies.module.js';
import { CandidacyInterviewsResolver, InterviewsResolver } from './interviews.resolver.js';
import { InterviewsService } from './interviews.service.js';
import { PanelsResolver } from './panels.resolver.js';
import { PanelsService } from './panels.service.js';

@Module({
  imports: [CandidaciesModule],
  providers: [PanelsService, InterviewsService, PanelsResolver, InterviewsResolver, CandidacyInterviewsResolver],
})
export class InterviewsModule {}
