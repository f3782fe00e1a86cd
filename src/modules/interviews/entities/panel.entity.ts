import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { PanelKind } from '../interviews.enums.js';
import { RubricEntity } from './rubric.entity.js';

/** An interview panel or advisory committee, with its rubric. */
@Entity('panel')
export class PanelEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_panel' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'enum', enum: PanelKind, enumName: 'panel_kind' })
  kind: PanelKind;

  @Column({ type: 'uuid' })
  rubricId: string;

  @ManyToOne(() => RubricEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'rubric_id', foreignKeyConstraintName: 'fk_panel_rubric' })
  rubric?: Relation<RubricEntity>;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
