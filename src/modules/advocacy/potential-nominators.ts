import type { RegionalGroup, SlateFlag } from '../slate/index.js';

// Scopes tied to one regional group: such a flag matters to that group's States only. Every other
// scope (the election, a list, a gender) any State can remedy by nominating.
const GROUP_SCOPES: readonly SlateFlag['scope'][] = ['REGIONAL_GROUP', 'REGIONAL_SEAT'];

/** The election's flags (as the slate library computed them) that a nomination from this group could help. */
export function flagsForGroup(flags: readonly SlateFlag[], group: RegionalGroup): SlateFlag[] {
  return flags.filter((f) => !GROUP_SCOPES.includes(f.scope) || f.scopeValue === group);
}

export interface OutreachFacts {
  readonly electionId: string;
  readonly stateCode: string;
  readonly contactedOn: string;
}

export interface NominationFacts {
  readonly electionId: string;
  readonly nominatingStateCode: string | null;
  readonly nominatedOn: string;
}

/**
 * "Did this State nominate afterwards": the first nomination the State made in that election on
 * or after the day it was contacted (whatever became of it since), or null.
 */
export function nominatedAfter(record: OutreachFacts, nominations: readonly NominationFacts[]): string | null {
  const days = nominations
    .filter(
      (n) =>
        n.electionId === record.electionId &&
        n.nominatingStateCode?.trim() === record.stateCode.trim() &&
        n.nominatedOn >= record.contactedOn,
    )
    .map((n) => n.nominatedOn)
    .sort();
  return days[0] ?? null;
}

/** A cell for a CSV column listing flags: SCOPE:VALUE:KIND, separated by semicolons. */
export function flagsText(flags: readonly SlateFlag[]): string {
  return flags.map((f) => `${f.scope}:${f.scopeValue ?? ''}:${f.kind}`).join('; ');
}
