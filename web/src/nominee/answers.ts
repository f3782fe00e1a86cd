// Answers as the form holds them, and the checks the page makes before the server does. Pure.
import type { AnswerInput, NomineeInvitationFragment } from '../gql/graphql.js';

export type Invitation = NomineeInvitationFragment;
export type Question = Invitation['questions'][number];
/** Text for TEXT, true/false for YES_NO, option keys for SINGLE_CHOICE and MULTI_CHOICE. */
export type AnswerValue = string | boolean | readonly string[];
export type Answers = Readonly<Record<string, AnswerValue>>;

/** The server's default limit for a text answer without its own. */
export const DEFAULT_TEXT_LIMIT = 10_000;

export function answersOf(invitation: Pick<Invitation, 'answers'>): Answers {
  const out: Record<string, AnswerValue> = {};
  for (const a of invitation.answers) {
    if (a.text != null) out[a.key] = a.text;
    else if (a.yes != null) out[a.key] = a.yes;
    else if (a.choices != null) out[a.key] = a.choices;
  }
  return out;
}

export function toInput(key: string, value: AnswerValue): AnswerInput {
  if (typeof value === 'string') return { key, text: value };
  if (typeof value === 'boolean') return { key, yes: value };
  return { key, choices: [...value] };
}

/** Characters as the server counts them (code points, so an emoji is one). */
export function characterCount(text: string): number {
  return [...text].length;
}

export function textLimit(question: Question): number {
  return question.maxLength ?? DEFAULT_TEXT_LIMIT;
}

export function isTooLong(question: Question, value: AnswerValue | undefined): boolean {
  return question.kind === 'TEXT' && typeof value === 'string' && characterCount(value) > textLimit(question);
}

/** An answer counts as given as the server counts it: a blank text or no option chosen does not. */
export function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (typeof value === 'boolean') return true;
  return value.length > 0;
}

export type Problem = { readonly key: string; readonly kind: 'required' | 'tooLong' };

/** What stops a submission, in the order of the questions. */
export function problemsBeforeSubmit(questions: readonly Question[], answers: Answers): Problem[] {
  return questions.flatMap((q): Problem[] => {
    if (isTooLong(q, answers[q.key])) return [{ key: q.key, kind: 'tooLong' }];
    if (q.required && !isAnswered(answers[q.key])) return [{ key: q.key, kind: 'required' }];
    return [];
  });
}

/** The id of the control a link to this question lands on (the first option of a group). */
export function fieldId(question: Question): string {
  if (question.kind === 'TEXT') return `q-${question.key}`;
  if (question.kind === 'YES_NO') return `q-${question.key}-yes`;
  return `q-${question.key}-${question.options[0]?.key ?? ''}`;
}
