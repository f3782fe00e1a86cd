import { ApiError } from '../../graphql/client.js';
import type { Language } from '../../i18n/catalogues.js';
import { zonedDateTime } from '../../i18n/zoned.js';
import type { ConsoleDiscussionFragment } from '../../gql/graphql.js';
import type { Key, Translate } from '../../i18n/i18n.js';
import { consoleErrorMessage } from '../errors.js';

export type Discussion = ConsoleDiscussionFragment;

// The discussions' own rules (extensions.rule), said in the reader's language.
const RULES = [
  'DISCUSSION_CANCELLED',
  'DISCUSSION_NOT_SCHEDULED',
  'DISCUSSION_NOT_STARTED',
  'DISCUSSION_STARTED',
  'CANDIDACY_OF_ANOTHER_ELECTION',
  'ELECTION_NOT_PUBLIC',
  'ELECTION_CONCLUDED',
  'CANDIDACY_WITHDRAWN',
] as const;

export function discussionErrorMessage(error: unknown, t: Translate): string {
  if (error instanceof ApiError && error.code === 'RULE_VIOLATION') {
    const rule = RULES.find((r) => r === error.rule);
    if (rule) return t(`console.discussions.rules.${rule}`);
  }
  if (error instanceof ApiError && error.code === 'CONFLICT' && error.extensions.reason === 'ALREADY_PUBLISHED')
    return t('console.discussions.alreadyPublished');
  return consoleErrorMessage(error, t);
}

/** When it starts, as the clocks show it where it is held, with the zone named. */
export function whenText(d: Pick<Discussion, 'startsAt' | 'timeZone'>, language: Language, t: Translate): string {
  return t('console.discussions.whenValue', zonedDateTime(d.startsAt, d.timeZone, language));
}

export const answerKey = (answer: string): Key => `console.discussions.answers.${answer}` as Key;
export const statusKey = (status: string): Key => `console.discussions.statuses.${status}` as Key;

export function answerCounts(d: Discussion): Record<'ACCEPTED' | 'DECLINED' | 'NO_REPLY', number> {
  const counts = { ACCEPTED: 0, DECLINED: 0, NO_REPLY: 0 };
  for (const i of d.invitations) counts[i.answer] += 1;
  return counts;
}
