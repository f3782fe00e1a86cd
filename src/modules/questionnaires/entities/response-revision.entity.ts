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
import type { AnswerValue } from '../questions.js';
import { ResponseEntity, ResponseStatus } from './response.entity.js';

/** Every saved state of a response, append-only: drafts, submissions, reopenings. */
@Entity('response_revision')
@Index('ux_response_revision_version', ['responseId', 'version'], { unique: true })
export class ResponseRevisionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_response_revision' })
  id: string;

  @Column({ type: 'uuid' })
  responseId: string;

  @ManyToOne(() => ResponseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'response_id', foreignKeyConstraintName: 'fk_response_revision_response' })
  response?: Relation<ResponseEntity>;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'enum', enum: ResponseStatus, enumName: 'response_status' })
  status: ResponseStatus;

  @Column({ type: 'jsonb' })
  answers: Record<string, AnswerValue>;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
