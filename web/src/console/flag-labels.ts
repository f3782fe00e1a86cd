import type { Key, Translate } from '../i18n/i18n.js';

const GROUPS = new Set([
  'AFRICAN',
  'ASIA_PACIFIC',
  'EASTERN_EUROPEAN',
  'LATIN_AMERICAN_AND_CARIBBEAN',
  'WESTERN_EUROPEAN_AND_OTHER',
]);

/** A flag's or a voting requirement's value in words: a group's or a gender's name; a list or a post as it is. */
export function scopeValueText(kind: string, value: string, t: Translate): string {
  if (kind === 'GENDER' && (value === 'FEMALE' || value === 'MALE')) return t(`console.genders.${value}`);
  if ((kind === 'REGIONAL_GROUP' || kind === 'REGIONAL_SEAT') && GROUPS.has(value))
    return t(`console.groups.${value}` as Key);
  return value;
}

/**
 * Where a slate flag applies, in words: "The election", "Regional group: African States",
 * "Gender: Female", "List: A". One home for the console's election and advocacy pages and the
 * observers' election page.
 */
export function flagScopeText(flag: { scope: string; scopeValue?: string | null }, t: Translate): string {
  const scope = t(`console.flags.scopes.${flag.scope}` as Key);
  if (!flag.scopeValue) return scope;
  return t('console.flags.scopeValue', { scope, value: scopeValueText(flag.scope, flag.scopeValue, t) });
}

type Figures = { readonly kind: string; readonly seats: number; readonly candidates: number };

/**
 * A flag's figures in words. The API's `seats` is the seats at stake, except for NO_CHOICE (the
 * minimum voting requirement in force) and NOMINATION_SHORTFALL (the candidates wanted).
 */
export function flagFiguresText(flag: Figures, t: Translate): string {
  const figures = { candidates: flag.candidates, seats: flag.seats };
  if (flag.kind === 'NO_CHOICE') return t('console.flags.figures.requirement', figures);
  if (flag.kind === 'NOMINATION_SHORTFALL') return t('console.flags.figures.wanted', figures);
  return t('console.flags.figures.seats', figures);
}

/** A flag in one line: what is wrong, where, and its figures ("Fewer candidates than sought — Gender: Female (…)"). */
export function flagText(flag: Figures & { scope: string; scopeValue?: string | null }, t: Translate): string {
  return t('console.flags.text', {
    kind: t(`console.flags.kinds.${flag.kind}` as Key),
    scope: flagScopeText(flag, t),
    figures: flagFiguresText(flag, t),
  });
}
