import { computeMvrs } from './mvr.js';
import { NOMINATION_RULES } from './slate.constants.js';
import { REGIONAL_GROUPS } from './slate.types.js';
import type { Candidate, RegionalBaseRule, RegionalGroup, SittingJudge, StatesPartiesByGroup } from './slate.types.js';

export type SlateFlagScope = 'ELECTION' | 'REGIONAL_SEAT' | 'LIST' | 'GENDER' | 'REGIONAL_GROUP' | 'POST';

export type SlateFlagKind =
  'CLEAN_SLATE' | 'UNDERSUBSCRIBED' | 'VACANT' | 'NO_CHOICE' | 'NOMINATION_SHORTFALL' | 'SINGLE_CANDIDATE';

export interface SlateFlag {
  readonly scope: SlateFlagScope;
  readonly scopeValue: string | null;
  readonly kind: SlateFlagKind;
  // Seats at stake; for NO_CHOICE the requirement, for NOMINATION_SHORTFALL the candidates wanted.
  readonly seats: number;
  readonly candidates: number;
}

export type FlagCandidate = Pick<Candidate, 'gender' | 'list' | 'regionalGroup' | 'post'>;

interface FlagsInputBase {
  readonly seats: number;
  // Active candidacies (not withdrawn).
  readonly candidates: readonly FlagCandidate[];
}

export type SlateFlagsInput =
  | (FlagsInputBase & {
      readonly electionType: 'JUDGES';
      readonly sittingJudges: readonly SittingJudge[];
      readonly statesPartiesByGroup: StatesPartiesByGroup;
      readonly regionalBase?: RegionalBaseRule;
    })
  | (FlagsInputBase & {
      readonly electionType: 'TFV_BOARD';
      // The groups whose seat is to be filled; all five by default.
      readonly regionalSeats?: readonly RegionalGroup[];
    })
  | (FlagsInputBase & { readonly electionType: 'PROSECUTOR' })
  | (FlagsInputBase & {
      readonly electionType: 'COMMITTEE_ON_BUDGET_AND_FINANCE';
      // The seats up in each group (ICC-ASP/1/Res.5: staggered, about half at a time).
      readonly regionalSeats: Partial<Readonly<Record<RegionalGroup, number>>>;
    })
  | (FlagsInputBase & {
      readonly electionType: 'DEPUTY_PROSECUTOR';
      // The posts to fill; by default those the candidacies name.
      readonly posts?: readonly string[];
    });

// Reference §4. A flag never elects anyone: it says where voters have no (or too little) choice.
export function slateFlags(input: SlateFlagsInput): SlateFlag[] {
  const candidates = input.candidates.length;
  const flags: SlateFlag[] = [];
  const election = (kind: SlateFlagKind): void => {
    flags.push({ scope: 'ELECTION', scopeValue: null, kind, seats: input.seats, candidates });
  };
  // Reference §4: active candidacies equal to the seats, or fewer.
  if (candidates === input.seats) election('CLEAN_SLATE');
  else if (candidates < input.seats) election('UNDERSUBSCRIBED');

  switch (input.electionType) {
    case 'PROSECUTOR':
      // Reference §4: a single candidate for Prosecutor.
      if (candidates === 1) election('SINGLE_CANDIDATE');
      break;
    case 'DEPUTY_PROSECUTOR':
      flags.push(...deputyFlags(input.candidates, input.posts));
      break;
    case 'TFV_BOARD':
      flags.push(...tfvFlags(input.candidates, input.regionalSeats ?? REGIONAL_GROUPS));
      break;
    case 'COMMITTEE_ON_BUDGET_AND_FINANCE':
      flags.push(...groupSeatFlags(input.candidates, input.regionalSeats));
      break;
    case 'JUDGES':
      flags.push(...judgeFlags(input));
      break;
  }
  return flags;
}

// ICC-ASP/1/Res.6: one seat per regional group; one candidate is a clean slate, none a vacancy.
function tfvFlags(candidates: readonly FlagCandidate[], seats: readonly RegionalGroup[]): SlateFlag[] {
  return seats.flatMap((group): SlateFlag[] => {
    const n = candidates.filter((c) => c.regionalGroup === group).length;
    if (n > 1) return [];
    const kind = n === 0 ? 'VACANT' : 'CLEAN_SLATE';
    return [{ scope: 'REGIONAL_SEAT', scopeValue: group, kind, seats: 1, candidates: n }];
  });
}

// Reference §4 and ICC-ASP/1/Res.5: per group with seats up, as many candidates as seats is a clean
// slate (acclamation), fewer an undersubscribed group, none a vacancy (the group is deferred).
function groupSeatFlags(
  candidates: readonly FlagCandidate[],
  seats: Partial<Readonly<Record<RegionalGroup, number>>>,
): SlateFlag[] {
  return REGIONAL_GROUPS.flatMap((group): SlateFlag[] => {
    const up = seats[group] ?? 0;
    if (up === 0) return [];
    const n = candidates.filter((c) => c.regionalGroup === group).length;
    if (n > up) return [];
    const kind = n === 0 ? 'VACANT' : n === up ? 'CLEAN_SLATE' : 'UNDERSUBSCRIBED';
    return [{ scope: 'REGIONAL_SEAT', scopeValue: group, kind, seats: up, candidates: n }];
  });
}

// Rome Statute art. 42(4): the Prosecutor nominates three candidates for each Deputy post.
function deputyFlags(candidates: readonly FlagCandidate[], posts: readonly string[] | undefined): SlateFlag[] {
  const named = candidates.flatMap((c) => (c.post === undefined ? [] : [c.post]));
  const all = [...new Set([...(posts ?? []), ...named])].sort();
  const wanted = NOMINATION_RULES.deputyCandidatesPerPost;
  return all.flatMap((post): SlateFlag[] => {
    const n = named.filter((p) => p === post).length;
    const flags: SlateFlag[] = [];
    if (n === 0) flags.push({ scope: 'POST', scopeValue: post, kind: 'VACANT', seats: 1, candidates: 0 });
    if (n === 1) {
      flags.push({ scope: 'POST', scopeValue: post, kind: 'CLEAN_SLATE', seats: 1, candidates: 1 });
    }
    if (n < wanted) {
      flags.push({
        scope: 'POST',
        scopeValue: post,
        kind: 'NOMINATION_SHORTFALL',
        seats: wanted,
        candidates: n,
      });
    }
    return flags;
  });
}

// Reference §4 and ICC-ASP/3/Res.6: per MVR category, NO_CHOICE when the candidates are no more
// than the requirement in force (voters must name them all), and NOMINATION_SHORTFALL when they
// are fewer than the shortfall factor × the base requirement (before the candidate-count
// adjustments, which only exist because of such a shortfall).
function judgeFlags(input: Extract<SlateFlagsInput, { electionType: 'JUDGES' }>): SlateFlag[] {
  const { requirements } = computeMvrs({
    sittingJudges: input.sittingJudges,
    electedSoFar: [],
    candidatesInRace: input.candidates,
    seatsLeft: input.seats,
    statesPartiesByGroup: input.statesPartiesByGroup,
    round: 1,
    regionalBase: input.regionalBase,
  });
  return requirements.flatMap((r): SlateFlag[] => {
    const flags: SlateFlag[] = [];
    const scope = { scope: r.kind, scopeValue: r.value, candidates: r.candidatesInRace };
    if (r.required > 0 && r.candidatesInRace <= r.required) {
      flags.push({ ...scope, kind: 'NO_CHOICE', seats: r.required });
    }
    // Practice: extend the nomination period under 2 × MVR (lists: factor to confirm).
    const wanted = NOMINATION_RULES.shortfallFactor[r.kind] * r.baseRequired;
    if (r.baseRequired > 0 && r.candidatesInRace < wanted) {
      flags.push({ ...scope, kind: 'NOMINATION_SHORTFALL', seats: wanted });
    }
    return flags;
  });
}

// Flags about the nomination phase: they tell officers to seek more candidates or extend the
// period, which means nothing once the election has concluded (their history stays).
export const NOMINATION_PHASE_FLAGS: readonly SlateFlagKind[] = ['NO_CHOICE', 'NOMINATION_SHORTFALL'];

// The flags still live in an election's phase: all of them until it concludes.
export function liveFlags(flags: readonly SlateFlag[], concluded: boolean): SlateFlag[] {
  return concluded ? flags.filter((f) => !NOMINATION_PHASE_FLAGS.includes(f.kind)) : [...flags];
}

export function isCleanSlate(flags: readonly SlateFlag[]): boolean {
  return flags.some((f) => f.scope === 'ELECTION' && f.kind === 'CLEAN_SLATE');
}

export function slateFlagKey(flag: Pick<SlateFlag, 'scope' | 'scopeValue' | 'kind'>): string {
  return `${flag.scope}|${flag.scopeValue ?? ''}|${flag.kind}`;
}

export interface SlateFlagDiff {
  readonly raised: readonly SlateFlag[];
  readonly cleared: readonly SlateFlag[];
  // Same key, other counts: the flag as it is now.
  readonly changed: readonly SlateFlag[];
}

export function diffFlags(before: readonly SlateFlag[], after: readonly SlateFlag[]): SlateFlagDiff {
  const old = new Map(before.map((f) => [slateFlagKey(f), f]));
  const now = new Map(after.map((f) => [slateFlagKey(f), f]));
  return {
    raised: after.filter((f) => !old.has(slateFlagKey(f))),
    cleared: before.filter((f) => !now.has(slateFlagKey(f))),
    changed: after.filter((f) => {
      const was = old.get(slateFlagKey(f));
      return was !== undefined && (was.seats !== f.seats || was.candidates !== f.candidates);
    }),
  };
}
