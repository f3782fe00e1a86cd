import { Global, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller.js';
import { Lifecycle } from './lifecycle.js';

/** /health/live and /health/ready, and the instance's orderly shutdown. */
@Global()
@Module({
  // Terminus' own logger would print every failed probe as an ERROR, shutdown included: the 503 says it.
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController],
  providers: [Lifecycle],
  exports: [Lifecycle],
})
export class HealthModule {}
