import { Inject, Injectable } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { rateLimited } from '../../common/graphql/rate-limit.plugin.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { BACKOFF_FORGET_MS, backoffSeconds, secondsUntil, WINDOW_MS, windowStart } from './sign-in-throttle.rules.js';

/**
 * Limits guessing of passwords and invitation codes. Every execution of a sign-in field is counted
 * per client address (however the document reaches it: fragments, aliases), and failed logins per
 * e-mail make further attempts for that e-mail wait longer and longer. The counters live in
 * PostgreSQL, so N instances share one limit; each is one short statement outside the business
 * transaction, so a failed attempt stays counted.
 */
@Injectable()
export class SignInThrottleService {
  private lastSweep = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** Counts one sign-in attempt from this address; RATE_LIMITED once it is over the limit this minute. */
  async countAttempt(address: string): Promise<void> {
    const now = this.clock.now();
    await this.sweep(now);
    const start = windowStart(now);
    const [row] = await this.dataSource.query<{ hits: number }[]>(
      `INSERT INTO sign_in_window AS w (scope, subject, window_start, hits) VALUES ('address', $1, $2, 1)
       ON CONFLICT (scope, subject, window_start) DO UPDATE SET hits = w.hits + 1
       RETURNING hits`,
      [address, start],
    );
    if ((row?.hits ?? 0) > this.config.signInRateLimitPerMinute) {
      const wait = secondsUntil(new Date(start.getTime() + WINDOW_MS), now);
      throw rateLimited('Too many sign-in attempts from this address: wait a minute', wait);
    }
  }

  /**
   * Before checking a password: refuses while this e-mail is backing off, otherwise counts the
   * attempt as a failure (until `loginSucceeded`) and, from the threshold on, makes the next attempt
   * wait. Counting before the check means parallel guesses cannot slip past the back-off. Unknown
   * e-mails are treated exactly like known ones.
   */
  async beginLogin(email: string): Promise<void> {
    const key = this.accountKey(email);
    const now = this.clock.now();
    const forgetBefore = new Date(now.getTime() - BACKOFF_FORGET_MS);
    const [counted] = await this.dataSource.query<{ failures: number }[]>(
      `INSERT INTO sign_in_backoff AS b (account_key, failures, locked_until, last_attempt_at) VALUES ($1, 1, NULL, $2)
       ON CONFLICT (account_key) DO UPDATE
         SET failures = CASE WHEN b.last_attempt_at <= $3 THEN 1 ELSE b.failures + 1 END, last_attempt_at = $2
         WHERE b.locked_until IS NULL OR b.locked_until <= $2
       RETURNING failures`,
      [key, now, forgetBefore],
    );
    if (!counted) {
      const [locked] = await this.dataSource.query<{ locked_until: Date | null }[]>(
        'SELECT locked_until FROM sign_in_backoff WHERE account_key = $1',
        [key],
      );
      const wait = locked?.locked_until ? secondsUntil(locked.locked_until, now) : 1;
      throw rateLimited('Too many failed sign-ins for this e-mail address: wait before trying again', wait);
    }
    const wait = backoffSeconds(counted.failures);
    if (wait > 0) {
      await this.dataSource.query(
        `UPDATE sign_in_backoff SET locked_until = GREATEST(COALESCE(locked_until, $2), $2) WHERE account_key = $1`,
        [key, new Date(now.getTime() + wait * 1000)],
      );
    }
  }

  /** A correct password: the e-mail's failures are forgotten. */
  async loginSucceeded(email: string): Promise<void> {
    await this.dataSource.query('DELETE FROM sign_in_backoff WHERE account_key = $1', [this.accountKey(email)]);
  }

  /** Keyed, so the table does not keep what people typed (a password in the e-mail field) in clear. */
  private accountKey(email: string): string {
    return createHmac('sha256', this.config.jwtSecret).update(email.trim().toLowerCase()).digest('hex');
  }

  /** Drops ended windows and forgotten failures, at most once a minute per instance. */
  private async sweep(now: Date): Promise<void> {
    if (Math.abs(now.getTime() - this.lastSweep) < WINDOW_MS) return;
    this.lastSweep = now.getTime();
    await this.dataSource.query('DELETE FROM sign_in_window WHERE window_start < $1', [
      new Date(windowStart(now).getTime() - WINDOW_MS),
    ]);
    await this.dataSource.query('DELETE FROM sign_in_backoff WHERE last_attempt_at <= $1', [
      new Date(now.getTime() - BACKOFF_FORGET_MS),
    ]);
  }
}
