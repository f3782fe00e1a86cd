import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ElectionType } from '../../../common/domain.enums.js';
import type { Question } from '../questions.js';

/** One version of a questionnaire template. Editing makes a new version; none is ever changed. */
@Entity('questionnaire_template')
@Index('ux_questionnaire_template_version', ['family', 'version'], { unique: true })
export class QuestionnaireTemplateEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_questionnaire_template' })
  id: string;

  /** Stable identity shared by every version of one template. */
  @Column({ type: 'uuid' })
  family: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'text' })
  title: string;

  /** The title in French, where there is one: nominees reading in French see it (else the title). */
  @Column({ type: 'text', nullable: true })
  titleFr: string | null;

  @Column({ type: 'enum', enum: ElectionType, enumName: 'election_type' })
  electionType: ElectionType;

  @Column({ type: 'jsonb' })
  questions: Question[];

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
