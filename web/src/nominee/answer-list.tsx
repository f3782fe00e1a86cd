import { useI18n } from '../i18n/i18n.js';
import { isAnswered, type Answers, type Question } from './answers.js';

/** The answers as they read once sent: each question and what was answered. */
export function AnswerList({ questions, answers }: { questions: readonly Question[]; answers: Answers }) {
  const { t } = useI18n();
  const shown = (question: Question): string => {
    const value = answers[question.key];
    if (!isAnswered(value)) return t('nominee.review.notAnswered');
    if (typeof value === 'boolean') return t(value ? 'nominee.form.yes' : 'nominee.form.no');
    if (typeof value === 'string') return value;
    return question.options
      .filter((o) => value?.includes(o.key))
      .map((o) => o.label)
      .join(', ');
  };
  return (
    <dl className="summary answers">
      {questions.map((question) => (
        <div className="answers__row" key={question.key}>
          <dt>{question.prompt}</dt>
          <dd>{shown(question)}</dd>
        </div>
      ))}
    </dl>
  );
}
