import { useState, type FormEvent } from 'react';
import { ApiError, request } from '../graphql/client.js';
import { useI18n } from '../i18n/i18n.js';
import { ErrorSummary, errorOf, type SummaryError } from '../ui/error-summary.js';
import { FocusHeading } from '../ui/focus-heading.js';
import { consoleErrorMessage } from './errors.js';
import { LoginDocument } from './operations.js';
import type { Session } from './session.js';

export type SignInReason = 'expired' | 'ended' | 'signedOut' | null;

/** E-mail and password; a refusal never says which of the two was wrong. */
export function SignIn({ reason, onSignedIn }: { reason: SignInReason; onSignedIn: (session: Session) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [busy, setBusy] = useState(false);
  const fieldError = (id: string) => errorOf(errors, id, i18n);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: SummaryError[] = [];
    if (!email.trim()) found.push({ target: 'sign-in-email', text: ({ t }) => t('console.signIn.emailBlank') });
    if (!password) found.push({ target: 'sign-in-password', text: ({ t }) => t('console.signIn.passwordBlank') });
    setErrors(found);
    if (found.length) return;
    setBusy(true);
    try {
      const { login } = await request(LoginDocument, { input: { email: email.trim(), password } });
      onSignedIn({ token: login.token, expiresAt: login.expiresAt, user: login.user });
    } catch (error) {
      setBusy(false);
      const refused = error instanceof ApiError && ['UNAUTHENTICATED', 'BAD_USER_INPUT'].includes(error.code);
      setErrors([
        {
          target: refused ? 'sign-in-email' : undefined,
          text: ({ t }) => (refused ? t('console.signIn.refused') : consoleErrorMessage(error, t)),
        },
      ]);
    }
  };

  const emailError = fieldError('sign-in-email');
  const passwordError = fieldError('sign-in-password');
  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="narrow">
      <ErrorSummary title={t('console.errors.summaryTitle')} errors={errors} />
      <FocusHeading focus={errors.length === 0}>{t('console.signIn.title')}</FocusHeading>
      {reason && (
        <div className={reason === 'signedOut' ? 'notice' : 'notice notice--warning'} role="status">
          <p>{t(`console.signIn.${reason}`)}</p>
        </div>
      )}
      <p>{t('console.signIn.intro')}</p>
      <div className={emailError ? 'form-group form-group--error' : 'form-group'}>
        <label htmlFor="sign-in-email">{t('console.signIn.email')}</label>
        {emailError && (
          <span id="sign-in-email-error" className="error-message">
            {emailError}
          </span>
        )}
        <input
          id="sign-in-email"
          type="email"
          autoComplete="username"
          spellCheck={false}
          value={email}
          aria-invalid={emailError ? true : undefined}
          aria-describedby={emailError ? 'sign-in-email-error' : undefined}
          className={emailError ? 'input--error' : undefined}
          onChange={(event) => setEmail(event.target.value)}
        />
      </div>
      <div className={passwordError ? 'form-group form-group--error' : 'form-group'}>
        <label htmlFor="sign-in-password">{t('console.signIn.password')}</label>
        {passwordError && (
          <span id="sign-in-password-error" className="error-message">
            {passwordError}
          </span>
        )}
        <input
          id="sign-in-password"
          type="password"
          autoComplete="current-password"
          value={password}
          aria-invalid={passwordError ? true : undefined}
          aria-describedby={passwordError ? 'sign-in-password-error' : undefined}
          className={passwordError ? 'input--error' : undefined}
          onChange={(event) => setPassword(event.target.value)}
        />
      </div>
      <button type="submit" className="button" disabled={busy}>
        {busy ? t('console.signIn.signingIn') : t('console.signIn.submit')}
      </button>
    </form>
  );
}
