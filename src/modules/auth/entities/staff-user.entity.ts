import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { StaffRole } from '../../../common/domain.enums.js';

@Entity('staff_user')
export class StaffUserEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_staff_user' })
  id: string;

  /** Stored lower-case; unique. */
  @Index('ux_staff_user_email', { unique: true })
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  displayName: string;

  /** argon2id encoded hash; never leaves the auth module. */
  @Column({ type: 'text' })
  passwordHash: string;

  @Column({ type: 'enum', enum: StaffRole, enumName: 'staff_role' })
  role: StaffRole;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  disabledAt: Date | null;

  /** Carried in every token as `ep`; disabling bumps it, so tokens from before stay dead once re-enabled. */
  @Column({ type: 'int', default: 0 })
  tokenEpoch: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
