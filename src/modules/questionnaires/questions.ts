// Questions and answers as plain data: the frozen copy inside an issued questionnaire, and the
// checks an answer must pass. Pure: no Nest, no TypeORM.

export const QUESTION_KINDS = ['TEXT', 'YES_NO', 'SINGLE_CHOICE', 'MULTI_CHOICE'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export interface QuestionOption {
  readonly key: string;
  readonly labelEn: string;
  readonly labelFr: string;
}

export interface Question {
  readonly key: string;
  readonly kind: QuestionKind;
  readonly required: boolean;
  readonly promptEn: string;
  readonly promptFr: string;
  /** TEXT only. */
  readonly maxLength?: number | null;
  /** SINGLE_CHOICE and MULTI_CHOICE only. */
  readonly options?: readonly QuestionOption[] | null;
}

export type AnswerValue = string | boolean | string[];

export interface AnswerInputShape {
  readonly key: string;
  readonly text?: string | null;
  readonly yes?: boolean | null;
  readonly choices?: readonly string[] | null;
}

export const DEFAULT_TEXT_LIMIT = 10_000;

/** Problems with a question set (template), by question key; empty when it is sound. */
export function questionSetProblems(questions: readonly Question[]): { field: string; problems: string[] }[] {
  const out: { field: string; problems: string[] }[] = [];
  const seen = new Set<string>();
  questions.forEach((q, i) => {
    const problems: string[] = [];
    if (seen.has(q.key)) problems.push(`duplicate key ${q.key}`);
    seen.add(q.key);
    const choice = q.kind === 'SINGLE_CHOICE' || q.kind === 'MULTI_CHOICE';
    if (choice && (!q.options || q.options.length < 2)) problems.push('a choice question needs at least two options');
    if (!choice && q.options?.length) problems.push('only choice questions have options');
    if (q.options && new Set(q.options.map((o) => o.key)).size !== q.options.length)
      problems.push('duplicate option keys');
    if (q.kind !== 'TEXT' && q.maxLength != null) problems.push('only text questions have a maximum length');
    if (problems.length) out.push({ field: `questions[${i}]`, problems });
  });
  if (questions.length === 0) out.push({ field: 'questions', problems: ['at least one question'] });
  return out;
}

/** The stored value of one answer, or the reason it does not fit its question. */
export function checkAnswer(question: Question, input: AnswerInputShape): { value: AnswerValue } | { problem: string } {
  const given = [input.text != null, input.yes != null, input.choices != null].filter(Boolean).length;
  if (given !== 1) return { problem: 'give exactly one of text, yes or choices' };
  switch (question.kind) {
    case 'TEXT': {
      if (input.text == null) return { problem: 'a text answer is expected' };
      const limit = question.maxLength ?? DEFAULT_TEXT_LIMIT;
      if ([...input.text].length > limit) return { problem: `at most ${limit} characters` };
      return { value: input.text };
    }
    case 'YES_NO':
      if (input.yes == null) return { problem: 'a yes or no answer is expected' };
      return { value: input.yes };
    case 'SINGLE_CHOICE':
    case 'MULTI_CHOICE': {
      if (input.choices == null) return { problem: 'choices are expected' };
      const allowed = new Set((question.options ?? []).map((o) => o.key));
      const unknown = input.choices.filter((c) => !allowed.has(c));
      if (unknown.length) return { problem: `unknown option(s): ${unknown.join(', ')}` };
      if (new Set(input.choices).size !== input.choices.length) return { problem: 'an option is chosen twice' };
      if (question.kind === 'SINGLE_CHOICE' && input.choices.length !== 1)
        return { problem: 'choose exactly one option' };
      return { value: [...input.choices] };
    }
  }
}

/** True when an answer counts as given (a blank text does not). */
export function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

export function missingRequired(
  questions: readonly Question[],
  answers: Readonly<Record<string, AnswerValue>>,
): string[] {
  return questions.filter((q) => q.required && !isAnswered(answers[q.key])).map((q) => q.key);
}
