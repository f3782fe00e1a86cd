// Every API error a staff member can meet, as a sentence in their language: never the server's
// English text. A refused rule is named by `extensions.rule`, translated here.
import { ApiError } from '../graphql/client.js';
import type { Key, Translate } from '../i18n/i18n.js';
import { errorMessage } from '../nominee/errors.js';
import { catalogues } from '../i18n/catalogues.js';

type Rule = keyof (typeof catalogues.en)['console']['rules'];
const isKnownRule = (rule: string | undefined): rule is Rule =>
  rule !== undefined && rule in catalogues.en.console.rules;

/** The message for a refused election rule, with its figures (maxDays...) filled in. */
export function ruleMessage(error: ApiError, t: Translate): string {
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(error.extensions))
    if (typeof v === 'string' || typeof v === 'number') params[k] = v;
  if (isKnownRule(error.rule)) return t(`console.rules.${error.rule}` as Key, params);
  return t('console.errors.rule', { rule: error.rule ?? '' });
}

export function consoleErrorMessage(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    switch (error.code) {
      case 'RULE_VIOLATION':
        return ruleMessage(error, t);
      case 'FORBIDDEN':
        return t('console.errors.forbidden');
      case 'NOT_FOUND':
        return t('console.errors.notFound');
      case 'BAD_USER_INPUT':
        return t('console.errors.invalid');
      case 'CONFLICT':
        return t('console.errors.conflict');
      case 'DEADLINE_PASSED':
        return t('console.errors.deadlinePassed');
      default:
        break;
    }
  }
  // Connection, rate limits, unavailability: the same words as everywhere in the client.
  return t(errorMessage(error));
}

/** The input fields a BAD_USER_INPUT names (`input.title` and `title` both give `title`). */
export function fieldsOf(error: unknown): string[] {
  if (!(error instanceof ApiError) || error.code !== 'BAD_USER_INPUT') return [];
  const fields = error.extensions.fields;
  if (!Array.isArray(fields)) return [];
  return fields.flatMap((f: unknown) => {
    const field = f && typeof f === 'object' ? (f as { field?: unknown }).field : undefined;
    return typeof field === 'string' ? [field.replace(/^input\./, '')] : [];
  });
}

export const isConflict = (error: unknown): boolean => error instanceof ApiError && error.code === 'CONFLICT';
export const isUnauthenticated = (error: unknown): boolean =>
  error instanceof ApiError && error.code === 'UNAUTHENTICATED';
