import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Gender, JudgeList } from '../../../common/domain.enums.js';
import { StatePartyEntity } from '../../states/entities/state-party.entity.js';
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

  /** A State Party's code: the judge's regional group is that State's (never recorded apart). */
  @Column({ type: 'char', length: 2 })
  nationality: string;

  @ManyToOne(() => StatePartyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'nationality',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'fk_sitting_judge_nationality',
  })
  nationalityState?: Relation<StatePartyEntity>;

  @Column({ type: 'enum', enum: Gender, enumName: 'gender' })
  gender: Gender;

  @Column({ type: 'enum', enum: JudgeList, enumName: 'judge_list' })
  list: JudgeList;

  @Column({ type: 'date', nullable: true })
  termEndsOn: string | null;
}
