import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { Clock } from '../../common/clock.js';
import { MailMessageEntity, MailStatus } from './entities/mail-message.entity.js';
import { redactSecrets, revealSecrets } from './secrets.js';

export interface OutgoingMail {
  readonly kind: string;
  readonly invitationId?: string | null;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

export const MAX_ATTEMPTS = 6;

/** Exponential backoff: 30 s, 1 min, 2 min, 4 min, 8 min between attempts. */
export function backoffMs(attempts: number): number {
  return 30_000 * 2 ** Math.max(0, attempts - 1);
}

/**
 * The transactional outbox. `enqueue` writes a message in the caller's transaction; the sender
 * delivers due messages one at a time, each claimed with FOR UPDATE SKIP LOCKED and marked in the
 * same transaction, so several instances never send one message twice and a restart resumes.
 */
@Injectable()
export class MailService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MailService.name);
  private readonly transport: Transporter;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(Clock) private readonly clock: Clock,
  ) {
    this.transport = config.smtpUrl
      ? nodemailer.createTransport(config.smtpUrl)
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  onApplicationBootstrap(): void {
    if (this.config.mailPollMs <= 0) return;
    this.timer = setInterval(() => void this.tick(), this.config.mailPollMs);
    this.timer.unref();
  }

  /** Whether the background sender runs (MAIL_POLL_MS > 0 and not shut down): readiness. */
  get senderRunning(): boolean {
    return this.timer !== undefined;
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
    this.transport.close();
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.deliverDue().catch((error: unknown) => {
      this.logger.error(`mail sender: ${error instanceof Error ? error.message : String(error)}`);
      return 0;
    });
    await this.running;
    this.running = undefined;
  }

  async enqueue(manager: EntityManager, mail: OutgoingMail): Promise<MailMessageEntity> {
    return manager.save(
      manager.create(MailMessageEntity, {
        kind: mail.kind,
        invitationId: mail.invitationId ?? null,
        toAddress: mail.to,
        subject: mail.subject,
        textBody: mail.text,
        status: MailStatus.PENDING,
        attempts: 0,
        nextAttemptAt: this.clock.now(),
        lastError: null,
        sentAt: null,
      }),
    );
  }

  /** Delivers every message now due; returns how many were sent. Safe to run on several instances at once. */
  async deliverDue(max = 100): Promise<number> {
    let sent = 0;
    for (let i = 0; i < max; i += 1) {
      const outcome = await this.dataSource.transaction(async (manager) => {
        const [message] = await manager.query<(MailMessageEntity & { attempts: number })[]>(
          `SELECT id, to_address AS "toAddress", subject, text_body AS "textBody", attempts
             FROM mail_message WHERE status = 'PENDING' AND next_attempt_at <= $1
             ORDER BY next_attempt_at, created_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
          [this.clock.now()],
        );
        if (!message) return 'idle' as const;
        try {
          await this.send(message);
          await manager.update(MailMessageEntity, message.id, {
            status: MailStatus.SENT,
            sentAt: this.clock.now(),
            attempts: message.attempts + 1,
            lastError: null,
            textBody: redactSecrets(message.textBody),
          });
          return 'sent' as const;
        } catch (error) {
          const attempts = message.attempts + 1;
          await manager.update(MailMessageEntity, message.id, {
            attempts,
            status: attempts >= MAX_ATTEMPTS ? MailStatus.FAILED : MailStatus.PENDING,
            ...(attempts >= MAX_ATTEMPTS ? { textBody: redactSecrets(message.textBody) } : {}),
            nextAttemptAt: new Date(this.clock.now().getTime() + backoffMs(attempts)),
            lastError: (error instanceof Error ? error.message : String(error)).slice(0, 1000),
          });
          this.logger.warn(`mail ${message.id} not delivered (attempt ${attempts}): ${String(error)}`);
          return 'failed' as const;
        }
      });
      if (outcome === 'idle') break;
      if (outcome === 'sent') sent += 1;
    }
    return sent;
  }

  private async send(message: Pick<MailMessageEntity, 'id' | 'toAddress' | 'subject' | 'textBody'>): Promise<void> {
    const info = (await this.transport.sendMail({
      from: this.config.mailFrom,
      // Nominees are told to reply to reminders and notices: the reply reaches the elections team.
      ...(this.config.mailReplyTo ? { replyTo: this.config.mailReplyTo } : {}),
      to: message.toAddress,
      subject: message.subject,
      text: revealSecrets(message.textBody),
      messageId: `<${message.id}@icc-vetting>`,
    })) as { message?: Buffer };
    if (!this.config.smtpUrl && info.message) {
      const dir = join(this.config.dataDir, 'mail');
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `${message.id}.eml`);
      writeFileSync(file, info.message);
      this.logger.log(`mail written to ${file} (set SMTP_URL to send it)`);
    }
  }
}
