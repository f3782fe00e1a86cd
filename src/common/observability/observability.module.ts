import { type DynamicModule, Global, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { MetricsController } from './metrics.controller.js';
import { Metrics } from './metrics.js';

/**
 * Logs and metrics. The access log itself (pino-http) is mounted first of all in createApp, so the
 * answers given before Nest's router (the response cache, the web client) are logged too;
 * LoggerModule (`useExisting`) then binds that request's logger for everything the request causes.
 */
@Global()
@Module({})
export class ObservabilityModule {
  static forRoot(): DynamicModule {
    return {
      module: ObservabilityModule,
      imports: [LoggerModule.forRoot({ useExisting: true })],
      controllers: [MetricsController],
      providers: [Metrics],
      exports: [Metrics],
    };
  }
}
