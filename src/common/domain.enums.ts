import { registerEnumType } from '@nestjs/graphql';

// Enum values are the public contract (DESIGN.md); the same strings are stored in PostgreSQL enums.

export enum RegionalGroup {
  AFRICAN = 'AFRICAN',
  ASIA_PACIFIC = 'ASIA_PACIFIC',
  EASTERN_EUROPEAN = 'EASTERN_EUROPEAN',
  LATIN_AMERICAN_AND_CARIBBEAN = 'LATIN_AMERICAN_AND_CARIBBEAN',
  WESTERN_EUROPEAN_AND_OTHER = 'WESTERN_EUROPEAN_AND_OTHER',
}

export enum Gender {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
}

export enum JudgeList {
  A = 'A',
  B = 'B',
}

export enum ElectionType {
  JUDGES = 'JUDGES',
  PROSECUTOR = 'PROSECUTOR',
  DEPUTY_PROSECUTOR = 'DEPUTY_PROSECUTOR',
  TFV_BOARD = 'TFV_BOARD',
  /** ICC-ASP/1/Res.4, Res.5: twelve finance experts, seats by regional group. */
  COMMITTEE_ON_BUDGET_AND_FINANCE = 'COMMITTEE_ON_BUDGET_AND_FINANCE',
}

/** Who put a candidate forward: a State Party, or the Prosecutor for Deputies (art. 42(4)). */
export enum Nominator {
  STATE_PARTY = 'STATE_PARTY',
  PROSECUTOR = 'PROSECUTOR',
}

export enum ElectionStatus {
  DRAFT = 'DRAFT',
  NOMINATIONS_OPEN = 'NOMINATIONS_OPEN',
  NOMINATIONS_CLOSED = 'NOMINATIONS_CLOSED',
  VOTING = 'VOTING',
  CONCLUDED = 'CONCLUDED',
}

export enum CandidacyStatus {
  NOMINATED = 'NOMINATED',
  WITHDRAWN = 'WITHDRAWN',
  ELECTED = 'ELECTED',
  NOT_ELECTED = 'NOT_ELECTED',
}

export enum NominationProcedure {
  /** Rome Statute art. 36(4)(a)(i). */
  HIGHEST_JUDICIAL_OFFICES = 'HIGHEST_JUDICIAL_OFFICES',
  /** Rome Statute art. 36(4)(a)(ii). */
  ICJ_PROCEDURE = 'ICJ_PROCEDURE',
}

/**
 * The Court's working languages (Rome Statute art. 50(2)). On the wire the enum names EN and FR;
 * stored as ISO 639-1 codes ('en', 'fr'), which is also what the web client's catalogues are keyed by.
 */
export enum Language {
  EN = 'en',
  FR = 'fr',
}

export enum StaffRole {
  ADMIN = 'ADMIN',
  ELECTIONS_OFFICER = 'ELECTIONS_OFFICER',
  PANEL_MEMBER = 'PANEL_MEMBER',
}

registerEnumType(RegionalGroup, {
  name: 'RegionalGroup',
  description: 'UN regional groups as the Assembly of States Parties uses them.',
});
registerEnumType(Gender, { name: 'Gender', description: 'Gender as counted by the minimum voting requirements.' });
registerEnumType(JudgeList, {
  name: 'JudgeList',
  description: 'List A: criminal law and procedure; list B: international law (Rome Statute art. 36(5)).',
});
registerEnumType(ElectionType, { name: 'ElectionType', description: 'What the Assembly elects.' });
registerEnumType(Nominator, {
  name: 'Nominator',
  description: 'Who put the candidate forward: a STATE_PARTY, or the PROSECUTOR (Deputy Prosecutors, art. 42(4)).',
});
registerEnumType(ElectionStatus, {
  name: 'ElectionStatus',
  description: 'Life cycle: DRAFT → NOMINATIONS_OPEN → NOMINATIONS_CLOSED → VOTING → CONCLUDED.',
});
registerEnumType(CandidacyStatus, { name: 'CandidacyStatus', description: 'Where a candidacy stands.' });
registerEnumType(NominationProcedure, {
  name: 'NominationProcedure',
  description: 'The national procedure by which a judicial candidate was nominated (art. 36(4)(a)).',
});
registerEnumType(Language, {
  name: 'Language',
  description:
    'A working language of the Court: EN (English) or FR (French). Sent and read as the names EN and FR; anything else is refused before the operation runs (BAD_USER_INPUT for a variable, GRAPHQL_VALIDATION_FAILED for a literal).',
});
registerEnumType(StaffRole, { name: 'StaffRole', description: 'What a staff account may do.' });
