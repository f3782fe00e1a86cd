import type { ReactNode } from 'react';

// Form controls of the console, after the GOV.UK patterns the nominee page follows: one label per
// question, the hint and the error read out with the field, the error above the control.
interface Common {
  readonly id: string;
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  readonly error?: string | null;
  /** A check that passed as the user typed (said quietly, after the field). */
  readonly ok?: string | null;
}

function describedBy(id: string, hint: unknown, error: unknown, ok: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, ok ? `${id}-ok` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Frame({ id, label, hint, error, ok, children }: Common & { children: ReactNode }) {
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="error-message">
          {error}
        </span>
      )}
      {children}
      {ok && !error && (
        <span id={`${id}-ok`} className="field-ok">
          {ok}
        </span>
      )}
    </div>
  );
}

export function TextField({
  value,
  onChange,
  type = 'text',
  width,
  autoComplete,
  inputMode,
  required,
  ...common
}: Common & {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly type?: 'text' | 'email' | 'password' | 'date';
  readonly width?: 'short' | 'medium';
  readonly autoComplete?: string;
  readonly inputMode?: 'numeric' | 'text' | 'email';
  readonly required?: boolean;
}) {
  const { id, hint, error, ok } = common;
  const classes = [error ? 'input--error' : '', width ? `input--${width}` : ''].filter(Boolean).join(' ');
  return (
    <Frame {...common}>
      <input
        id={id}
        name={id}
        type={type}
        value={value}
        autoComplete={autoComplete ?? 'off'}
        inputMode={inputMode}
        spellCheck={type === 'text' ? undefined : false}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error, ok)}
        className={classes || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </Frame>
  );
}

export function TextArea({
  value,
  onChange,
  required,
  ...common
}: Common & { readonly value: string; readonly onChange: (value: string) => void; readonly required?: boolean }) {
  const { id, hint, error } = common;
  return (
    <Frame {...common}>
      <textarea
        id={id}
        name={id}
        rows={4}
        value={value}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error, null)}
        className={error ? 'input--error' : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </Frame>
  );
}

export interface Option {
  readonly value: string;
  readonly label: string;
}

export function SelectField({
  value,
  onChange,
  options,
  placeholder,
  required,
  ...common
}: Common & {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly options: readonly Option[];
  /** The first, empty choice ("Any", "Choose a State"). */
  readonly placeholder?: string;
  readonly required?: boolean;
}) {
  const { id, hint, error, ok } = common;
  return (
    <Frame {...common}>
      <select
        id={id}
        name={id}
        value={value}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error, ok)}
        className={error ? 'input--error' : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

/** Radio buttons in a fieldset whose legend is the question. */
export function RadioGroup({
  id,
  legend,
  hint,
  error,
  value,
  onChange,
  options,
}: {
  readonly id: string;
  readonly legend: string;
  readonly hint?: string;
  readonly error?: string | null;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly options: readonly Option[];
}) {
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <fieldset aria-describedby={describedBy(id, hint, error, null)}>
        <legend>{legend}</legend>
        {hint && (
          <span id={`${id}-hint`} className="hint">
            {hint}
          </span>
        )}
        {error && (
          <span id={`${id}-error`} className="error-message">
            {error}
          </span>
        )}
        {options.map((o, i) => (
          <div className="choice" key={o.value}>
            <input
              type="radio"
              id={i === 0 ? id : `${id}-${o.value}`}
              name={id}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
            />
            <label htmlFor={i === 0 ? id : `${id}-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}

/** One check box with its label; an error (e.g. a confirmation not ticked) above it, read out with it. */
export function CheckboxField({
  id,
  label,
  error,
  checked,
  onChange,
}: {
  readonly id: string;
  readonly label: ReactNode;
  readonly error?: string | null;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}) {
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      {error && (
        <span id={`${id}-error`} className="error-message">
          {error}
        </span>
      )}
      <div className="choice">
        <input
          type="checkbox"
          id={id}
          name={id}
          checked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
        <label htmlFor={id}>{label}</label>
      </div>
    </div>
  );
}
