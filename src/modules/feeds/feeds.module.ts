import { Module } from '@nestjs/common';
import { ElectionFeedController } from './election-feed.controller.js';
import { ElectionFeedService } from './election-feed.service.js';

/** Feeds of public events that observers follow without GraphQL (Atom). */
@Module({
  controllers: [ElectionFeedController],
  providers: [ElectionFeedService],
})
export class FeedsModule {}
