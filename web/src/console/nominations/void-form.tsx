import { useState, type FormEvent } from 'react';
import type { ConsoleCandidacyForVoidQuery } from '../../gql/graphql.js';
import { ApiError } from '../../graphql/client.js';
import { useI18n, type Key } from '../../i18n/i18n.js';
import { ErrorSummary, errorOf, type SummaryError } from '../../ui/error-summary.js';
import { FocusHeading } from '../../ui/focus-heading.js';
import { consoleErrorMessage, fieldsOf, isConflict } from '../errors.js';
import { CheckboxField, TextArea } from '../fields.js';
import { flash, LoadFailed, Loading, NOT_FOUND } from '../page-bits.js';
import { Link, navigate } from '../router.js';
import { useSession } from '../session-context.js';
import { useQuery } from '../use-query.js';
import { CandidacyForVoidDocument, VoidCandidacyDocument } from './operations.js';

type Candidacy = NonNullable<ConsoleCandidacyForVoidQuery['candidacy']>;

export function VoidForm({ id }: { id: string }) {
  const loaded = useQuery(CandidacyForVoidDocument, { id });
  if (loaded.error && !loaded.data) return <LoadFailed error={loaded.error} onRetry={() => void loaded.reload()} />;
  if (!loaded.data) return <Loading />;
  if (!loaded.data.candidacy) return <LoadFailed error={NOT_FOUND} />;
  return <Form candidacy={loaded.data.candidacy} onReload={() => void loaded.reload()} />;
}

const RECORD_KINDS = [
  'invitations',
  'responses',
  'interviews',
  'recusals',
  'discussionInvitations',
  'ballotRounds',
] as const;

/** Voiding a nomination entered by mistake: a reason, and a tick that says what it does. */
function Form({ candidacy: c, onReload }: { candidacy: Candidacy; onReload: () => void }) {
  const i18n = useI18n();
  const { t, date } = i18n;
  const { call, can } = useSession();
  const [reason, setReason] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [blocked, setBlocked] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorFor = (target: string) => errorOf(errors, target, i18n);
  const name = c.person.fullName;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: SummaryError[] = [];
    if (reason.trim().length < 3)
      found.push({ target: 'void-reason', text: ({ t }) => t('console.nominations.void.reasonBlank') });
    if (!confirmed)
      found.push({ target: 'void-confirm', text: ({ t }) => t('console.nominations.void.confirmMissing') });
    setErrors(found);
    setBlocked(null);
    if (found.length) return;
    setBusy(true);
    try {
      await call(VoidCandidacyDocument, { input: { id: c.id, version: c.version, reason: reason.trim() } });
      flash('console.nominations.void.done', { name });
      navigate(`/console/elections/${c.election.id}`);
    } catch (error) {
      setBusy(false);
      if (error instanceof ApiError && error.rule === 'VOID_WOULD_LOSE_RECORDS') {
        const records = (error.extensions.records ?? {}) as Record<string, unknown>;
        const kinds = RECORD_KINDS.filter((k) => Number(records[k] ?? 0) > 0);
        setBlocked(
          t('console.nominations.void.cannot', {
            records: kinds.map((k) => t(`console.nominations.void.records.${k}` as Key)).join(', '),
          }),
        );
        return;
      }
      if (isConflict(error)) {
        setErrors([{ text: ({ t }) => t('console.errors.conflict') }]);
        onReload();
        return;
      }
      setErrors([
        {
          target: fieldsOf(error).includes('reason') ? 'void-reason' : undefined,
          text: ({ t }) => consoleErrorMessage(error, t),
        },
      ]);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary title={t('console.errors.summaryTitle')} errors={errors} />
      <FocusHeading focus={errors.length === 0}>{t('console.nominations.void.title', { name })}</FocusHeading>
      <p className="caption">
        {t('console.nominations.void.details', {
          election: c.election.title,
          date: date(c.nominatedOn),
          state: c.nominatingState?.name ?? t('console.nominations.void.byProsecutor'),
        })}
      </p>
      <p>{t('console.nominations.void.intro')}</p>
      {blocked && (
        <div className="notice notice--warning" role="alert">
          <p>{blocked}</p>
          {can('Mutation.withdrawCandidacy') && c.status === 'NOMINATED' && (
            <Link href={`/console/candidacies/${c.id}/withdraw`}>{t('console.nominations.void.withdrawInstead')}</Link>
          )}
        </div>
      )}
      <TextArea
        id="void-reason"
        label={t('console.nominations.void.reason')}
        hint={t('console.nominations.void.reasonHint')}
        required
        value={reason}
        error={errorFor('void-reason')}
        onChange={setReason}
      />
      <CheckboxField
        id="void-confirm"
        label={t('console.nominations.void.confirm')}
        error={errorFor('void-confirm')}
        checked={confirmed}
        onChange={setConfirmed}
      />
      <div className="button-group">
        <button type="submit" className="button button--warning" disabled={busy}>
          {t('console.nominations.void.submit')}
        </button>
        <Link href={`/console/elections/${c.election.id}`} className="button-link">
          {t('console.cancel')}
        </Link>
      </div>
    </form>
  );
}
