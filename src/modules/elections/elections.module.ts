import { Module } from '@nestjs/common';
import { ElectionsResolver } from './elections.resolver.js';
import { ElectionsService } from './elections.service.js';

@Module({ providers: [ElectionsService, ElectionsResolver], exports: [ElectionsService] })
export class ElectionsModule {}
