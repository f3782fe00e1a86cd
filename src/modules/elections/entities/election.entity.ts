import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { ElectionStatus, ElectionType, type RegionalGroup } from '../../../common/domain.enums.js';

@Entity('election')
@Check('ck_election_seats_positive', '"seats" > 0')
@Check('ck_election_nomination_period', '"nomination_opens_on" <= "nomination_closes_on"')
@Index('ix_election_listing', ['nominationOpensOn', 'id'])
// Sync by change time: elections(updatedSince).
@Index('ix_election_updated_at', ['updatedAt', 'id'])
export class ElectionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_election' })
  id: string;

  @Column({ type: 'enum', enum: ElectionType, enumName: 'election_type' })
  type: ElectionType;

  @Column({ type: 'text' })
  title: string;

  /** The title in French, where the Assembly gives one: nominees reading in French see it. */
  @Column({ type: 'text', nullable: true })
  titleFr: string | null;

  /** The session of the Assembly of States Parties that holds the vote, e.g. "24th session". */
  @Column({ type: 'text' })
  aspSession: string;

  @Column({ type: 'int' })
  seats: number;

  @Column({ type: 'date', nullable: true })
  termStartsOn: string | null;

  @Column({ type: 'date', nullable: true })
  termEndsOn: string | null;

  @Column({ type: 'date' })
  nominationOpensOn: string;

  /** The closing date in force: the original one, or the last extension's. */
  @Column({ type: 'date' })
  nominationClosesOn: string;

  /** First day of voting, when known: States Parties are counted on this day. */
  @Column({ type: 'date', nullable: true })
  votingStartsOn: string | null;

  @Column({ type: 'enum', enum: ElectionStatus, enumName: 'election_status', default: ElectionStatus.DRAFT })
  status: ElectionStatus;

  /** TFV Board and CBF: the seats up in each regional group (null: all five TFV seats). */
  @Column({ type: 'jsonb', nullable: true })
  regionalSeats: Partial<Record<RegionalGroup, number>> | null;

  /** Deputy Prosecutor elections: the Prosecutor in office (art. 42(2): of another nationality). */
  @Column({ type: 'text', nullable: true })
  prosecutorName: string | null;

  @Column({ type: 'char', length: 2, nullable: true })
  prosecutorNationality: string | null;

  /** Why an officer concluded the election with seats left (postponed, resumed session...). */
  @Column({ type: 'text', nullable: true })
  conclusionReason: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
