import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CandidacyStatus, Gender, JudgeList, NominationProcedure, Nominator } from '../../../common/domain.enums.js';
import { Connection } from '../../../common/pagination/connection.js';
import { LocalDateScalar } from '../../../common/scalars/local-date.scalar.js';
import { CandidacyWarningCode } from '../candidacies.rules.js';
import type { CandidacyEntity } from '../entities/candidacy.entity.js';
import type { PersonRow } from '../entities/person.entity.js';

registerEnumType(CandidacyWarningCode, {
  name: 'CandidacyWarningCode',
  description: 'What a candidacy warning is about.',
  valuesMap: {
    SAME_NATIONALITY_AS_OTHER_CANDIDATE: {
      description:
        'Another candidate in the election has the same nationality: two nationals of one State may not both be elected (art. 36(7)).',
    },
  },
});

@ObjectType('Person', { description: 'A nominee: one record across every election they stand in.' })
export class PersonModel {
  @Field(() => ID, { description: "The person's id, the same in every election they stand in." })
  id: string;

  @Field({ description: "The candidate's full name, as nominated." })
  fullName: string;

  @Field(() => Gender, { description: 'Gender, as the minimum voting requirements count it.' })
  gender: Gender;

  @Field({ description: 'Nationality for the purposes of the Statute (art. 36(7)), ISO 3166-1 alpha-2.' })
  nationality: string;

  @Field(() => [String], { description: 'Any other nationalities, ISO 3166-1 alpha-2.' })
  otherNationalities: string[];

  @Field(() => [String], { description: 'Languages, ISO 639-1 codes.' })
  languages: string[];

  /** Absent when a list read left it out: the field (PersonsResolver.biography) then reads it. */
  biography?: string | null;

  @Field(() => Int, { description: 'Changes on every correction; send it back with the next one (updatePerson).' })
  version: number;
}

export const toPersonModel = (e: PersonRow): PersonModel => ({
  id: e.id,
  fullName: e.fullName,
  gender: e.gender,
  nationality: e.nationality.trim(),
  otherNationalities: e.otherNationalities.map((n) => n.trim()),
  languages: e.languages,
  biography: e.biography,
  version: e.version,
});

@ObjectType('PersonContact', { description: "A nominee's private contact details (staff only)." })
export class PersonContactModel {
  @Field(() => ID, { description: 'The person.' })
  personId: string;

  @Field(() => String, { description: 'Where the elections team writes to the nominee (private).', nullable: true })
  contactEmail: string | null;
}

@ObjectType('CandidacyWarning', { description: 'Something allowed but worth knowing about a candidacy.' })
export class CandidacyWarningModel {
  @Field(() => CandidacyWarningCode, { description: 'What the warning is about.' })
  code: CandidacyWarningCode;

  @Field({ description: 'The warning, in English, for people.' })
  message: string;

  @Field(() => [ID], { description: 'The other candidacies concerned.' })
  candidacyIds: string[];
}

@ObjectType('Candidacy', {
  description: 'A person nominated in one election: by a State Party, or by the Prosecutor (Deputy Prosecutors).',
})
export class CandidacyModel {
  @Field(() => ID, { description: "The candidacy's id." })
  id: string;

  @Field(() => CandidacyStatus, {
    description: 'Where the candidacy stands: NOMINATED, WITHDRAWN, ELECTED or NOT_ELECTED.',
  })
  status: CandidacyStatus;

  @Field(() => JudgeList, { nullable: true, description: 'Judicial elections: list A or B (art. 36(5)).' })
  list: JudgeList | null;

  @Field(() => NominationProcedure, { nullable: true, description: 'Judicial elections (art. 36(4)(a)).' })
  nominationProcedure: NominationProcedure | null;

  @Field(() => Int, { nullable: true, description: 'Deputy Prosecutor elections: the post this candidacy is for.' })
  post: number | null;

  @Field(() => Nominator, {
    description: 'Who put the candidate forward: a State Party, or the Prosecutor (Deputies).',
  })
  nominatedBy: Nominator;

  @Field(() => LocalDateScalar, { description: 'The day the nomination was made.' })
  nominatedOn: string;

  @Field(() => LocalDateScalar, { description: 'The day the candidacy was withdrawn, if it was.', nullable: true })
  withdrawnOn: string | null;

  @Field(() => String, { description: 'Why it was withdrawn, as announced.', nullable: true })
  withdrawalReason: string | null;

  @Field(() => Int, { description: 'Changes on every edit; send it back with the next change.' })
  version: number;

  electionId: string;
  personId: string;
  nominatingStateCode: string | null;
}

export const toCandidacyModel = (e: CandidacyEntity): CandidacyModel => ({
  id: e.id,
  status: e.status,
  list: e.list,
  nominationProcedure: e.nominationProcedure,
  post: e.post,
  nominatedBy: e.nominatedBy,
  nominatedOn: e.nominatedOn,
  withdrawnOn: e.withdrawnOn,
  withdrawalReason: e.withdrawalReason,
  version: e.version,
  electionId: e.electionId,
  personId: e.personId,
  nominatingStateCode: e.nominatingStateCode?.trim() ?? null,
});

export const CandidacyConnection = Connection(CandidacyModel, 'Candidacy');
