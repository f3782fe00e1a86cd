import { useEffect, useState, type FormEvent } from 'react';
import { request } from '../graphql/client.js';
import { useI18n } from '../i18n/i18n.js';
import { ErrorSummary, type SummaryError } from '../ui/error-summary.js';
import { FocusHeading } from '../ui/focus-heading.js';
import { errorKind, errorMessage } from './errors.js';
import { InvitationHelpDocument } from './operations.js';

interface Props {
  /** Why the code is asked for again. */
  readonly sessionExpired: boolean;
  /** The last failed attempt (from the link or this form). */
  readonly failure: unknown;
  readonly busy: boolean;
  readonly onOpen: (code: string) => void;
}

/** The elections team's address, for anyone whose code does not work. */
function useContact(): string | null {
  const [contact, setContact] = useState<string | null>(null);
  useEffect(() => {
    request(InvitationHelpDocument, {})
      .then((data) => setContact(data.invitationHelp.electionsTeamEmail))
      .catch(() => setContact(null));
  }, []);
  return contact;
}

/** A code the server refused: unknown, replaced (revoked) or expired look the same, on purpose. */
const refused = (failure: unknown) => ['sessionExpired', 'invalid', 'forbidden'].includes(errorKind(failure));

export function CodeForm({ sessionExpired, failure, busy, onOpen }: Props) {
  const { t } = useI18n();
  const contact = useContact();
  const [code, setCode] = useState('');
  const [blank, setBlank] = useState(false);
  const fieldMessage = blank ? t('nominee.code.blank') : failure && refused(failure) ? t('nominee.code.invalid') : null;
  // The message's key, not its words: a switch of language says the same list again, in place.
  const key = blank
    ? 'nominee.code.blank'
    : failure && refused(failure)
      ? 'nominee.code.invalid'
      : failure
        ? errorMessage(failure)
        : '';
  const errors: SummaryError[] = !key
    ? []
    : blank || refused(failure)
      ? [{ target: 'invitation-code', text: ({ t }) => t(key) }]
      : [{ text: ({ t }) => t(key) }];
  const [shown, setShown] = useState<SummaryError[]>(errors);
  // A new attempt gives a new list (and focus moves to it); re-renders keep the same one.
  const [shownKey, setShownKey] = useState(key);
  if (key !== shownKey) {
    setShownKey(key);
    setShown(errors);
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = code.trim();
    setBlank(!trimmed);
    if (trimmed) onOpen(trimmed);
  };

  const mail = contact && <a href={`mailto:${contact}`}>{contact}</a>;
  return (
    <>
      <ErrorSummary title={t('nominee.errors.summaryTitle')} errors={shown} />
      <FocusHeading focus={!failure && !blank}>{t('nominee.code.title')}</FocusHeading>
      {sessionExpired && (
        <div className="notice" role="status">
          <p>{t('nominee.code.sessionExpired')}</p>
        </div>
      )}
      <p>{t('nominee.code.intro')}</p>
      {failure !== null && refused(failure) && (
        <div className="notice notice--warning">
          <p>
            {t('nominee.code.invalidHelp')} {mail}
          </p>
        </div>
      )}
      <form noValidate onSubmit={submit}>
        <div className={fieldMessage ? 'form-group form-group--error' : 'form-group'}>
          <label htmlFor="invitation-code">{t('nominee.code.label')}</label>
          <span id="invitation-code-hint" className="hint">
            {t('nominee.code.hint')}
          </span>
          {fieldMessage && (
            <span id="invitation-code-error" className="error-message">
              {fieldMessage}
            </span>
          )}
          <input
            type="text"
            id="invitation-code"
            name="code"
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            value={code}
            aria-invalid={fieldMessage ? true : undefined}
            aria-describedby={fieldMessage ? 'invitation-code-hint invitation-code-error' : 'invitation-code-hint'}
            className={fieldMessage ? 'input--error code-input' : 'code-input'}
            onChange={(event) => setCode(event.target.value)}
          />
        </div>
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('nominee.code.opening') : t('nominee.code.submit')}
        </button>
      </form>
      {mail && (failure === null || !refused(failure)) && (
        <p className="hint">
          {t('nominee.code.help')} {mail}
        </p>
      )}
    </>
  );
}
