import { Controller, Get, Inject } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { NotificationsService } from '../common/notifications/notifications.service.js';
import { pendingMigrations } from '../database/migrations.js';
import { MailService } from '../modules/mail/mail.service.js';
import { Lifecycle } from './lifecycle.js';

const CHECK_TIMEOUT_MS = 2000;

/**
 * Probes for a load balancer or an orchestrator: no authentication, no rate limit, no access log.
 * live: the process answers (restart it when not). ready: send it traffic (503 while starting,
 * shutting down, or when a dependency is down).
 */
@Controller('health')
export class HealthController {
  constructor(
    @Inject(HealthCheckService) private readonly health: HealthCheckService,
    @Inject(HealthIndicatorService) private readonly indicator: HealthIndicatorService,
    @Inject(Lifecycle) private readonly lifecycle: Lifecycle,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(NotificationsService) private readonly notifications: NotificationsService,
    @Inject(MailService) private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Once every migration of this version is applied, that stays true: no need to read it again. */
  private migrated = false;

  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => {
        const check = this.indicator.check('shutdown');
        return this.lifecycle.draining ? check.down({ message: 'shutting down' }) : check.up();
      },
      () =>
        this.indicator
          .check('database')
          .attempt(async () => {
            await this.dataSource.query('SELECT 1');
          })
          .withTimeout(CHECK_TIMEOUT_MS),
      async () => {
        const check = this.indicator.check('migrations');
        if (this.migrated) return check.up();
        try {
          const pending = await pendingMigrations(this.dataSource);
          this.migrated = pending.length === 0;
          return pending.length ? check.down({ pending }) : check.up();
        } catch {
          return check.down({ message: 'cannot read schema_migration' });
        }
      },
      () => {
        const check = this.indicator.check('mailSender');
        if (this.config.mailPollMs <= 0) return check.up({ sender: 'off (MAIL_POLL_MS=0)' });
        return this.mail.senderRunning ? check.up() : check.down({ message: 'not running' });
      },
      () => {
        const check = this.indicator.check('notifications');
        return this.notifications.listening ? check.up() : check.down({ message: 'LISTEN connection down' });
      },
    ]);
  }
}
