import { Module } from '@nestjs/common';
import { StatesModule } from '../states/states.module.js';
import { ElectionFactsService } from './election-facts.service.js';
import { ElectionSlateFlagsResolver, SlateFlagSubscriptionsResolver } from './slate-flags.resolver.js';
import { SlateFlagsService } from './slate-flags.service.js';

/** Clean-slate flags and their history; used inside the elections' and candidacies' transactions. */
@Module({
  imports: [StatesModule],
  providers: [ElectionFactsService, SlateFlagsService, ElectionSlateFlagsResolver, SlateFlagSubscriptionsResolver],
  exports: [ElectionFactsService, SlateFlagsService],
})
export class SlateFlagsModule {}
