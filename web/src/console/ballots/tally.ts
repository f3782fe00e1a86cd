// What the tally form knows by itself: reading the figures as typed. Every election rule (the
// majority, States present and voting, requirements, what the figures would elect) is the API's,
// asked through previewBallotRound as the numbers are typed. Pure, so it is tested on its own.

export interface TallyValues {
  readonly ballotPapers: string;
  readonly invalidBallots: string;
  readonly abstentions: string;
  /** Votes typed per candidacy id ('' for none yet). */
  readonly votes: Readonly<Record<string, string>>;
}

/** The figures of a round as the API takes them. */
export interface TallyFigures {
  readonly ballotPapers: number;
  readonly invalidBallots: number;
  readonly abstentions: number;
  /** Candidacies left out (blank or 0) received none. */
  readonly votes: readonly { readonly candidacyId: string; readonly votes: number }[];
}

const FIGURES = ['ballotPapers', 'invalidBallots', 'abstentions'] as const;
export type FigureField = (typeof FIGURES)[number];

/** A whole, non-negative number typed in a field; null while blank or not a count. */
export function count(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,6}$/.test(trimmed)) return null;
  return Number(trimmed);
}

/** The fields that do not hold a count: the three figures must, a candidate's votes may be blank. */
export function notCounts(
  values: TallyValues,
  candidacyIds: readonly string[],
): { figures: FigureField[]; votes: string[] } {
  return {
    figures: FIGURES.filter((f) => count(values[f]) === null),
    votes: candidacyIds.filter((id) => {
      const typed = values.votes[id] ?? '';
      return typed.trim() !== '' && count(typed) === null;
    }),
  };
}

/** The figures once every field holds a count (a blank vote is none); null while any does not. */
export function tallyFigures(values: TallyValues, candidacyIds: readonly string[]): TallyFigures | null {
  const wrong = notCounts(values, candidacyIds);
  if (wrong.figures.length > 0 || wrong.votes.length > 0) return null;
  return {
    ballotPapers: count(values.ballotPapers)!,
    invalidBallots: count(values.invalidBallots)!,
    abstentions: count(values.abstentions)!,
    votes: candidacyIds
      .map((candidacyId) => ({ candidacyId, votes: count(values.votes[candidacyId] ?? '') ?? 0 }))
      .filter((v) => v.votes > 0),
  };
}
