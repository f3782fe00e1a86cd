import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CandidacyModel } from './candidacy.model.js';

@ObjectType('VoidedCandidacy', { description: 'A nomination voided: gone from every read, kept in the audit log.' })
export class VoidedCandidacyModel {
  @Field(() => ID, { description: 'The candidacy that was voided (no longer readable).' })
  candidacyId: string;

  @Field(() => ID, { description: 'The election it was in.' })
  electionId: string;

  @Field({ description: 'True when the person had no other candidacy and was removed with it.' })
  personRemoved: boolean;
}

export enum NominationImportOutcome {
  ACCEPTED = 'ACCEPTED',
  REFUSED = 'REFUSED',
}

registerEnumType(NominationImportOutcome, {
  name: 'NominationImportOutcome',
  description: 'What the API makes of one row of an import.',
  valuesMap: {
    ACCEPTED: { description: 'The nomination passes every rule: created when the import is written.' },
    REFUSED: { description: 'Refused, for the reason given; while one row is refused, nothing is written.' },
  },
});

@ObjectType('NominationImportRefusal', { description: 'Why a row is refused: what nominateCandidate would answer.' })
export class NominationImportRefusalModel {
  @Field({ description: 'The error code nominateCandidate would give (RULE_VIOLATION, BAD_USER_INPUT, CONFLICT...).' })
  code: string;

  @Field(() => String, {
    nullable: true,
    description: 'The election rule refused (RULE_VIOLATION), as in `extensions.rule`.',
  })
  rule: string | null;

  @Field(() => [String], { description: 'The columns at fault (BAD_USER_INPUT), e.g. nationality, nominatingState.' })
  fields: string[];

  @Field({ description: 'The refusal, in English, for people.' })
  message: string;
}

@ObjectType('NominationImportRow', { description: 'One row of an import and what became of it.' })
export class NominationImportRowModel {
  @Field(() => Int, { description: 'The line of the file the row starts on (the header is line 1).' })
  line: number;

  @Field(() => String, { nullable: true, description: "The candidate's name, as the row gives it." })
  fullName: string | null;

  @Field(() => String, { nullable: true, description: 'The nominating State, as the row gives it.' })
  nominatingState: string | null;

  @Field(() => String, { nullable: true, description: 'The nationality, as the row gives it.' })
  nationality: string | null;

  @Field(() => String, { nullable: true, description: 'The list (judicial elections), as the row gives it.' })
  list: string | null;

  @Field(() => NominationImportOutcome, { description: 'Accepted or refused.' })
  outcome: NominationImportOutcome;

  @Field(() => NominationImportRefusalModel, { nullable: true, description: 'Why the row is refused.' })
  refusal: NominationImportRefusalModel | null;

  @Field(() => CandidacyModel, { nullable: true, description: 'The candidacy created, once the import is written.' })
  candidacy: CandidacyModel | null;
}

@ObjectType('NominationImport', { description: 'The result of an import: a preview, or every row written, or none.' })
export class NominationImportModel {
  @Field({ description: 'True for a preview: nothing was written.' })
  dryRun: boolean;

  @Field({ description: 'True when every row was written (one transaction); false when nothing was.' })
  written: boolean;

  @Field(() => Int, { description: 'Rows accepted.' })
  accepted: number;

  @Field(() => Int, { description: 'Rows refused (nothing is written while any is).' })
  refused: number;

  @Field(() => [NominationImportRowModel], { description: 'Every row, in the order of the file.' })
  rows: NominationImportRowModel[];
}
