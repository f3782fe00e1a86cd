import { useState, type FormEvent } from 'react';
import type { ConsoleCandidacyQuery } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';
import { ErrorSummary, errorOf, type SummaryError } from '../../ui/error-summary.js';
import { FocusHeading } from '../../ui/focus-heading.js';
import { dayOrToday, isDay } from '../dates.js';
import { consoleErrorMessage, fieldsOf } from '../errors.js';
import { TextArea, TextField } from '../fields.js';
import { CandidacyDocument, WithdrawCandidacyDocument } from '../operations.js';
import { flash, LoadFailed, Loading, NOT_FOUND } from '../page-bits.js';
import { Link, navigate } from '../router.js';
import { useSession } from '../session-context.js';
import { useQuery } from '../use-query.js';

type Candidacy = NonNullable<ConsoleCandidacyQuery['candidacy']>;

export function WithdrawForm({ id }: { id: string }) {
  const loaded = useQuery(CandidacyDocument, { id });
  if (loaded.error && !loaded.data) return <LoadFailed error={loaded.error} onRetry={() => void loaded.reload()} />;
  if (!loaded.data) return <Loading />;
  if (!loaded.data.candidacy) return <LoadFailed error={NOT_FOUND} />;
  return <Form candidacy={loaded.data.candidacy} />;
}

/** A withdrawal needs its reason; the day defaults to today. */
function Form({ candidacy: c }: { candidacy: Candidacy }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { call } = useSession();
  const [reason, setReason] = useState('');
  const [withdrawnOn, setWithdrawnOn] = useState('');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [busy, setBusy] = useState(false);
  const errorFor = (target: string) => errorOf(errors, target, i18n);
  const name = c.person.fullName;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: SummaryError[] = [];
    if (!reason.trim()) found.push({ target: 'withdraw-reason', text: ({ t }) => t('console.withdraw.reasonBlank') });
    if (withdrawnOn && !isDay(withdrawnOn))
      found.push({ target: 'withdraw-withdrawnOn', text: ({ t }) => t('console.withdraw.dateInvalid') });
    setErrors(found);
    if (found.length) return;
    setBusy(true);
    try {
      await call(WithdrawCandidacyDocument, {
        input: { id: c.id, reason: reason.trim(), withdrawnOn: dayOrToday(withdrawnOn) },
      });
      flash('console.withdraw.done', { name });
      navigate(`/console/elections/${c.election.id}`);
    } catch (error) {
      setBusy(false);
      const fields = fieldsOf(error);
      const target = fields.includes('withdrawnOn')
        ? 'withdraw-withdrawnOn'
        : fields.includes('reason')
          ? 'withdraw-reason'
          : undefined;
      setErrors([{ target, text: ({ t }) => consoleErrorMessage(error, t) }]);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary title={t('console.errors.summaryTitle')} errors={errors} />
      <FocusHeading focus={errors.length === 0}>{t('console.withdraw.title', { name })}</FocusHeading>
      <p className="caption">{c.election.title}</p>
      <p>{t('console.withdraw.intro')}</p>
      <TextArea
        id="withdraw-reason"
        label={t('console.withdraw.reason')}
        hint={t('console.withdraw.reasonHint')}
        required
        value={reason}
        error={errorFor('withdraw-reason')}
        onChange={setReason}
      />
      <TextField
        id="withdraw-withdrawnOn"
        label={t('console.withdraw.withdrawnOn')}
        hint={t('console.withdraw.withdrawnOnHint')}
        type="date"
        width="medium"
        value={withdrawnOn}
        error={errorFor('withdraw-withdrawnOn')}
        onChange={setWithdrawnOn}
      />
      <div className="button-group">
        <button type="submit" className="button button--warning" disabled={busy}>
          {t('console.withdraw.submit')}
        </button>
        <Link href={`/console/elections/${c.election.id}`} className="button-link">
          {t('console.cancel')}
        </Link>
      </div>
    </form>
  );
}
