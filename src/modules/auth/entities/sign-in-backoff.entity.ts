import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Consecutive failed logins per e-mail address, known or not (so a refusal never tells whether an
 * account exists). A success deletes the row.
 */
@Entity('sign_in_backoff')
@Index('ix_sign_in_backoff_last_attempt', ['lastAttemptAt'])
export class SignInBackoffEntity {
  /** HMAC-SHA256 (hex) of the lower-cased e-mail: what was typed is not kept in clear. */
  @PrimaryColumn({ type: 'char', length: 64, primaryKeyConstraintName: 'pk_sign_in_backoff' })
  accountKey: string;

  /** Attempts since the last success, counted as failures until they succeed. */
  @Column({ type: 'int' })
  failures: number;

  /** No attempt for this e-mail is run before this instant. */
  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @Column({ type: 'timestamptz' })
  lastAttemptAt: Date;
}
