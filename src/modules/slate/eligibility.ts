import type { Candidate, SittingJudge } from './slate.types.js';

export type NominationConflict =
  | {
      // Rome Statute art. 36(7): can never be seated beside a compatriot judge: refuse.
      readonly kind: 'SHARES_NATIONALITY_WITH_SITTING_JUDGE';
      readonly nationality: string;
      readonly candidateIds: readonly string[];
    }
  | {
      // Rome Statute art. 36(7): may both stand, but both cannot be elected: flag.
      readonly kind: 'COMPATRIOT_CANDIDATES';
      readonly nationality: string;
      readonly candidateIds: readonly string[];
    };

// Only the nationality for the purposes of the Statute counts (art. 36(7)), not other ones.
export function nominationConflicts(
  candidates: readonly Pick<Candidate, 'id' | 'nationality'>[],
  sittingJudges: readonly Pick<SittingJudge, 'nationality'>[],
): NominationConflict[] {
  const seated = new Set(sittingJudges.map((j) => j.nationality.toUpperCase()));
  const byNationality = new Map<string, string[]>();
  for (const c of candidates) {
    const n = c.nationality.toUpperCase();
    byNationality.set(n, [...(byNationality.get(n) ?? []), c.id]);
  }
  const conflicts: NominationConflict[] = [];
  for (const [nationality, ids] of [...byNationality].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const candidateIds = [...ids].sort();
    if (seated.has(nationality)) {
      conflicts.push({ kind: 'SHARES_NATIONALITY_WITH_SITTING_JUDGE', nationality, candidateIds });
    } else if (ids.length > 1) {
      conflicts.push({ kind: 'COMPATRIOT_CANDIDATES', nationality, candidateIds });
    }
  }
  return conflicts;
}
