import { useEffect, useState } from 'react';
import { ApiError } from '../graphql/client.js';
import { useI18n, type I18n, type Key, type Localized } from '../i18n/i18n.js';
import { FocusHeading } from '../ui/focus-heading.js';
import { consoleErrorMessage } from './errors.js';
import { Link } from './router.js';

/** Shown while a screen's data loads. */
export function Loading() {
  const { t } = useI18n();
  return (
    <p className="status" role="status">
      {t('console.loading')}
    </p>
  );
}

/** A screen whose data could not be read: what went wrong, and a way to try again. */
export function LoadFailed({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="notice notice--warning" role="alert">
      <p>{consoleErrorMessage(error, t)}</p>
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('console.retry')}
        </button>
      )}
    </div>
  );
}

/** A message parameter: a value, or one written in the reader's language when shown (a label, a date). */
export type FlashParam = string | number | Localized;

/** A message's parameters as the reader's language writes them now. */
export function paramsIn(params: Readonly<Record<string, FlashParam>> | undefined, i18n: I18n) {
  return Object.fromEntries(
    Object.entries(params ?? {}).map(([name, value]) => [name, typeof value === 'function' ? value(i18n) : value]),
  );
}

// A message that outlives a navigation ("The election was created"), shown once on the next screen,
// in the language of the moment: kept as its key, translated when shown (a switch of language
// translates it too).
let pending: { readonly key: Key; readonly params?: Readonly<Record<string, FlashParam>> } | null = null;
export function flash(key: Key, params?: Readonly<Record<string, FlashParam>>): void {
  pending = { key, params };
}

export function Flash() {
  const i18n = useI18n();
  const [message] = useState(() => {
    const taken = pending;
    pending = null;
    return taken;
  });
  const [shown, setShown] = useState(message);
  useEffect(() => setShown(message), [message]);
  if (!shown) return null;
  return (
    <div className="notice notice--success" role="status">
      <p>{i18n.t(shown.key, paramsIn(shown.params, i18n))}</p>
    </div>
  );
}

/** An address for something this role may not do: said plainly, nothing offered. */
export function NotAllowed() {
  const { t } = useI18n();
  return (
    <>
      <FocusHeading>{t('console.errors.forbidden')}</FocusHeading>
      <Link href="/console/elections">{t('console.shell.elections')}</Link>
    </>
  );
}

/** A record the API answered null for (deleted, or a wrong address). */
export const NOT_FOUND = new ApiError('Not found', 'NOT_FOUND', {});
