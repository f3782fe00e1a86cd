import { ApiError } from '../../graphql/client.js';
import { catalogues } from '../../i18n/catalogues.js';
import type { Key, Translate } from '../../i18n/i18n.js';
import { consoleErrorMessage } from '../errors.js';

type PanelsCatalogue = (typeof catalogues.en)['console']['panels'];
const has = <T extends object>(set: T, key: string | undefined): key is Extract<keyof T, string> =>
  key !== undefined && key in set;

/** A rating as people read it: the shipped rubrics' ratings translated, a custom one as written. */
export function ratingLabel(rating: string, t: Translate): string {
  const ratings: PanelsCatalogue['ratings'] = catalogues.en.console.panels.ratings;
  if (has(ratings, rating)) return t(`console.panels.ratings.${rating}`);
  const words = rating.replace(/_/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A criterion in the reader's language. */
export const criterionLabel = (c: { labelEn: string; labelFr: string }, language: string): string =>
  language === 'fr' ? c.labelFr : c.labelEn;

/**
 * An API error on a panels screen: the interview rules and the reasons a member is refused
 * (recused, not the chair, not on the panel) in the reader's language, anything else as the console says it.
 */
export function panelErrorMessage(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    const rules: PanelsCatalogue['rules'] = catalogues.en.console.panels.rules;
    const refused: PanelsCatalogue['refused'] = catalogues.en.console.panels.refused;
    if (error.code === 'RULE_VIOLATION' && has(rules, error.rule)) return t(`console.panels.rules.${error.rule}`);
    const reason = typeof error.extensions.reason === 'string' ? error.extensions.reason : undefined;
    if (error.code === 'FORBIDDEN' && has(refused, reason)) return t(`console.panels.refused.${reason}` as Key);
  }
  return consoleErrorMessage(error, t);
}

/** Why the API refused to open an interview to a recused member: the ground and reason it names. */
export function recusalIn(error: unknown): { ground: string; reason: string | null } | null {
  if (!(error instanceof ApiError) || error.code !== 'FORBIDDEN' || error.extensions.reason !== 'RECUSED') return null;
  const recusal = error.extensions.recusal as { ground?: unknown; reason?: unknown } | undefined;
  if (!recusal || typeof recusal.ground !== 'string') return null;
  return { ground: recusal.ground, reason: typeof recusal.reason === 'string' ? recusal.reason : null };
}

export const groundLabel = (ground: string, t: Translate): string =>
  has(catalogues.en.console.panels.grounds, ground) ? t(`console.panels.grounds.${ground}`) : ground;

/** A local date-and-time input's value (`2026-03-01T10:30`) as an instant, or null. */
export function localDateTime(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** An instant as a local date-and-time input's value. */
export function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
