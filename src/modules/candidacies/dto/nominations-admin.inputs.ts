import { KeepIfAbsent } from '../../../common/validation/keep-if-absent.js';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsBoolean,
  IsEmail,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import { Gender } from '../../../common/domain.enums.js';
import { NotBlank } from '../../../common/validation/not-blank.js';
import { DateField } from '../../../common/scalars/local-date.scalar.js';

// At most this much CSV text in one import: a few hundred nominations, far beyond any election's.
export const IMPORT_MAX_CHARS = 200_000;

@InputType({ description: "A correction of a nominee's record: only the fields given change." })
export class UpdatePersonInput {
  @Field(() => ID, { description: 'The person.' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version read (Person.version); a stale one is refused as CONFLICT.' })
  @IsInt()
  @Min(0)
  version: number;

  @Field({ nullable: true, description: "The candidate's full name." })
  @KeepIfAbsent()
  @IsString()
  @NotBlank(2)
  @MaxLength(200)
  fullName?: string;

  @Field(() => Gender, { nullable: true, description: 'Gender, as the minimum voting requirements count it.' })
  @KeepIfAbsent()
  @IsEnum(Gender)
  gender?: Gender;

  @Field({
    nullable: true,
    description:
      "Nationality for the purposes of the Statute, ISO 3166-1 alpha-2; checked against every standing candidacy's rules.",
  })
  @KeepIfAbsent()
  @Matches(/^[A-Z]{2}$/, { message: 'nationality must be an ISO 3166-1 alpha-2 code in capitals' })
  nationality?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Private: where questionnaires are sent, never public; null removes it (nothing can be mailed then).',
  })
  @IsOptional()
  @IsEmail()
  @MaxLength(320)
  contactEmail?: string | null;
}

@InputType({ description: 'A nomination entered by mistake, to be voided.' })
export class VoidCandidacyInput {
  @Field(() => ID, { description: 'The candidacy.' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version read (Candidacy.version); a stale one is refused as CONFLICT.' })
  @IsInt()
  @Min(0)
  version: number;

  @Field({ description: 'Why the nomination is void (kept in the audit log).' })
  @IsString()
  @NotBlank(3)
  @MaxLength(2000)
  reason: string;
}

@InputType({ description: 'Many nominations to one election, as CSV text with a header row.' })
export class ImportNominationsInput {
  @Field(() => ID, { description: 'The election.' })
  @IsUUID()
  electionId: string;

  @Field({
    description:
      'CSV (comma or semicolon separated, UTF-8, a header row): fullName, gender, nationality, nominatingState, ' +
      'list, nominationProcedure, post, nominatedOn, contactEmail, otherNationalities, languages, biography ' +
      '(several codes in one cell separated by spaces). Column names as in NominateCandidateInput.',
  })
  @IsString()
  @NotBlank(1)
  @MaxLength(IMPORT_MAX_CHARS)
  csv: string;

  @Field({ description: 'True: check every row and write nothing (a preview). False: write every row, or none.' })
  @IsBoolean()
  dryRun: boolean;

  @DateField({
    nullable: true,
    description:
      'The day of the nominations whose row gives none (the client sends its reader’s today); default today (UTC).',
  })
  nominatedOn?: string;
}
