import { type DynamicModule, Global, Module } from '@nestjs/common';
import { MetricsController } from './metrics.controller.js';
import { Metrics } from './metrics.js';

/**
 * Logs and metrics. The access log itself (accessLog in logging.ts) is mounted first of all in
 * createApp, so the answers given before Nest's router (the response cache, the web client) are
 * logged too. No logger is bound to a request's async path (nestjs-pino's LoggerModule, AsyncLocalStorage): the
 * lines about a request name it (aboutRequest in request-id.ts).
 */
@Global()
@Module({})
export class ObservabilityModule {
  static forRoot(): DynamicModule {
    return {
      module: ObservabilityModule,
      controllers: [MetricsController],
      providers: [Metrics],
      exports: [Metrics],
    };
  }
}
