import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Gender } from '../../../common/domain.enums.js';

/** A nominee: one record across the elections they stand in. */
@Entity('person')
@Index('ix_person_full_name', ['fullName'])
// An expression index (trigram, over search_text(full_name)) made by the ObserverSearch migration.
@Index('ix_person_full_name_search', { synchronize: false })
@Index('ix_person_updated_at', ['updatedAt', 'id'])
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_person' })
  id: string;

  @Column({ type: 'text' })
  fullName: string;

  @Column({ type: 'enum', enum: Gender, enumName: 'gender' })
  gender: Gender;

  /** Nationality for the purposes of the Statute (art. 36(7)), ISO 3166-1 alpha-2. */
  @Column({ type: 'char', length: 2 })
  nationality: string;

  @Column({ type: 'char', length: 2, array: true, default: () => "'{}'" })
  otherNationalities: string[];

  /** ISO 639-1 codes. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  @Column({ type: 'text', nullable: true })
  biography: string | null;

  /** Private: used to send questionnaires; never in the public schema. */
  @Column({ type: 'text', nullable: true })
  contactEmail: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}

/**
 * A person as the observers' list reads bring it: the biography (up to 20,000 characters, and not
 * shown in a list) is absent, not null, where the read left it out; PersonModel's biography field then
 * reads it on its own (CandidaciesService.biographyLoader).
 */
export type PersonRow = Omit<PersonEntity, 'biography'> & { readonly biography?: string | null };
