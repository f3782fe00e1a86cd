import { Module } from '@nestjs/common';
import { ElectionsModule } from '../elections/elections.module.js';
import { SlateFlagsModule } from '../slate-flags/slate-flags.module.js';
import { StatesModule } from '../states/states.module.js';
import { CandidacySearchResolver } from './search/candidacy-search.resolver.js';
import { CandidacySearchService } from './search/candidacy-search.service.js';
import { CandidaciesResolver, ElectionCandidaciesResolver, PersonsResolver } from './candidacies.resolver.js';
import { CandidaciesService } from './candidacies.service.js';
import { CandidacyVoidService } from './candidacy-void.service.js';
import { NominationImportService } from './import/nomination-import.service.js';
import { NominationsAdminResolver } from './nominations-admin.resolver.js';
import { PersonCorrectionsService } from './person-corrections.service.js';

@Module({
  imports: [ElectionsModule, StatesModule, SlateFlagsModule],
  providers: [
    CandidaciesService,
    CandidaciesResolver,
    ElectionCandidaciesResolver,
    PersonsResolver,
    CandidacySearchService,
    CandidacySearchResolver,
    PersonCorrectionsService,
    CandidacyVoidService,
    NominationImportService,
    NominationsAdminResolver,
  ],
  exports: [CandidaciesService],
})
export class CandidaciesModule {}
