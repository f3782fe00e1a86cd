// What the API checks on a nomination that the form can know before sending it (the API stays the
// judge: it checks again, and the form shows its answer). Pure, so it is tested on its own.
import type { ElectionStatus, ElectionType } from '../../gql/graphql.js';
import { dayOrToday, isDay } from '../dates.js';

export interface NominationValues {
  readonly fullName: string;
  readonly gender: string;
  readonly nationality: string;
  readonly contactEmail: string;
  readonly state: string;
  readonly nominatedOn: string;
  readonly list: string;
  readonly procedure: string;
  readonly post: string;
}

export type NominationField = keyof NominationValues;

export interface NominationContext {
  readonly type: ElectionType;
  readonly status: ElectionStatus;
  readonly seats: number;
  readonly opensOn: string;
  readonly closesOn: string;
  /** Today, YYYY-MM-DD. */
  readonly today: string;
  /** Nationalities of the judges who stay in office (art. 36(7)). */
  readonly sittingJudgeNationalities: readonly string[];
  /** States with a standing candidate in this election (art. 36(4)(b): one each, judges). */
  readonly statesWithCandidate: ReadonlyMap<string, string>;
  /** States Parties on the day of the nomination (code → name); null while it loads. */
  readonly partiesOnDay: ReadonlyMap<string, string> | null;
}

export interface Problem {
  /** A message key under console.nominate. */
  readonly key: string;
  readonly params?: Record<string, string>;
  /** A missing answer: said once the form is sent, not while it is being filled. */
  readonly blank?: boolean;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The day the nomination counts from: the one typed, else today. */
export const nominationDay = (values: NominationValues, today: string): string => dayOrToday(values.nominatedOn, today);

export function checkNomination(
  values: NominationValues,
  ctx: NominationContext,
): Partial<Record<NominationField, Problem>> {
  const problems: Partial<Record<NominationField, Problem>> = {};
  const judges = ctx.type === 'JUDGES';
  const deputies = ctx.type === 'DEPUTY_PROSECUTOR';
  const day = nominationDay(values, ctx.today);
  const parties = ctx.partiesOnDay;

  if (!values.fullName.trim()) problems.fullName = { key: 'fullNameBlank', blank: true };
  if (!values.gender) problems.gender = { key: 'genderBlank', blank: true };

  const nationality = values.nationality.trim().toUpperCase();
  if (!nationality) problems.nationality = { key: 'nationalityBlank', blank: true };
  else if (!/^[A-Z]{2}$/.test(nationality)) problems.nationality = { key: 'nationalityBlank' };
  else if (judges && ctx.sittingJudgeNationalities.includes(nationality))
    problems.nationality = { key: 'nationalitySittingJudge', params: { code: nationality } };
  else if ((judges || ctx.type === 'COMMITTEE_ON_BUDGET_AND_FINANCE') && parties && !parties.has(nationality))
    problems.nationality = { key: 'nationalityNotParty', params: { code: nationality, date: day } };

  if (values.contactEmail.trim() && !EMAIL.test(values.contactEmail.trim()))
    problems.contactEmail = { key: 'emailInvalid' };

  // Rome Statute art. 42(4): Deputies are nominated by the Prosecutor, so no State is asked for.
  if (!deputies) {
    if (!values.state) problems.state = { key: 'stateBlank', blank: true };
    else if (parties && !parties.has(values.state))
      problems.state = { key: 'stateNotParty', params: { code: values.state, date: day } };
    else if (judges && ctx.statesWithCandidate.has(values.state))
      problems.state = {
        key: 'stateTakenError',
        params: { name: ctx.statesWithCandidate.get(values.state) ?? values.state },
      };
  }

  if (values.nominatedOn) {
    if (!isDay(values.nominatedOn)) problems.nominatedOn = { key: 'dateInvalid' };
    else if (values.nominatedOn > ctx.today) problems.nominatedOn = { key: 'dateFuture' };
    else if (values.nominatedOn < ctx.opensOn || values.nominatedOn > ctx.closesOn)
      problems.nominatedOn = { key: 'dateOutside', params: { opens: ctx.opensOn, closes: ctx.closesOn } };
  }

  if (judges) {
    if (!values.list) problems.list = { key: 'listBlank', blank: true };
    if (!values.procedure) problems.procedure = { key: 'procedureBlank', blank: true };
  }
  if (deputies) {
    const post = Number(values.post);
    if (!Number.isInteger(post) || post < 1 || post > ctx.seats)
      problems.post = { key: 'postBlank', params: { seats: String(ctx.seats) }, blank: !values.post };
  }
  return problems;
}

/** Which field a rule the API refused belongs to, to show its message there. */
export function fieldOfRule(rule: string | undefined): NominationField | undefined {
  if (rule === undefined) return undefined;
  switch (rule) {
    case 'NOMINATING_STATE_NOT_A_PARTY':
    case 'ONE_CANDIDATE_PER_STATE':
    case 'NOMINATOR':
      return 'state';
    case 'CANDIDATE_NOT_NATIONAL_OF_STATE_PARTY':
    case 'NATIONALITY_OF_SITTING_JUDGE':
    case 'REGIONAL_SEAT_NOT_UP':
    case 'SAME_NATIONALITY_AS_PROSECUTOR':
      return 'nationality';
    case 'JUDGE_LIST_REQUIRED':
      return 'list';
    case 'NOMINATION_PROCEDURE_REQUIRED':
      return 'procedure';
    case 'OUTSIDE_NOMINATION_PERIOD':
      return 'nominatedOn';
    case 'DEPUTY_LIST_FULL':
      return 'post';
    default:
      return undefined;
  }
}
