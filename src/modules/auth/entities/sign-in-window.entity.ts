import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Sign-in attempts (login, invitation exchange) counted per client address in fixed one-minute
 * windows. In PostgreSQL, so every instance counts against the same limit; old windows are swept.
 */
@Entity('sign_in_window')
@Index('ix_sign_in_window_start', ['windowStart'])
export class SignInWindowEntity {
  /** What is counted, e.g. `address`. */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_sign_in_window' })
  scope: string;

  /** Who is counted: the client address. */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_sign_in_window' })
  subject: string;

  @PrimaryColumn({ type: 'timestamptz', primaryKeyConstraintName: 'pk_sign_in_window' })
  windowStart: Date;

  @Column({ type: 'int' })
  hits: number;
}
