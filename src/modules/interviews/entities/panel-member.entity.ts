import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { StaffUserEntity } from '../../auth/entities/staff-user.entity.js';
import { PanelMemberRole } from '../interviews.enums.js';
import { PanelEntity } from './panel.entity.js';

/** A member of a panel, optionally linked to the PANEL_MEMBER staff account they act through. */
@Entity('panel_member')
@Index('ix_panel_member_panel', ['panelId'])
@Index('ux_panel_member_panel_staff_user', ['panelId', 'staffUserId'], { unique: true })
@Index('ix_panel_member_staff_user', ['staffUserId'])
export class PanelMemberEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_panel_member' })
  id: string;

  @Column({ type: 'uuid' })
  panelId: string;

  @ManyToOne(() => PanelEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'panel_id', foreignKeyConstraintName: 'fk_panel_member_panel' })
  panel?: Relation<PanelEntity>;

  @Column({ type: 'text' })
  fullName: string;

  /** ISO 3166-1 alpha-2; drives automatic recusal. */
  @Column({ type: 'char', length: 2 })
  nationality: string;

  @Column({ type: 'text', nullable: true })
  affiliation: string | null;

  @Column({ type: 'enum', enum: PanelMemberRole, enumName: 'panel_member_role' })
  role: PanelMemberRole;

  @Column({ type: 'uuid', nullable: true })
  staffUserId: string | null;

  @ManyToOne(() => StaffUserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'staff_user_id', foreignKeyConstraintName: 'fk_panel_member_staff_user' })
  staffUser?: Relation<StaffUserEntity>;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
