import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { ElectionEntity } from '../../elections/entities/election.entity.js';
import { PanelEntity } from './panel.entity.js';

/** An election a panel covers. */
@Entity('panel_election')
@Index('ix_panel_election_election', ['electionId'])
export class PanelElectionEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_panel_election' })
  panelId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_panel_election' })
  electionId: string;

  @ManyToOne(() => PanelEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'panel_id', foreignKeyConstraintName: 'fk_panel_election_panel' })
  panel?: Relation<PanelEntity>;

  @ManyToOne(() => ElectionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'election_id', foreignKeyConstraintName: 'fk_panel_election_election' })
  election?: Relation<ElectionEntity>;
}
