import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ElectionType } from '../../../common/domain.enums.js';

export interface RubricCriterion {
  readonly key: string;
  readonly labelEn: string;
  readonly labelFr: string;
  /** The ratings a member may give on this criterion, best first. */
  readonly scale: readonly string[];
}

/** An assessment rubric: criteria and rating scales. Defaults are reference data shipped by a migration. */
@Entity('rubric')
@Index('ux_rubric_key', ['key'], { unique: true })
export class RubricEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_rubric' })
  id: string;

  @Column({ type: 'text' })
  key: string;

  @Column({ type: 'text' })
  name: string;

  /** The election type a default rubric is built for; null for a panel's own rubric. */
  @Column({ type: 'enum', enum: ElectionType, enumName: 'election_type', nullable: true })
  electionType: ElectionType | null;

  @Column({ type: 'jsonb' })
  criteria: RubricCriterion[];

  /** The ratings of the panel's overall conclusion, best first. */
  @Column({ type: 'text', array: true })
  overallScale: string[];

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
