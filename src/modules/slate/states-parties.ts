import { STATUTE_RULES } from './slate.constants.js';
import { REGIONAL_GROUPS } from './slate.types.js';
import type { RegionalGroup, StatesPartiesByGroup } from './slate.types.js';

// Dates are ISO calendar days, 'YYYY-MM-DD'; they compare as strings.
export type IsoDate = string;

export interface StatePartyMembership {
  readonly regionalGroup: RegionalGroup;
  readonly inForceOn: IsoDate;
  readonly withdrawalEffectiveOn?: IsoDate | null;
}

// Rome Statute art. 126: the later of the Statute's own entry into force and the first day of
// the month after the 60th day following the State's deposit.
export function entryIntoForceFor(depositedOn: IsoDate): IsoDate {
  const sixtieth = addDays(parseDay(depositedOn), STATUTE_RULES.daysAfterDeposit);
  const firstOfNextMonth = new Date(Date.UTC(sixtieth.getUTCFullYear(), sixtieth.getUTCMonth() + 1, 1));
  const day = formatDay(firstOfNextMonth);
  return day < STATUTE_RULES.statuteInForceOn ? STATUTE_RULES.statuteInForceOn : day;
}

// Rome Statute art. 127(1): one year after the notification, or a later date it names. A 29
// February notification takes effect on 28 February (the same month, a year on).
export function withdrawalEffectiveOn(notifiedOn: IsoDate, laterDateNamed?: IsoDate): IsoDate {
  const notified = parseDay(notifiedOn);
  const year = notified.getUTCFullYear() + STATUTE_RULES.withdrawalDelayYears;
  const month = notified.getUTCMonth();
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const effective = formatDay(new Date(Date.UTC(year, month, Math.min(notified.getUTCDate(), lastDay))));
  return laterDateNamed !== undefined && laterDateNamed > effective ? laterDateNamed : effective;
}

// A State is a party from its entry into force until the day its withdrawal takes effect.
export function isStatePartyOn(member: StatePartyMembership, day: IsoDate): boolean {
  const left = member.withdrawalEffectiveOn;
  return member.inForceOn <= day && (left === undefined || left === null || day < left);
}

export function statesPartiesOn(members: readonly StatePartyMembership[], day: IsoDate): StatesPartiesByGroup {
  const counts = Object.fromEntries(REGIONAL_GROUPS.map((g) => [g, 0])) as Record<RegionalGroup, number>;
  for (const m of members) if (isStatePartyOn(m, day)) counts[m.regionalGroup] += 1;
  return counts;
}

function parseDay(day: IsoDate): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || formatDay(date) !== day) throw new RangeError(`not a calendar day: ${day}`);
  return date;
}

function formatDay(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}
