import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { ElectionEntity } from './election.entity.js';

/** One extension of a nomination period, kept for the record with its reason. */
@Entity('nomination_extension')
@Index('ux_nomination_extension_sequence', ['electionId', 'sequence'], { unique: true })
export class NominationExtensionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_nomination_extension' })
  id: string;

  @Column({ type: 'uuid' })
  electionId: string;

  @ManyToOne(() => ElectionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'election_id', foreignKeyConstraintName: 'fk_nomination_extension_election' })
  election?: Relation<ElectionEntity>;

  /** 1 for the first extension, 2 for the second... */
  @Column({ type: 'int' })
  sequence: number;

  @Column({ type: 'date' })
  previousClosesOn: string;

  @Column({ type: 'date' })
  closesOn: string;

  @Column({ type: 'text' })
  reason: string;

  /** Beyond the usual limits, by a decision of the Bureau: not counted toward them. */
  @Column({ type: 'boolean', default: false })
  exceptional: boolean;

  /** The decision that allowed an exceptional extension. */
  @Column({ type: 'text', nullable: true })
  decisionReference: string | null;

  /** The day the extension was decided (by the ASP President). */
  @Column({ type: 'date' })
  decidedOn: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
