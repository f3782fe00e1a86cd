import { Module } from '@nestjs/common';
import { SlateFlagsModule } from '../slate-flags/slate-flags.module.js';
import { ElectionsResolver } from './elections.resolver.js';
import { ElectionsService } from './elections.service.js';

@Module({
  imports: [SlateFlagsModule],
  providers: [ElectionsService, ElectionsResolver],
  exports: [ElectionsService],
})
export class ElectionsModule {}
