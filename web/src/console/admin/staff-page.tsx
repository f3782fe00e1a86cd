import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { AdminStaffUserFragment, StaffRole } from '../../gql/graphql.js';
import { ApiError } from '../../graphql/client.js';
import { useI18n, type Key, type Localized } from '../../i18n/i18n.js';
import { ErrorSummary, errorOf, type SummaryError } from '../../ui/error-summary.js';
import { FocusHeading } from '../../ui/focus-heading.js';
import { isConflict } from '../errors.js';
import { RadioGroup, SelectField, TextField } from '../fields.js';
import { LoadFailed, Loading, paramsIn, type FlashParam } from '../page-bits.js';
import { useSession } from '../session-context.js';
import { useQuery } from '../use-query.js';
import { AdminTabs, adminErrorMessage } from './admin-bits.js';
import {
  CreateStaffUserDocument,
  DisableStaffUserDocument,
  EnableStaffUserDocument,
  SetStaffUserRoleDocument,
  StaffUsersDocument,
} from './operations.js';
import { generatePassword, MIN_PASSWORD_LENGTH } from './password.js';

type User = AdminStaffUserFragment;
type Notice = { kind: 'success'; key: Key; params: Record<string, FlashParam> } | { kind: 'error'; text: Localized };
type Acting = { user: User; kind: 'role' | 'disable' | 'enable' };

export const ROLES: readonly StaffRole[] = ['ADMIN', 'ELECTIONS_OFFICER', 'PANEL_MEMBER'];

/** Staff accounts: the list, a new account, and per account its role, disabling and enabling. */
export function StaffPage() {
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  const { can, session } = useSession();
  const query = useQuery(StaffUsersDocument, {});
  const [notice, setNotice] = useState<Notice | null>(null);
  const [acting, setActing] = useState<Acting | null>(null);
  const roleName = (role: StaffRole) => t(`console.roles.${role}`);

  const done = async (next: Notice) => {
    setActing(null);
    setNotice(next);
    await query.reload();
  };

  const users = query.data?.staffUsers ?? [];
  const mayChangeRole = can('Mutation.setStaffUserRole');
  const mayDisable = can('Mutation.disableStaffUser');
  const mayEnable = can('Mutation.enableStaffUser');
  return (
    <>
      <FocusHeading>{t('console.admin.staff.title')}</FocusHeading>
      <AdminTabs />
      <div aria-live="polite">
        {notice?.kind === 'success' && (
          <div className="notice notice--success" role="status">
            {/* A generated password is shown once more, in its own sentence. */}
            <p>{t(notice.key, paramsIn(notice.params, i18n))}</p>
            {typeof notice.params.password === 'string' && (
              <p>{t('console.admin.staff.createdPassword', { password: notice.params.password })}</p>
            )}
          </div>
        )}
        {notice?.kind === 'error' && (
          <div className="notice notice--warning" role="alert">
            <p>{notice.text(i18n)}</p>
          </div>
        )}
      </div>
      {query.error && !query.data ? (
        <LoadFailed error={query.error} onRetry={() => void query.reload()} />
      ) : !query.data ? (
        <Loading />
      ) : (
        <>
          <p>{t('console.admin.staff.count', { count: users.length })}</p>
          <div className="table-wrap">
            <table className="table table--stack">
              <caption className="visually-hidden">{t('console.admin.staff.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('console.admin.staff.colName')}</th>
                  <th scope="col">{t('console.admin.staff.colRole')}</th>
                  <th scope="col">{t('console.admin.staff.colStatus')}</th>
                  <th scope="col">{t('console.admin.staff.colActions')}</th>
                </tr>
              </thead>
              <tbody>
                {users.map((u) => {
                  const self = u.id === session.user.id;
                  return (
                    <tr key={u.id}>
                      <th scope="row">
                        {u.displayName} {self && <span className="hint-inline">{t('console.admin.staff.you')}</span>}
                        <span className="hint break-anywhere">{u.email}</span>
                      </th>
                      <td data-label={t('console.admin.staff.colRole')}>{roleName(u.role)}</td>
                      <td data-label={t('console.admin.staff.colStatus')}>
                        {u.disabledAt ? (
                          <span className="tag tag--concluded">
                            {t('console.admin.staff.disabledSince', { at: dateTime(u.disabledAt) })}
                          </span>
                        ) : (
                          <span className="tag tag--nominations_open">{t('console.admin.staff.active')}</span>
                        )}
                      </td>
                      <td>
                        {!self && (
                          <div className="admin-actions">
                            {mayChangeRole && (
                              <button
                                type="button"
                                className="button button--secondary button--small"
                                aria-label={t('console.admin.staff.changeRoleOf', { name: u.displayName })}
                                onClick={() => setActing({ user: u, kind: 'role' })}
                              >
                                {t('console.admin.staff.changeRole')}
                              </button>
                            )}
                            {mayDisable && !u.disabledAt && (
                              <button
                                type="button"
                                className="button button--secondary button--small"
                                aria-label={t('console.admin.staff.disableOf', { name: u.displayName })}
                                onClick={() => setActing({ user: u, kind: 'disable' })}
                              >
                                {t('console.admin.staff.disable')}
                              </button>
                            )}
                            {mayEnable && u.disabledAt && (
                              <button
                                type="button"
                                className="button button--secondary button--small"
                                aria-label={t('console.admin.staff.enableOf', { name: u.displayName })}
                                onClick={() => setActing({ user: u, kind: 'enable' })}
                              >
                                {t('console.admin.staff.enable')}
                              </button>
                            )}
                          </div>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {acting?.kind === 'role' && (
            <RoleForm
              key={`role:${acting.user.id}`}
              user={acting.user}
              onDone={done}
              onStale={async () => {
                setActing(null);
                setNotice({ kind: 'error', text: ({ t }) => t('console.admin.staff.stale') });
                await query.reload();
              }}
              onCancel={() => setActing(null)}
            />
          )}
          {(acting?.kind === 'disable' || acting?.kind === 'enable') && (
            <ConfirmForm
              key={`${acting.kind}:${acting.user.id}`}
              user={acting.user}
              kind={acting.kind}
              onDone={done}
              onCancel={() => setActing(null)}
            />
          )}
        </>
      )}
      {can('Mutation.createStaffUser') && (
        <CreateForm
          onCreated={(user, password) =>
            done({
              kind: 'success',
              key: 'console.admin.staff.created',
              params: {
                name: user.displayName,
                email: user.email,
                role: ({ t }) => t(`console.roles.${user.role}`),
                ...(password ? { password } : {}),
              },
            })
          }
        />
      )}
    </>
  );
}

/** A form that opens below the list: focus moves to its heading so it is seen and announced. */
function useOpeningHeading() {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus({ preventScroll: true });
  }, []);
  return heading;
}

function RoleForm({
  user,
  onDone,
  onStale,
  onCancel,
}: {
  user: User;
  onDone: (notice: Notice) => Promise<void>;
  onStale: () => Promise<void>;
  onCancel: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { call } = useSession();
  const [role, setRole] = useState<string>(ROLES.find((r) => r !== user.role) ?? '');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [busy, setBusy] = useState(false);
  const heading = useOpeningHeading();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = ROLES.find((r) => r === role);
    if (!chosen || chosen === user.role) {
      setErrors([{ target: 'staff-role', text: ({ t }) => t('console.admin.staff.roleSame') }]);
      return;
    }
    setBusy(true);
    try {
      const { setStaffUserRole } = await call(SetStaffUserRoleDocument, {
        input: { id: user.id, version: user.version, role: chosen },
      });
      await onDone({
        kind: 'success',
        key: 'console.admin.staff.roleChanged',
        params: { name: setStaffUserRole.displayName, role: ({ t }) => t(`console.roles.${setStaffUserRole.role}`) },
      });
    } catch (error) {
      setBusy(false);
      if (isConflict(error)) await onStale();
      else setErrors([{ text: ({ t }) => adminErrorMessage(error, t) }]);
    }
  };

  return (
    <form noValidate className="admin-form" onSubmit={(event) => void submit(event)}>
      <ErrorSummary title={t('console.errors.summaryTitle')} errors={errors} />
      <h2 ref={heading} tabIndex={-1}>
        {t('console.admin.staff.roleTitle', { name: user.displayName })}
      </h2>
      <SelectField
        id="staff-role"
        label={t('console.admin.staff.roleLabel')}
        hint={t('console.admin.staff.roleHint', { name: user.displayName })}
        value={role}
        error={errorOf(errors, 'staff-role', i18n)}
        options={ROLES.map((r) => ({ value: r, label: t(`console.roles.${r}`) }))}
        onChange={setRole}
      />
      <div className="button-group">
        <button type="submit" className="button" disabled={busy}>
          {t('console.admin.staff.roleSubmit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('console.cancel')}
        </button>
      </div>
    </form>
  );
}

function ConfirmForm({
  user,
  kind,
  onDone,
  onCancel,
}: {
  user: User;
  kind: 'disable' | 'enable';
  onDone: (notice: Notice) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const { call } = useSession();
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [busy, setBusy] = useState(false);
  const heading = useOpeningHeading();
  const name = user.displayName;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      if (kind === 'disable') await call(DisableStaffUserDocument, { id: user.id });
      else await call(EnableStaffUserDocument, { id: user.id });
      await onDone({
        kind: 'success',
        key: kind === 'disable' ? 'console.admin.staff.disabled' : 'console.admin.staff.enabled',
        params: { name },
      });
    } catch (error) {
      setBusy(false);
      setErrors([{ text: ({ t }) => adminErrorMessage(error, t) }]);
    }
  };

  return (
    <form noValidate className="admin-form" onSubmit={(event) => void submit(event)}>
      <ErrorSummary title={t('console.errors.summaryTitle')} errors={errors} />
      <h2 ref={heading} tabIndex={-1}>
        {t(kind === 'disable' ? 'console.admin.staff.disableTitle' : 'console.admin.staff.enableTitle', { name })}
      </h2>
      <p>{t(kind === 'disable' ? 'console.admin.staff.disableText' : 'console.admin.staff.enableText')}</p>
      <div className="button-group">
        <button type="submit" className={kind === 'disable' ? 'button button--warning' : 'button'} disabled={busy}>
          {t(kind === 'disable' ? 'console.admin.staff.disableSubmit' : 'console.admin.staff.enableSubmit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('console.cancel')}
        </button>
      </div>
    </form>
  );
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function CreateForm({ onCreated }: { onCreated: (user: User, generatedPassword: string | null) => Promise<void> }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { call } = useSession();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState('');
  const [mode, setMode] = useState<'generate' | 'type'>('generate');
  const [generated, setGenerated] = useState(generatePassword);
  const [typed, setTyped] = useState('');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [busy, setBusy] = useState(false);
  const errorFor = (target: string) => errorOf(errors, target, i18n);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: SummaryError[] = [];
    if (!name.trim()) found.push({ target: 'new-name', text: ({ t }) => t('console.admin.staff.nameBlank') });
    if (!email.trim()) found.push({ target: 'new-email', text: ({ t }) => t('console.admin.staff.emailBlank') });
    else if (!EMAIL.test(email.trim()))
      found.push({ target: 'new-email', text: ({ t }) => t('console.admin.staff.emailInvalid') });
    const chosen = ROLES.find((r) => r === role);
    if (!chosen) found.push({ target: 'new-role', text: ({ t }) => t('console.admin.staff.roleBlank') });
    if (mode === 'type' && typed.length < MIN_PASSWORD_LENGTH) {
      found.push({
        target: 'new-password',
        text: ({ t }) => t('console.admin.staff.passwordShort', { min: MIN_PASSWORD_LENGTH }),
      });
    }
    setErrors(found);
    if (found.length || !chosen) return;
    setBusy(true);
    const password = mode === 'generate' ? generated : typed;
    try {
      const { createStaffUser } = await call(CreateStaffUserDocument, {
        input: { displayName: name.trim(), email: email.trim(), role: chosen, password },
      });
      setName('');
      setEmail('');
      setRole('');
      setTyped('');
      setGenerated(generatePassword());
      setBusy(false);
      await onCreated(createStaffUser, mode === 'generate' ? password : null);
    } catch (error) {
      setBusy(false);
      if (error instanceof ApiError && error.code === 'CONFLICT' && error.extensions.field === 'email') {
        setErrors([{ target: 'new-email', text: ({ t }) => t('console.admin.staff.emailTaken') }]);
      } else {
        setErrors([{ text: ({ t }) => adminErrorMessage(error, t) }]);
      }
    }
  };

  return (
    <section aria-labelledby="create-staff">
      <h2 id="create-staff">{t('console.admin.staff.createTitle')}</h2>
      <form noValidate className="narrow" onSubmit={(event) => void submit(event)}>
        <ErrorSummary title={t('console.errors.summaryTitle')} errors={errors} />
        <TextField
          id="new-name"
          label={t('console.admin.staff.displayName')}
          hint={t('console.admin.staff.displayNameHint')}
          required
          value={name}
          error={errorFor('new-name')}
          onChange={setName}
        />
        <TextField
          id="new-email"
          type="email"
          inputMode="email"
          label={t('console.admin.staff.email')}
          hint={t('console.admin.staff.emailHint')}
          required
          value={email}
          error={errorFor('new-email')}
          onChange={setEmail}
        />
        <RadioGroup
          id="new-role"
          legend={t('console.admin.staff.role')}
          value={role}
          error={errorFor('new-role')}
          options={ROLES.map((r) => ({ value: r, label: t(`console.roles.${r}`) }))}
          onChange={setRole}
        />
        <RadioGroup
          id="new-password-mode"
          legend={t('console.admin.staff.passwordChoice')}
          value={mode}
          options={[
            { value: 'generate', label: t('console.admin.staff.passwordGenerate') },
            { value: 'type', label: t('console.admin.staff.passwordType') },
          ]}
          onChange={(value) => setMode(value === 'type' ? 'type' : 'generate')}
        />
        {mode === 'generate' ? (
          <div className="form-group">
            <label htmlFor="generated-password">{t('console.admin.staff.generatedLabel')}</label>
            <span id="generated-password-hint" className="hint">
              {t('console.admin.staff.generatedHint')}
            </span>
            <input
              id="generated-password"
              className="generated-password"
              readOnly
              value={generated}
              spellCheck={false}
              aria-describedby="generated-password-hint"
              onFocus={(event) => event.target.select()}
            />
            <div>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setGenerated(generatePassword())}
              >
                {t('console.admin.staff.regenerate')}
              </button>
            </div>
          </div>
        ) : (
          <TextField
            id="new-password"
            type="password"
            autoComplete="new-password"
            label={t('console.admin.staff.password')}
            hint={t('console.admin.staff.passwordHint', { min: MIN_PASSWORD_LENGTH })}
            required
            value={typed}
            error={errorFor('new-password')}
            onChange={setTyped}
          />
        )}
        <div className="button-group">
          <button type="submit" className="button" disabled={busy}>
            {t('console.admin.staff.createSubmit')}
          </button>
        </div>
      </form>
    </section>
  );
}
