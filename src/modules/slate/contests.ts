import { evaluateBallotRound, exclusivityKey } from './ballot-round.js';
import type {
  BallotRoundInput,
  BallotRoundOutcome,
  ContestOutcome,
  RoundCandidate,
  TallyViolation,
} from './ballot-round.js';
import { REGIONAL_SEAT_RULES, ROUND_RULES } from './slate.constants.js';
import { REGIONAL_GROUPS } from './slate.types.js';
import type { ElectionType, RegionalGroup, SeatHolder } from './slate.types.js';

// The single contest of an election that is not split by post or group.
export const WHOLE_ELECTION = 'ELECTION';

// Seats still to fill in each contest: { ELECTION: 6 }, { 'POST:1': 1, 'POST:2': 1 }, ...
export type SeatsByContest = Readonly<Record<string, number>>;

// The contest a candidate stands in: a Deputy post (art. 42(4): three candidates and a majority
// per post), a CBF regional group (ICC-ASP/1/Res.5: seats per group), else the whole election.
export function contestOf(electionType: ElectionType, c: Pick<RoundCandidate, 'post' | 'regionalGroup'>): string {
  switch (ROUND_RULES.contestedBy[electionType]) {
    case 'POST':
      return `POST:${c.post ?? '?'}`;
    case 'REGIONAL_GROUP':
      return `REGIONAL_GROUP:${c.regionalGroup ?? '?'}`;
    case null:
      return WHOLE_ELECTION;
  }
}

export interface ContestSetup {
  readonly electionType: ElectionType;
  readonly seats: number;
  // Deputy Prosecutors: the posts are numbered 1..seats, one seat each.
  // Bodies elected by group: the seats up in each group (CBF; the TFV Board is one contest).
  readonly regionalSeats?: Partial<Readonly<Record<RegionalGroup, number>>>;
}

// The seats of each contest when voting opens.
export function seatsByContest(setup: ContestSetup): SeatsByContest {
  switch (ROUND_RULES.contestedBy[setup.electionType]) {
    case 'POST':
      return Object.fromEntries(Array.from({ length: setup.seats }, (_, i) => [`POST:${i + 1}`, 1]));
    case 'REGIONAL_GROUP':
      return Object.fromEntries(
        REGIONAL_GROUPS.flatMap((g) => {
          const n = setup.regionalSeats?.[g] ?? 0;
          return n > 0 ? [[`REGIONAL_GROUP:${g}`, n]] : [];
        }),
      );
    case null:
      return { [WHOLE_ELECTION]: setup.seats };
  }
}

export type RegionalSeatsRule = 'REGIONAL_SEATS_NOT_USED' | 'REGIONAL_SEATS_EXCEED_GROUP' | 'REGIONAL_SEATS_TOTAL';

export interface RegionalSeatsViolation {
  readonly rule: RegionalSeatsRule;
  readonly regionalGroup?: RegionalGroup;
  readonly value: number;
  readonly limit: number;
  readonly message: string;
}

// ICC-ASP/1/Res.5, Res.6: the seats an election puts up in each group never exceed the group's
// seats on the body, and add up to the election's seats. Other elections have no regional seats.
export function regionalSeatsViolations(
  electionType: ElectionType,
  seats: number,
  regionalSeats: Partial<Readonly<Record<RegionalGroup, number>>>,
): RegionalSeatsViolation[] {
  const caps: Readonly<Record<RegionalGroup, number>> | undefined =
    electionType === 'TFV_BOARD' || electionType === 'COMMITTEE_ON_BUDGET_AND_FINANCE'
      ? REGIONAL_SEAT_RULES[electionType]
      : undefined;
  const total = REGIONAL_GROUPS.reduce((s, g) => s + (regionalSeats[g] ?? 0), 0);
  if (!caps) {
    return total > 0
      ? [
          {
            rule: 'REGIONAL_SEATS_NOT_USED',
            value: total,
            limit: 0,
            message: `a ${electionType} election has no regional seats`,
          },
        ]
      : [];
  }
  const violations: RegionalSeatsViolation[] = [];
  for (const g of REGIONAL_GROUPS) {
    const n = regionalSeats[g] ?? 0;
    if (n > caps[g]) {
      violations.push({
        rule: 'REGIONAL_SEATS_EXCEED_GROUP',
        regionalGroup: g,
        value: n,
        limit: caps[g],
        message: `${g} holds ${caps[g]} seats on this body, not ${n}`,
      });
    }
  }
  if (total !== seats) {
    violations.push({
      rule: 'REGIONAL_SEATS_TOTAL',
      value: total,
      limit: seats,
      message: `the regional seats add up to ${total}, the election has ${seats}`,
    });
  }
  return violations;
}

export interface ContestRoundInput extends Omit<BallotRoundInput, 'seatsLeft'> {
  readonly seatsLeftByContest: SeatsByContest;
  // The contests voted on in this round; by default every contest with seats and candidates left.
  readonly contestsVoted?: readonly string[];
}

// Rules about one contest's figures (the others are about the round as a whole).
const PER_CONTEST = new Set<TallyViolation['rule']>([
  'TOTAL_VOTES_EXCEED_CAPACITY',
  'CATEGORY_TOTAL_BELOW_REQUIREMENT',
  'NO_SEATS_LEFT',
]);

const noOutcome = {
  elected: [],
  tie: null,
  excluded: [],
  dropped: [],
  tiedForFewest: [],
} as const;

// One round over every contest of an election: each contest voted on is counted on its own
// (its seats, its candidates, its capacity), with the same majority; the others stay as they were.
// An election with a single contest gives exactly evaluateBallotRound's outcome.
export function evaluateContestRound(input: ContestRoundInput): BallotRoundOutcome {
  const contestOfC = (c: RoundCandidate): string => contestOf(input.electionType, c);
  const withdrawn = new Set(input.withdrawnIds ?? []);
  const race = input.candidatesInRace.filter((c) => !withdrawn.has(c.id));
  const contests = Object.keys(input.seatsLeftByContest).sort();
  const seatsOf = (k: string): number => input.seatsLeftByContest[k] ?? 0;
  const open = contests.filter((k) => seatsOf(k) > 0 && race.some((c) => contestOfC(c) === k));
  const voted = input.contestsVoted ? [...new Set(input.contestsVoted)].sort() : open;
  const totalSeats = contests.reduce((s, k) => s + seatsOf(k), 0);

  const violations: TallyViolation[] = [];
  if (voted.length === 0)
    violations.push({ rule: 'NO_SEATS_LEFT', message: 'no contest has seats and candidates left' });
  for (const k of voted) {
    if (!open.includes(k)) {
      violations.push({
        rule: 'CONTEST_NOT_OPEN',
        contest: k,
        message: `${k} has no seat and candidate left to vote on`,
      });
    }
  }
  // Votes for a candidate of a contest not voted on in this round.
  const votedSet = new Set(voted);
  for (const c of race) {
    if ((input.votes[c.id] ?? 0) > 0 && !votedSet.has(contestOfC(c))) {
      violations.push({
        rule: 'VOTES_FOR_CANDIDATE_NOT_IN_RACE',
        candidateId: c.id,
        value: input.votes[c.id],
        message: `${c.id} stands in ${contestOfC(c)}, which is not voted on in this round`,
      });
    }
  }

  const previouslyElected: SeatHolder[] = [...(input.previouslyElected ?? [])];
  const byContest: ContestOutcome[] = [];
  const parts: BallotRoundOutcome[] = [];
  for (const k of contests) {
    const inContest = input.candidatesInRace.filter((c) => contestOfC(c) === k);
    if (!votedSet.has(k) || violations.length > 0) {
      const left = inContest.filter((c) => !withdrawn.has(c.id));
      byContest.push({
        contest: k,
        voted: false,
        seatsBefore: seatsOf(k),
        seatsLeftAfter: seatsOf(k),
        ...noOutcome,
        deferred: seatsOf(k) > 0 && left.length === 0,
      });
      continue;
    }
    const ids = new Set(inContest.map((c) => c.id));
    const part = evaluateBallotRound({
      ...input,
      seatsLeft: seatsOf(k),
      candidatesInRace: inContest,
      withdrawnIds: (input.withdrawnIds ?? []).filter((id) => ids.has(id)),
      votes: Object.fromEntries(Object.entries(input.votes).filter(([id]) => ids.has(id))),
      previouslyElected,
    });
    if (!part.valid) {
      violations.push(
        ...part.violations.map((v) => (contests.length > 1 && PER_CONTEST.has(v.rule) ? { ...v, contest: k } : v)),
      );
      continue;
    }
    parts.push(part);
    const byId = new Map(inContest.map((c) => [c.id, c]));
    previouslyElected.push(...part.elected.flatMap((id) => byId.get(id) ?? []));
    byContest.push({
      contest: k,
      voted: true,
      seatsBefore: seatsOf(k),
      seatsLeftAfter: part.seatsLeftAfter,
      elected: part.elected,
      tie: part.tie,
      excluded: part.excluded,
      dropped: part.dropped,
      tiedForFewest: part.tiedForFewest,
      deferred: part.seatsLeftAfter > 0 && part.inRaceAfter.length === 0,
    });
  }

  const withdrawnIds = input.candidatesInRace.filter((c) => withdrawn.has(c.id)).map((c) => c.id);
  const votesRequired = parts[0]?.votesRequired ?? safeThreshold(input, totalSeats);
  if (violations.length > 0) {
    return {
      electionType: input.electionType,
      round: input.round,
      votesRequired,
      valid: false,
      violations: dedupe(violations),
      ...noOutcome,
      withdrawn: withdrawnIds,
      inRaceAfter: race.map((c) => c.id),
      seatsLeftAfter: totalSeats,
      contests: contests.map((k) => ({
        contest: k,
        voted: false,
        seatsBefore: seatsOf(k),
        seatsLeftAfter: seatsOf(k),
        ...noOutcome,
        deferred: false,
      })),
    };
  }
  const gone = new Set(parts.flatMap((p) => [...p.elected, ...p.excluded, ...p.dropped]));
  const partOfVoted = new Set(parts.flatMap((p) => p.inRaceAfter));
  const inRaceAfter = race
    .filter((c) => !gone.has(c.id) && (!votedSet.has(contestOfC(c)) || partOfVoted.has(c.id)))
    .map((c) => c.id);
  return {
    electionType: input.electionType,
    round: input.round,
    votesRequired,
    valid: true,
    violations: [],
    elected: parts.flatMap((p) => p.elected),
    tie: parts.find((p) => p.tie !== null)?.tie ?? null,
    excluded: parts.flatMap((p) => p.excluded),
    dropped: parts.flatMap((p) => p.dropped),
    tiedForFewest: parts.flatMap((p) => p.tiedForFewest),
    withdrawn: withdrawnIds,
    inRaceAfter,
    seatsLeftAfter: byContest.reduce((s, c) => s + c.seatsLeftAfter, 0),
    contests: byContest,
  };
}

export type AcclamationRule = 'NOT_A_CLEAN_SLATE' | 'CANDIDATES_EXCLUDE_EACH_OTHER' | 'CONTEST_NOT_OPEN';

export interface AcclamationInput {
  readonly electionType: ElectionType;
  readonly round: number;
  readonly seatsLeftByContest: SeatsByContest;
  readonly candidatesInRace: readonly RoundCandidate[];
  readonly withdrawnIds?: readonly string[];
  readonly previouslyElected?: readonly SeatHolder[];
  readonly barredNationalities?: readonly string[];
  // The contests elected by acclamation; by default every one whose candidates equal its seats.
  readonly contests?: readonly string[];
}

export type AcclamationResult =
  | { readonly ok: true; readonly outcome: BallotRoundOutcome }
  | {
      readonly ok: false;
      readonly rule: AcclamationRule;
      readonly contest: string | null;
      readonly candidateIds: readonly string[];
    };

// Reference §4, ICC-ASP/1/Res.7 para 10 and 2020 CBF practice: a contest whose candidates equal
// its seats may be elected without a ballot, unless they could not all sit (same nationality;
// TFV: same group). Other contests stay as they were.
export function acclaim(input: AcclamationInput): AcclamationResult {
  const withdrawn = new Set(input.withdrawnIds ?? []);
  const race = input.candidatesInRace.filter((c) => !withdrawn.has(c.id));
  const contestOfC = (c: RoundCandidate): string => contestOf(input.electionType, c);
  const contests = Object.keys(input.seatsLeftByContest).sort();
  const seatsOf = (k: string): number => input.seatsLeftByContest[k] ?? 0;
  const raceIn = (k: string): RoundCandidate[] => race.filter((c) => contestOfC(c) === k);
  const clean = (k: string): boolean => seatsOf(k) > 0 && raceIn(k).length === seatsOf(k);
  const chosen = input.contests ? [...new Set(input.contests)].sort() : contests.filter(clean);
  if (chosen.length === 0) {
    return { ok: false, rule: 'NOT_A_CLEAN_SLATE', contest: null, candidateIds: race.map((c) => c.id) };
  }
  for (const k of chosen) {
    if (!contests.includes(k) || seatsOf(k) === 0)
      return { ok: false, rule: 'CONTEST_NOT_OPEN', contest: k, candidateIds: [] };
    if (!clean(k))
      return { ok: false, rule: 'NOT_A_CLEAN_SLATE', contest: k, candidateIds: raceIn(k).map((c) => c.id) };
  }
  // Rome Statute art. 36(7), 42(2); ICC-ASP/1/Res.6: those who could not all sit need a ballot.
  const keyOf = (c: SeatHolder): string => exclusivityKey(input.electionType, c);
  const taken = new Set((input.previouslyElected ?? []).map(keyOf));
  if (ROUND_RULES.distinctBy[input.electionType] === 'NATIONALITY') {
    for (const n of input.barredNationalities ?? []) taken.add(`NATIONALITY:${n.toUpperCase()}`);
  }
  const clashes: string[] = [];
  for (const k of chosen) {
    for (const c of raceIn(k)) {
      if (taken.has(keyOf(c))) clashes.push(c.id);
      taken.add(keyOf(c));
    }
  }
  if (clashes.length > 0)
    return { ok: false, rule: 'CANDIDATES_EXCLUDE_EACH_OTHER', contest: null, candidateIds: clashes };

  const chosenSet = new Set(chosen);
  const elected = race.filter((c) => chosenSet.has(contestOfC(c))).map((c) => c.id);
  const byContest: ContestOutcome[] = contests.map((k) => {
    const acclaimed = chosenSet.has(k);
    return {
      contest: k,
      voted: acclaimed,
      seatsBefore: seatsOf(k),
      seatsLeftAfter: acclaimed ? 0 : seatsOf(k),
      elected: acclaimed ? raceIn(k).map((c) => c.id) : [],
      tie: null,
      excluded: [],
      dropped: [],
      tiedForFewest: [],
      deferred: !acclaimed && seatsOf(k) > 0 && raceIn(k).length === 0,
    };
  });
  const electedSet = new Set(elected);
  return {
    ok: true,
    outcome: {
      electionType: input.electionType,
      round: input.round,
      votesRequired: null,
      valid: true,
      violations: [],
      elected,
      tie: null,
      excluded: [],
      dropped: [],
      tiedForFewest: [],
      withdrawn: input.candidatesInRace.filter((c) => withdrawn.has(c.id)).map((c) => c.id),
      inRaceAfter: race.filter((c) => !electedSet.has(c.id)).map((c) => c.id),
      seatsLeftAfter: byContest.reduce((s, c) => s + c.seatsLeftAfter, 0),
      contests: byContest,
    },
  };
}

// Every contest filled, or left with nobody in its race (deferred).
export function allContestsDecided(
  electionType: ElectionType,
  seatsLeftByContest: SeatsByContest,
  inRace: readonly Pick<RoundCandidate, 'post' | 'regionalGroup'>[],
): boolean {
  return Object.entries(seatsLeftByContest).every(
    ([k, seats]) => seats === 0 || !inRace.some((c) => contestOf(electionType, c) === k),
  );
}

// The seats left per contest after a stored outcome (one ELECTION contest for older rows).
export function seatsLeftAfter(outcome: BallotRoundOutcome): SeatsByContest {
  return outcome.contests
    ? Object.fromEntries(outcome.contests.map((c) => [c.contest, c.seatsLeftAfter]))
    : { [WHOLE_ELECTION]: outcome.seatsLeftAfter };
}

function safeThreshold(input: ContestRoundInput, seatsLeft: number): number | null {
  const probe = evaluateBallotRound({ ...input, seatsLeft: Math.max(1, seatsLeft), candidatesInRace: [], votes: {} });
  return probe.votesRequired;
}

function dedupe(violations: readonly TallyViolation[]): TallyViolation[] {
  const seen = new Set<string>();
  return violations.filter((v) => {
    const key = `${v.rule}|${v.candidateId ?? ''}|${v.category ?? ''}|${v.contest ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
