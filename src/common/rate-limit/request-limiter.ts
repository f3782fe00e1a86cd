import { type DynamicModule, Global, Module } from '@nestjs/common';
import { FixedWindowLimiter } from '../graphql/rate-limit.plugin.js';

/**
 * The one per-address budget of requests a minute, shared by every way in: GraphQL over HTTP,
 * WebSocket connections and subscribe messages, and the exports. One instance per application, so a
 * client cannot get the limit once per path.
 */
export class RequestLimiter extends FixedWindowLimiter {}

@Global()
@Module({})
export class RequestLimiterModule {
  static forRoot(limiter: RequestLimiter): DynamicModule {
    return {
      module: RequestLimiterModule,
      providers: [{ provide: RequestLimiter, useValue: limiter }],
      exports: [RequestLimiter],
    };
  }
}
