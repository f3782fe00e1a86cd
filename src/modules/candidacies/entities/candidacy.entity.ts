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
import { CandidacyStatus, JudgeList, NominationProcedure, Nominator } from '../../../common/domain.enums.js';
import { ElectionEntity } from '../../elections/entities/election.entity.js';
import { StatePartyEntity } from '../../states/entities/state-party.entity.js';
import { PersonEntity } from './person.entity.js';

/** A person nominated by a State in one election. */
@Entity('candidacy')
@Check('ck_candidacy_nominator', `("nominated_by" = 'STATE_PARTY') = ("nominating_state_code" IS NOT NULL)`)
@Index('ux_candidacy_election_person', ['electionId', 'personId'], { unique: true })
@Index('ix_candidacy_listing', ['electionId', 'createdAt', 'id'])
@Index('ix_candidacy_person', ['personId'])
@Index('ix_candidacy_updated_at', ['updatedAt', 'id'])
export class CandidacyEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_candidacy' })
  id: string;

  @Column({ type: 'uuid' })
  electionId: string;

  @ManyToOne(() => ElectionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'election_id', foreignKeyConstraintName: 'fk_candidacy_election' })
  election?: Relation<ElectionEntity>;

  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_candidacy_person' })
  person?: Relation<PersonEntity>;

  /** Who put the candidate forward: a State Party, or the Prosecutor (Deputies, art. 42(4)). */
  @Column({ type: 'enum', enum: Nominator, enumName: 'nominator', default: Nominator.STATE_PARTY })
  nominatedBy: Nominator;

  /** The nominating State; null when the Prosecutor nominated. */
  @Column({ type: 'char', length: 2, nullable: true })
  nominatingStateCode: string | null;

  @ManyToOne(() => StatePartyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'nominating_state_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'fk_candidacy_nominating_state',
  })
  nominatingState?: Relation<StatePartyEntity>;

  @Column({ type: 'enum', enum: JudgeList, enumName: 'judge_list', nullable: true })
  list: JudgeList | null;

  @Column({ type: 'enum', enum: NominationProcedure, enumName: 'nomination_procedure', nullable: true })
  nominationProcedure: NominationProcedure | null;

  /** Deputy Prosecutor elections: the post (1, 2...) this candidacy is on the list for. */
  @Column({ type: 'int', nullable: true })
  post: number | null;

  @Column({ type: 'enum', enum: CandidacyStatus, enumName: 'candidacy_status', default: CandidacyStatus.NOMINATED })
  status: CandidacyStatus;

  @Column({ type: 'date' })
  nominatedOn: string;

  @Column({ type: 'date', nullable: true })
  withdrawnOn: string | null;

  @Column({ type: 'text', nullable: true })
  withdrawalReason: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
