import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { RegionalGroup } from '../../../common/domain.enums.js';

/** A State that is or was a party to the Rome Statute. Reference data shipped by migration. */
@Entity('state_party')
export class StatePartyEntity {
  /** ISO 3166-1 alpha-2. */
  @PrimaryColumn({ type: 'char', length: 2, primaryKeyConstraintName: 'pk_state_party' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Index('ix_state_party_regional_group')
  @Column({ type: 'enum', enum: RegionalGroup, enumName: 'regional_group' })
  regionalGroup: RegionalGroup;

  @Column({ type: 'date', nullable: true })
  depositedOn: string | null;

  /** The Statute entered into force for the State on this date (art. 126). */
  @Column({ type: 'date' })
  joinedOn: string;

  /** A withdrawal takes effect one year after notification (art. 127). */
  @Column({ type: 'date', nullable: true })
  leftOn: string | null;

  @Column({ type: 'text', nullable: true })
  source: string | null;
}
