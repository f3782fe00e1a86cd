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
import { ElectionEntity } from '../../elections/entities/election.entity.js';
import { StatePartyEntity } from '../../states/entities/state-party.entity.js';
import { OutreachChannel } from '../advocacy.enums.js';

/** The elections team's contact with one State about one election. Staff only, note and all. */
@Entity('outreach_record')
@Index('ix_outreach_record_state', ['stateCode', 'contactedOn'])
@Index('ix_outreach_record_election_state', ['electionId', 'stateCode'])
export class OutreachRecordEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_outreach_record' })
  id: string;

  @Column({ type: 'uuid' })
  electionId: string;

  @ManyToOne(() => ElectionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'election_id', foreignKeyConstraintName: 'fk_outreach_record_election' })
  election?: Relation<ElectionEntity>;

  @Column({ type: 'char', length: 2 })
  stateCode: string;

  @ManyToOne(() => StatePartyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'state_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'fk_outreach_record_state',
  })
  state?: Relation<StatePartyEntity>;

  @Column({ type: 'date' })
  contactedOn: string;

  @Column({ type: 'enum', enum: OutreachChannel, enumName: 'outreach_channel' })
  channel: OutreachChannel;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
