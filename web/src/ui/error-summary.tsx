import { useEffect, useRef } from 'react';
import { useI18n, type I18n, type Localized } from '../i18n/i18n.js';

export interface SummaryError {
  /** The id of the control the link moves to; none for an error that belongs to no field. */
  readonly target?: string;
  /** Said when shown, so that a switch of language says it again in the new language. */
  readonly text: Localized;
}

/** The error of one control, in the reader's language, if there is one. */
export function errorOf(errors: readonly SummaryError[], target: string, i18n: I18n): string | undefined {
  return errors.find((error) => error.target === target)?.text(i18n);
}

/** Moves focus to a control named by an error link (and keeps the fragment out of the address). */
export function focusControl(id: string): void {
  const element = document.getElementById(id);
  if (!element) return;
  element.scrollIntoView({ block: 'center' });
  element.focus({ preventScroll: true });
}

/**
 * The error summary of public-service forms: at the top, each problem a link to its field, and
 * focus moved to it whenever a new list of errors is shown (each attempt gives a new list).
 */
export function ErrorSummary({ title, errors }: { title: string; errors: readonly SummaryError[] }) {
  const i18n = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{title}</h2>
      <ul className="error-summary__list">
        {errors.map((error, index) => (
          <li key={`${error.target ?? ''}:${index}`}>
            {error.target ? (
              <a
                href={`#${error.target}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusControl(error.target as string);
                }}
              >
                {error.text(i18n)}
              </a>
            ) : (
              error.text(i18n)
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
