import { Module } from '@nestjs/common';
import { StatesResolver } from './states.resolver.js';
import { StatesService } from './states.service.js';

@Module({ providers: [StatesService, StatesResolver], exports: [StatesService] })
export class StatesModule {}
