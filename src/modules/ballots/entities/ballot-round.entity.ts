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
import type { BallotRoundOutcome, MvrResult } from '../../slate/index.js';
import { ElectionEntity } from '../../elections/entities/election.entity.js';

/**
 * A round of voting as announced (its figures), with the outcome the rules derived from it; or an
 * election by acclamation of a clean slate (no figures). Never edited once recorded.
 */
@Entity('ballot_round')
@Index('ux_ballot_round_number', ['electionId', 'number'], { unique: true })
export class BallotRoundEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_ballot_round' })
  id: string;

  @Column({ type: 'uuid' })
  electionId: string;

  @ManyToOne(() => ElectionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'election_id', foreignKeyConstraintName: 'fk_ballot_round_election' })
  election?: Relation<ElectionEntity>;

  /** 1 for the first round. */
  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'date' })
  heldOn: string;

  @Column({ type: 'boolean', default: false })
  byAcclamation: boolean;

  @Column({ type: 'int', nullable: true })
  ballotPapers: number | null;

  @Column({ type: 'int', nullable: true })
  invalidBallots: number | null;

  @Column({ type: 'int', nullable: true })
  abstentions: number | null;

  /** States present and voting: ballot papers less invalid ballots and abstentions. */
  @Column({ type: 'int', nullable: true })
  validBallots: number | null;

  /** States Parties on the day (art. 42(4) majority; regional bases). */
  @Column({ type: 'int' })
  statesParties: number;

  @Column({ type: 'int', nullable: true })
  votesRequired: number | null;

  /** Votes per candidacy id. */
  @Column({ type: 'jsonb' })
  votes: Record<string, number>;

  /** Candidacies that withdrew after the previous round, before this one. */
  @Column({ type: 'jsonb' })
  withdrawnBefore: string[];

  /** The minimum voting requirements in force for this round (judges only). */
  @Column({ type: 'jsonb', nullable: true })
  requirements: MvrResult | null;

  /** What the rules derived: elected, excluded, dropped, ties, seats left. */
  @Column({ type: 'jsonb' })
  outcome: BallotRoundOutcome;

  /** The requirements for the next round, as they stood once this one was counted. */
  @Column({ type: 'jsonb', nullable: true })
  nextRequirements: MvrResult | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  recordedAt: Date;
}
