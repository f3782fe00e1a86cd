import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { ElectionsModule } from '../elections/elections.module.js';
import { SlateFlagsModule } from '../slate-flags/slate-flags.module.js';
import { StatesModule } from '../states/states.module.js';
import { AdvocacyExportsController } from './advocacy-exports.controller.js';
import { ElectionPotentialNominatorsResolver, OutreachResolver } from './advocacy.resolver.js';
import { AdvocacyService } from './advocacy.service.js';

/** Advocacy to States against clean slates: who has not nominated where it matters, and the team's outreach. */
@Module({
  imports: [AuthModule, ElectionsModule, StatesModule, SlateFlagsModule],
  controllers: [AdvocacyExportsController],
  providers: [AdvocacyService, ElectionPotentialNominatorsResolver, OutreachResolver],
})
export class AdvocacyModule {}
