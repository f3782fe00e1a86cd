import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Gender, JudgeList, RegionalGroup } from '../../../common/domain.enums.js';
import { ElectionEntity } from './election.entity.js';

/** A judge who stays in office through a judicial election; the MVRs are computed from them. */
@Entity('sitting_judge')
@Index('ix_sitting_judge_election', ['electionId'])
export class SittingJudgeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_sitting_judge' })
  id: string;

  @Column({ type: 'uuid' })
  electionId: string;

  @ManyToOne(() => ElectionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'election_id', foreignKeyConstraintName: 'fk_sitting_judge_election' })
  election?: Relation<ElectionEntity>;

  @Column({ type: 'text' })
  fullName: string;

  @Column({ type: 'char', length: 2 })
  nationality: string;

  @Column({ type: 'enum', enum: Gender, enumName: 'gender' })
  gender: Gender;

  @Column({ type: 'enum', enum: JudgeList, enumName: 'judge_list' })
  list: JudgeList;

  @Column({ type: 'enum', enum: RegionalGroup, enumName: 'regional_group' })
  regionalGroup: RegionalGroup;

  @Column({ type: 'date', nullable: true })
  termEndsOn: string | null;
}
