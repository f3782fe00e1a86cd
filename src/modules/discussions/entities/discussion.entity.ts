import {
  Check,
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
import { DiscussionStatus } from '../discussions.enums.js';

/** A public panel discussion with nominees of one election, and its record once held. */
@Entity('discussion')
@Check('ck_discussion_venue', `"place" IS NOT NULL OR "online_url" IS NOT NULL`)
@Check('ck_discussion_languages', `cardinality("languages") >= 1 AND "languages" <@ ARRAY['en', 'fr']::text[]`)
@Index('ix_discussion_election', ['electionId', 'startsAt'])
export class DiscussionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_discussion' })
  id: string;

  @Column({ type: 'uuid' })
  electionId: string;

  @ManyToOne(() => ElectionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'election_id', foreignKeyConstraintName: 'fk_discussion_election' })
  election?: Relation<ElectionEntity>;

  @Column({ type: 'text' })
  title: string;

  /** The instant it starts; `timeZone` says how to show it (the local time where it is held). */
  @Column({ type: 'timestamptz', precision: 3 })
  startsAt: Date;

  /** IANA time zone name, e.g. Europe/Amsterdam. */
  @Column({ type: 'text' })
  timeZone: string;

  @Column({ type: 'text', nullable: true })
  place: string | null;

  /** https only. */
  @Column({ type: 'text', nullable: true })
  onlineUrl: string | null;

  /** ISO 639-1: en, fr. */
  @Column({ type: 'text', array: true })
  languages: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  moderators: string[];

  @Column({ type: 'enum', enum: DiscussionStatus, enumName: 'discussion_status', default: DiscussionStatus.SCHEDULED })
  status: DiscussionStatus;

  @Column({ type: 'text', nullable: true })
  cancellationReason: string | null;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Column({ type: 'text', nullable: true })
  recordingUrl: string | null;

  @Column({ type: 'text', nullable: true })
  transcriptUrl: string | null;

  /** The questions put to the nominees, in the order asked. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  questions: string[];

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
