import { registerEnumType } from '@nestjs/graphql';
import type { BallotRule, MvrCategoryKind, MvrLapseReason } from '../../slate/index.js';

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
