import {
  Controller,
  Get,
  Inject,
  NotFoundException,
  Req,
  Res,
  UnauthorizedException,
  UseFilters,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { JsonErrorFilter } from '../http/json-error.filter.js';
import { Metrics } from './metrics.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * /metrics for Prometheus, behind a bearer token (METRICS_TOKEN); without one it does not exist
 * (404). Outside the GraphQL limits and the access log: scrapers call it every few seconds.
 */
@Controller()
@UseFilters(JsonErrorFilter)
export class MetricsController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(Metrics) private readonly metrics: Metrics,
  ) {}

  @Get('metrics')
  async scrape(@Req() req: Request, @Res() res: Response): Promise<void> {
    const token = this.config.metricsToken;
    if (!token) throw new NotFoundException('Cannot GET /metrics');
    // Compared as digests: equal lengths, and no timing leak of the token's characters.
    if (!timingSafeEqual(digest(req.headers.authorization ?? ''), digest(`Bearer ${token}`))) {
      res.setHeader('www-authenticate', 'Bearer');
      throw new UnauthorizedException('Metrics need the bearer token METRICS_TOKEN');
    }
    res.setHeader('content-type', this.metrics.registry.contentType);
    res.setHeader('cache-control', 'no-store');
    res.send(await this.metrics.render());
  }
}
