import { registerEnumType } from '@nestjs/graphql';
import type { SlateFlagKind, SlateFlagScope } from '../slate/index.js';

// The slate library's string unions, as GraphQL and PostgreSQL enums (same strings).

export const SLATE_FLAG_SCOPES = {
  ELECTION: 'ELECTION',
  REGIONAL_SEAT: 'REGIONAL_SEAT',
  LIST: 'LIST',
  GENDER: 'GENDER',
  REGIONAL_GROUP: 'REGIONAL_GROUP',
  POST: 'POST',
} as const satisfies { [K in SlateFlagScope]: K };

export const SLATE_FLAG_KINDS = {
  CLEAN_SLATE: 'CLEAN_SLATE',
  UNDERSUBSCRIBED: 'UNDERSUBSCRIBED',
  VACANT: 'VACANT',
  NO_CHOICE: 'NO_CHOICE',
  NOMINATION_SHORTFALL: 'NOMINATION_SHORTFALL',
  SINGLE_CANDIDATE: 'SINGLE_CANDIDATE',
} as const satisfies { [K in SlateFlagKind]: K };

export type SlateFlagChange = 'RAISED' | 'CLEARED' | 'CHANGED';
export const SLATE_FLAG_CHANGES = {
  RAISED: 'RAISED',
  CLEARED: 'CLEARED',
  CHANGED: 'CHANGED',
} as const satisfies { [K in SlateFlagChange]: K };

registerEnumType(SLATE_FLAG_SCOPES, {
  name: 'SlateFlagScope',
  description:
    'What a flag is about: the whole ELECTION, a TFV REGIONAL_SEAT, a judicial LIST, GENDER or REGIONAL_GROUP ' +
    'requirement, or a Deputy Prosecutor POST.',
});
registerEnumType(SLATE_FLAG_KINDS, {
  name: 'SlateFlagKind',
  description:
    'CLEAN_SLATE: as many candidates as seats; UNDERSUBSCRIBED: fewer; VACANT: none; NO_CHOICE: no more ' +
    'candidates than the requirement in force; NOMINATION_SHORTFALL: fewer candidates than wanted (an extension ' +
    'of the nomination period may follow); SINGLE_CANDIDATE: one candidate for Prosecutor.',
});
registerEnumType(SLATE_FLAG_CHANGES, {
  name: 'SlateFlagChange',
  description: 'RAISED: the flag appeared; CLEARED: it went away; CHANGED: its seats or candidates changed.',
});
