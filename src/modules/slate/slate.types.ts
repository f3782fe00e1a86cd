// Plain data shared by the election rules. No behaviour lives here.

export const REGIONAL_GROUPS = [
  'AFRICAN',
  'ASIA_PACIFIC',
  'EASTERN_EUROPEAN',
  'LATIN_AMERICAN_AND_CARIBBEAN',
  'WESTERN_EUROPEAN_AND_OTHER',
] as const;
export type RegionalGroup = (typeof REGIONAL_GROUPS)[number];

// The genders that carry a minimum voting requirement (ICC-ASP/3/Res.6).
export const GENDERS = ['FEMALE', 'MALE'] as const;
export type Gender = (typeof GENDERS)[number];

// A person's recorded gender: FEMALE, MALE, or any other value, which counts toward no gender MVR.
export type PersonGender = string;

// Rome Statute art. 36(5): list A (criminal law and procedure), list B (international law).
export const JUDGE_LISTS = ['A', 'B'] as const;
export type JudgeList = (typeof JUDGE_LISTS)[number];

export const ELECTION_TYPES = [
  'JUDGES',
  'PROSECUTOR',
  'DEPUTY_PROSECUTOR',
  'TFV_BOARD',
  // ICC-ASP/1/Res.4, Res.5: the Committee on Budget and Finance.
  'COMMITTEE_ON_BUDGET_AND_FINANCE',
] as const;
export type ElectionType = (typeof ELECTION_TYPES)[number];

// States Parties per regional group on the day of a vote.
export type StatesPartiesByGroup = Readonly<Record<RegionalGroup, number>>;

export interface Candidate {
  readonly id: string;
  // ISO 3166-1 alpha-2; the nationality for the purposes of the Statute (art. 36(7)).
  readonly nationality: string;
  // Recorded for information: only `nationality` counts for art. 36(7).
  readonly otherNationalities?: readonly string[];
  readonly gender: PersonGender;
  // Judges only (art. 36(5)).
  readonly list?: JudgeList;
  // The regional group of the candidate's nationality (else of the nominating State); null when
  // neither is a State in the table (a Deputy Prosecutor candidate, put forward by the Prosecutor).
  readonly regionalGroup: RegionalGroup | null;
  // Deputy Prosecutors only: the post the candidate stands for.
  readonly post?: string;
}

// A judge who stays in office through the election.
export interface SittingJudge {
  readonly nationality: string;
  readonly gender: PersonGender;
  readonly list: JudgeList;
  readonly regionalGroup: RegionalGroup;
}

// What the MVRs look at in a judge or a candidate.
export interface JudgeProfile {
  readonly gender: PersonGender;
  readonly list?: JudgeList;
  readonly regionalGroup: RegionalGroup | null;
}

// A candidate as the MVRs and ballot checks see it.
export interface JudgeCandidate extends JudgeProfile {
  readonly id: string;
}

// Someone already elected, or in office, whose nationality or seat another cannot take.
export interface SeatHolder {
  readonly nationality: string;
  readonly regionalGroup: RegionalGroup | null;
}

export type RegionalBaseRule = (groupStatesParties: number, totalStatesParties: number) => number;

export type MvrCategory =
  | { readonly kind: 'LIST'; readonly value: JudgeList }
  | { readonly kind: 'GENDER'; readonly value: Gender }
  | { readonly kind: 'REGIONAL_GROUP'; readonly value: RegionalGroup };
export type MvrCategoryKind = MvrCategory['kind'];

export type MvrLapseReason = 'AFTER_ROUND_LIMIT' | 'CANNOT_BE_MET_TOGETHER';

export type MinimumVotingRequirement = MvrCategory & {
  // target − judges staying − judges elected so far, at least 0: before any adjustment.
  readonly baseRequired: number;
  // after the candidate-count adjustments and the caps (candidates in race, seats left).
  readonly adjustedRequired: number;
  // what a ballot paper must name now: adjustedRequired, or 0 once lapsed.
  readonly required: number;
  readonly candidatesInRace: number;
  // in force and above zero.
  readonly applies: boolean;
  readonly lapsedReason: MvrLapseReason | null;
};

export interface MvrResult {
  readonly round: number;
  readonly seatsLeft: number;
  readonly requirements: readonly MinimumVotingRequirement[];
  readonly regionalAndGenderLapse: MvrLapseReason | null;
}
