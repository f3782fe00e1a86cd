import { Module } from '@nestjs/common';
import { ElectionsModule } from '../elections/elections.module.js';
import { SlateFlagsModule } from '../slate-flags/slate-flags.module.js';
import { BallotsResolver, ElectionBallotsResolver } from './ballots.resolver.js';
import { BallotsService } from './ballots.service.js';

@Module({
  imports: [ElectionsModule, SlateFlagsModule],
  providers: [BallotsService, BallotsResolver, ElectionBallotsResolver],
})
export class BallotsModule {}
