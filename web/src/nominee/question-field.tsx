import type { FocusEvent } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { characterCount, textLimit, type AnswerValue, type Question } from './answers.js';

interface FieldProps {
  readonly question: Question;
  readonly value: AnswerValue | undefined;
  readonly error: string | undefined;
  readonly readOnly: boolean;
  readonly onChange: (value: AnswerValue) => void;
  /** Leaving the field (focus moved outside it): save at once. */
  readonly onLeave: () => void;
}

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

function RequiredMark({ required }: { required: boolean }) {
  const { t } = useI18n();
  return (
    <span className={required ? 'mark mark--required' : 'mark'}>
      {' '}
      {t(required ? 'nominee.form.required' : 'nominee.form.optional')}
    </span>
  );
}

function ErrorText({ id, text }: { id: string; text: string | undefined }) {
  if (!text) return null;
  return (
    <span id={id} className="error-message">
      {text}
    </span>
  );
}

function TextQuestion({ question, value, error, readOnly, onChange, onLeave }: FieldProps) {
  const { t, language } = useI18n();
  const id = `q-${question.key}`;
  const text = typeof value === 'string' ? value : '';
  const limit = textLimit(question);
  const left = limit - characterCount(text);
  const number = new Intl.NumberFormat(language);
  const counter =
    left >= 0 ? t('nominee.form.remaining', { count: left }) : t('nominee.form.tooMany', { count: -left });
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <label htmlFor={id}>
        {question.prompt}
        <RequiredMark required={question.required} />
      </label>
      <span id={`${id}-hint`} className="hint">
        {t('nominee.form.textHint', { limit: number.format(limit) })}
      </span>
      <ErrorText id={`${id}-error`} text={error} />
      <textarea
        id={id}
        name={question.key}
        rows={6}
        value={text}
        readOnly={readOnly}
        aria-required={question.required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(`${id}-hint`, `${id}-count`, error && `${id}-error`)}
        className={error ? 'input--error' : undefined}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onLeave}
      />
      <span id={`${id}-count`} className={left < 0 ? 'char-count char-count--over' : 'char-count'}>
        {counter}
      </span>
    </div>
  );
}

function ChoiceQuestion({ question, value, error, readOnly, onChange, onLeave }: FieldProps) {
  const { t } = useI18n();
  const id = `q-${question.key}`;
  const multiple = question.kind === 'MULTI_CHOICE';
  const options =
    question.kind === 'YES_NO'
      ? [
          { key: 'yes', label: t('nominee.form.yes') },
          { key: 'no', label: t('nominee.form.no') },
        ]
      : question.options;
  const chosen = (key: string): boolean => {
    if (question.kind === 'YES_NO') return value === (key === 'yes');
    return Array.isArray(value) && value.includes(key);
  };
  const choose = (key: string, checked: boolean) => {
    if (question.kind === 'YES_NO') return onChange(key === 'yes');
    if (!multiple) return onChange([key]);
    const current = Array.isArray(value) ? (value as readonly string[]) : [];
    // Kept in the order of the options, whatever the order of the clicks.
    const next = question.options.map((o) => o.key).filter((k) => (k === key ? checked : current.includes(k)));
    onChange(next);
  };
  const leave = (event: FocusEvent<HTMLFieldSetElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) onLeave();
  };
  const hint = multiple
    ? t('nominee.form.multiHint')
    : question.kind === 'SINGLE_CHOICE'
      ? t('nominee.form.singleHint')
      : null;
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <fieldset aria-describedby={describedBy(hint !== null && `${id}-hint`, error && `${id}-error`)} onBlur={leave}>
        <legend>
          {question.prompt}
          <RequiredMark required={question.required} />
        </legend>
        {hint && (
          <span id={`${id}-hint`} className="hint">
            {hint}
          </span>
        )}
        <ErrorText id={`${id}-error`} text={error} />
        {options.map((option) => {
          const optionId = `${id}-${option.key}`;
          return (
            <div className="choice" key={option.key}>
              <input
                type={multiple ? 'checkbox' : 'radio'}
                id={optionId}
                name={question.key}
                value={option.key}
                checked={chosen(option.key)}
                disabled={readOnly}
                onChange={(event) => choose(option.key, event.target.checked)}
              />
              <label htmlFor={optionId}>{option.label}</label>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}

/** One question as its kind asks: a text box with a counter, radio buttons, or check boxes. */
export function QuestionField(props: FieldProps) {
  return props.question.kind === 'TEXT' ? <TextQuestion {...props} /> : <ChoiceQuestion {...props} />;
}
