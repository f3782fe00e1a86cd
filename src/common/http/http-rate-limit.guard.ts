import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError, ErrorCode } from '../errors.js';
import { RequestLimiter } from '../rate-limit/request-limiter.js';

/**
 * The plain HTTP paths (the exports) spend the same per-address budget as /graphql, counted before
 * the id is even read. A refusal is 429 RATE_LIMITED with `Retry-After`.
 */
@Injectable()
export class HttpRateLimitGuard implements CanActivate {
  constructor(@Inject(RequestLimiter) private readonly requests: RequestLimiter) {}

  canActivate(context: ExecutionContext): boolean {
    const http = context.switchToHttp();
    const req = http.getRequest<Request>();
    const client = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    const now = Date.now();
    if (this.requests.hit(client, now)) return true;
    const retryAfter = this.requests.retryAfterSeconds(client, now);
    http.getResponse<Response>().setHeader('retry-after', String(retryAfter));
    throw new DomainError(ErrorCode.RATE_LIMITED, 'Too many requests from this address: wait a minute', {
      retryAfter,
    });
  }
}
