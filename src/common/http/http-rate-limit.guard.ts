import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { DomainError, ErrorCode } from '../errors.js';
import { FixedWindowLimiter } from '../graphql/rate-limit.plugin.js';

const WINDOW_SECONDS = 60;

/**
 * The per-address limit of /graphql for the plain HTTP paths (the exports): the same number of
 * requests a minute, counted before the id is even read. A refusal is 429 RATE_LIMITED with
 * `Retry-After` (the whole window: the limiter does not say when the current one started).
 */
@Injectable()
export class HttpRateLimitGuard implements CanActivate {
  private readonly limiter: FixedWindowLimiter;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.limiter = new FixedWindowLimiter(config.rateLimitPerMinute, WINDOW_SECONDS * 1000);
  }

  canActivate(context: ExecutionContext): boolean {
    const http = context.switchToHttp();
    const req = http.getRequest<Request>();
    const client = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    if (this.limiter.hit(client, Date.now())) return true;
    http.getResponse<Response>().setHeader('retry-after', String(WINDOW_SECONDS));
    throw new DomainError(ErrorCode.RATE_LIMITED, 'Too many requests from this address: wait a minute', {
      retryAfter: WINDOW_SECONDS,
    });
  }
}
