import { Controller, Get, Inject, Param, ParseUUIDPipe, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { HttpRateLimitGuard } from '../../common/http/http-rate-limit.guard.js';
import { JsonErrorFilter } from '../../common/http/json-error.filter.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { atomFeed } from './election-feed.js';
import { ElectionFeedService } from './election-feed.service.js';

/**
 * An Atom feed per public election, over plain HTTP GET beside /graphql: what a newsroom's feed
 * reader follows. Rate limited per address like /graphql; errors are JSON with
 * `errors[0].extensions.code` (404 NOT_FOUND for an unknown or draft election, 400 for a bad id).
 */
@Controller('elections')
@UseGuards(HttpRateLimitGuard)
@UseFilters(JsonErrorFilter)
export class ElectionFeedController {
  constructor(
    @Inject(ElectionFeedService) private readonly feeds: ElectionFeedService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':id/feed.atom')
  async atom(@Param('id', new ParseUUIDPipe()) id: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    const { election, events } = await this.feeds.feed(id);
    const xml = atomFeed({ publicUrl: this.config.publicUrl }, election, events);
    // Set only once the feed exists: an error answers as JSON.
    res.setHeader('content-type', 'application/atom+xml; charset=utf-8');
    return xml;
  }
}
