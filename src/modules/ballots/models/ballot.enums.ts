import { registerEnumType } from '@nestjs/graphql';
import type { BallotRule, MvrCategoryKind, MvrLapseReason, TieReason } from '../../slate/index.js';

// The slate library's string unions as GraphQL enums (same strings).

export const MVR_CATEGORY_KINDS = {
  LIST: 'LIST',
  GENDER: 'GENDER',
  REGIONAL_GROUP: 'REGIONAL_GROUP',
} as const satisfies { [K in MvrCategoryKind]: K };

export const MVR_LAPSE_REASONS = {
  AFTER_ROUND_LIMIT: 'AFTER_ROUND_LIMIT',
  CANNOT_BE_MET_TOGETHER: 'CANNOT_BE_MET_TOGETHER',
} as const satisfies { [K in MvrLapseReason]: K };

export const BALLOT_RULES = {
  TOO_MANY_NAMES: 'TOO_MANY_NAMES',
  CATEGORY_SHORT: 'CATEGORY_SHORT',
  UNKNOWN_CANDIDATE: 'UNKNOWN_CANDIDATE',
  INELIGIBLE_CANDIDATE: 'INELIGIBLE_CANDIDATE',
  DUPLICATE_NAME: 'DUPLICATE_NAME',
} as const satisfies { [K in BallotRule]: K };

registerEnumType(MVR_CATEGORY_KINDS, {
  name: 'MvrCategoryKind',
  description: 'A minimum voting requirement category: a judicial list, a gender or a regional group.',
});
registerEnumType(MVR_LAPSE_REASONS, {
  name: 'MvrLapseReason',
  description:
    'Why the regional and gender requirements no longer apply: AFTER_ROUND_LIMIT (after the fourth round) or ' +
    'CANNOT_BE_MET_TOGETHER (within the seats left). List requirements never lapse.',
});
registerEnumType(BALLOT_RULES, {
  name: 'BallotRule',
  description: 'A rule a ballot paper breaks (it is then invalid).',
});

export const TIE_REASONS = {
  MORE_TIED_THAN_SEATS: 'MORE_TIED_THAN_SEATS',
  TIED_CANDIDATES_EXCLUDE_EACH_OTHER: 'TIED_CANDIDATES_EXCLUDE_EACH_OTHER',
} as const satisfies { [K in TieReason]: K };

export type NoDropReason = 'TIED_FOR_FEWEST';
export const NO_DROP_REASONS = { TIED_FOR_FEWEST: 'TIED_FOR_FEWEST' } as const satisfies { [K in NoDropReason]: K };

export type ContestKind = 'ELECTION' | 'POST' | 'REGIONAL_GROUP';
export const CONTEST_KINDS = {
  ELECTION: 'ELECTION',
  POST: 'POST',
  REGIONAL_GROUP: 'REGIONAL_GROUP',
} as const satisfies { [K in ContestKind]: K };

registerEnumType(TIE_REASONS, {
  name: 'TieReason',
  description:
    'Why candidates reaching the majority with equal votes were not elected: MORE_TIED_THAN_SEATS, or ' +
    'TIED_CANDIDATES_EXCLUDE_EACH_OTHER (same nationality; TFV: same group), as equal votes give no ground to choose.',
});
registerEnumType(NO_DROP_REASONS, {
  name: 'NoDropReason',
  description:
    'Why nobody was dropped when a drop was due: TIED_FOR_FEWEST, several candidates share the fewest votes and no ' +
    'rule says which one leaves the race (practice from 2020 drops one candidate).',
});
registerEnumType(CONTEST_KINDS, {
  name: 'ContestKind',
  description:
    'A separate contest inside an election: the whole ELECTION, a Deputy Prosecutor POST (art. 42(4)), or a CBF ' +
    'REGIONAL_GROUP (ICC-ASP/1/Res.5).',
});
