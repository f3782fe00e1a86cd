import {
  liveFlags,
  slateFlags,
  type RegionalGroup,
  type Candidate,
  type ElectionType as RulesElectionType,
  type JudgeList as RulesJudgeList,
  type SittingJudge,
  type SlateFlag,
  type StatesPartiesByGroup,
} from '../slate/index.js';
import { CandidacyStatus, ElectionStatus, ElectionType } from '../../common/domain.enums.js';

/** A candidacy as the election rules see it (loaded in one statement per batch of elections). */
export interface CandidacyFacts extends Candidate {
  readonly electionId: string;
  readonly status: CandidacyStatus;
}

/** Everything the slate rules need about one election, on the day its States Parties are counted. */
export interface ElectionFacts {
  readonly electionId: string;
  readonly type: RulesElectionType;
  readonly status: ElectionStatus;
  readonly seats: number;
  readonly candidacies: readonly CandidacyFacts[];
  readonly sittingJudges: readonly SittingJudge[];
  // States Parties per regional group on `countedOn`: votingStartsOn, or today when unset.
  readonly statesPartiesByGroup: StatesPartiesByGroup;
  readonly countedOn: string;
  // TFV Board and CBF: the seats up per group (TFV null: all five).
  readonly regionalSeats: Partial<Readonly<Record<RegionalGroup, number>>> | null;
  // Deputy Prosecutors: the Prosecutor in office's nationality (art. 42(2)).
  readonly prosecutorNationality: string | null;
  readonly votingStartsOn: string | null;
}

export function rulesElectionType(type: ElectionType): RulesElectionType {
  switch (type) {
    case ElectionType.JUDGES:
      return 'JUDGES';
    case ElectionType.PROSECUTOR:
      return 'PROSECUTOR';
    case ElectionType.DEPUTY_PROSECUTOR:
      return 'DEPUTY_PROSECUTOR';
    case ElectionType.TFV_BOARD:
      return 'TFV_BOARD';
    case ElectionType.COMMITTEE_ON_BUDGET_AND_FINANCE:
      return 'COMMITTEE_ON_BUDGET_AND_FINANCE';
  }
}

export function isRulesJudgeList(value: string | null): value is RulesJudgeList {
  return value === 'A' || value === 'B';
}

/**
 * The candidacies on the slate: every one not withdrawn. Before voting that is exactly the NOMINATED
 * ones; once rounds are recorded, ELECTED and NOT_ELECTED candidates were still part of the slate,
 * so results never raise or clear a flag (withdrawals do).
 */
export function onSlate(facts: ElectionFacts): CandidacyFacts[] {
  return facts.candidacies.filter((c) => c.status !== CandidacyStatus.WITHDRAWN);
}

/** Reference §4, through the slate library; the nomination-phase ones lapse once it concludes. */
export function flagsFor(facts: ElectionFacts): SlateFlag[] {
  return liveFlags(allFlagsFor(facts), facts.status === ElectionStatus.CONCLUDED);
}

function allFlagsFor(facts: ElectionFacts): SlateFlag[] {
  const candidates = onSlate(facts);
  const seatsUp = facts.regionalSeats ?? undefined;
  switch (facts.type) {
    case 'JUDGES':
      return slateFlags({
        electionType: 'JUDGES',
        seats: facts.seats,
        candidates,
        sittingJudges: facts.sittingJudges,
        statesPartiesByGroup: facts.statesPartiesByGroup,
      });
    case 'DEPUTY_PROSECUTOR':
      // Posts are numbered 1..seats (a candidacy names its post).
      return slateFlags({
        electionType: 'DEPUTY_PROSECUTOR',
        seats: facts.seats,
        candidates,
        posts: Array.from({ length: facts.seats }, (_, i) => String(i + 1)),
      });
    case 'TFV_BOARD':
      // ICC-ASP/1/Res.6: only the seats up are flagged (a by-election names its one seat).
      return slateFlags({
        electionType: 'TFV_BOARD',
        seats: facts.seats,
        candidates,
        regionalSeats: seatsUp && (Object.keys(seatsUp) as RegionalGroup[]).filter((g) => (seatsUp[g] ?? 0) > 0),
      });
    case 'COMMITTEE_ON_BUDGET_AND_FINANCE':
      return slateFlags({
        electionType: 'COMMITTEE_ON_BUDGET_AND_FINANCE',
        seats: facts.seats,
        candidates,
        regionalSeats: seatsUp ?? {},
      });
    case 'PROSECUTOR':
      return slateFlags({ electionType: 'PROSECUTOR', seats: facts.seats, candidates });
  }
}
