import { categoryOf, isInCategory } from './mvr.js';
import type { JudgeCandidate, MinimumVotingRequirement, MvrCategory } from './slate.types.js';

export type BallotRule =
  'TOO_MANY_NAMES' | 'CATEGORY_SHORT' | 'UNKNOWN_CANDIDATE' | 'INELIGIBLE_CANDIDATE' | 'DUPLICATE_NAME';

export interface BallotViolation {
  readonly rule: BallotRule;
  readonly category?: MvrCategory;
  readonly candidateId?: string;
  readonly required?: number;
  readonly named?: number;
  readonly message: string;
}

export interface BallotCheckInput {
  // The candidate ids named on the paper.
  readonly names: readonly string[];
  readonly candidatesInRace: readonly JudgeCandidate[];
  // The requirements for this round (computeMvrs(...).requirements); empty outside judges.
  readonly requirements: readonly MinimumVotingRequirement[];
  readonly seatsLeft: number;
  // Candidates of this election no longer in the race (elected, dropped, withdrawn, excluded).
  readonly formerCandidateIds?: readonly string[];
}

export interface BallotCheckResult {
  readonly valid: boolean;
  readonly violations: readonly BallotViolation[];
}

export function checkBallot(input: BallotCheckInput): BallotCheckResult {
  const violations: BallotViolation[] = [];
  const inRace = new Map(input.candidatesInRace.map((c) => [c.id, c]));
  const former = new Set(input.formerCandidateIds ?? []);

  // ICC-ASP/3/Res.6 (practice): a paper may name no more candidates than seats left.
  if (input.names.length > input.seatsLeft) {
    violations.push({
      rule: 'TOO_MANY_NAMES',
      required: input.seatsLeft,
      named: input.names.length,
      message: `names ${input.names.length} candidates for ${input.seatsLeft} seats left`,
    });
  }

  const seen = new Set<string>();
  const counted: JudgeCandidate[] = [];
  for (const id of input.names) {
    if (seen.has(id)) {
      violations.push({
        rule: 'DUPLICATE_NAME',
        candidateId: id,
        message: `names candidate ${id} more than once`,
      });
      continue;
    }
    seen.add(id);
    const candidate = inRace.get(id);
    if (candidate) {
      counted.push(candidate);
    } else if (former.has(id)) {
      violations.push({
        rule: 'INELIGIBLE_CANDIDATE',
        candidateId: id,
        message: `names candidate ${id}, who is no longer in the race`,
      });
    } else {
      violations.push({
        rule: 'UNKNOWN_CANDIDATE',
        candidateId: id,
        message: `names ${id}, who is not a candidate in this election`,
      });
    }
  }

  // ICC-ASP/3/Res.6: a paper that falls short of a requirement in force is invalid (practice).
  for (const requirement of input.requirements) {
    if (!requirement.applies) continue;
    const category = categoryOf(requirement);
    const named = counted.filter((c) => isInCategory(c, category)).length;
    if (named < requirement.required) {
      violations.push({
        rule: 'CATEGORY_SHORT',
        category,
        required: requirement.required,
        named,
        message: `names ${named} of the ${requirement.required} required for ${requirement.kind} ${requirement.value}`,
      });
    }
  }

  return { valid: violations.length === 0, violations };
}
