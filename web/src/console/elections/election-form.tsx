import { useEffect, useState, type FormEvent } from 'react';
import type { ConsoleElectionFragment, ElectionType } from '../../gql/graphql.js';
import { useI18n, type Key } from '../../i18n/i18n.js';
import { ErrorSummary, errorOf, type SummaryError } from '../../ui/error-summary.js';
import { FocusHeading } from '../../ui/focus-heading.js';
import { isDay } from '../dates.js';
import { ApiError } from '../../graphql/client.js';
import { consoleErrorMessage, fieldsOf, isConflict } from '../errors.js';
import { SelectField, TextField } from '../fields.js';
import { CreateElectionDocument, ElectionForEditDocument, UpdateElectionDocument } from '../operations.js';
import { flash, LoadFailed, Loading, NOT_FOUND } from '../page-bits.js';
import { Link, navigate } from '../router.js';
import { useSession } from '../session-context.js';
import { useQuery } from '../use-query.js';
import { ELECTION_TYPES } from './labels.js';

interface Values {
  type: ElectionType | '';
  title: string;
  titleFr: string;
  aspSession: string;
  seats: string;
  nominationOpensOn: string;
  nominationClosesOn: string;
  votingStartsOn: string;
  termStartsOn: string;
  termEndsOn: string;
}

const EMPTY: Values = {
  type: '',
  title: '',
  titleFr: '',
  aspSession: '',
  seats: '',
  nominationOpensOn: '',
  nominationClosesOn: '',
  votingStartsOn: '',
  termStartsOn: '',
  termEndsOn: '',
};

const valuesOf = (e: ConsoleElectionFragment): Values => ({
  type: e.type,
  title: e.title,
  titleFr: e.titleFr ?? '',
  aspSession: e.aspSession,
  seats: String(e.seats),
  nominationOpensOn: e.nominationOpensOn,
  nominationClosesOn: e.nominationClosesOn,
  votingStartsOn: e.votingStartsOn ?? '',
  termStartsOn: e.termStartsOn ?? '',
  termEndsOn: e.termEndsOn ?? '',
});

const DATE_FIELDS = [
  'nominationOpensOn',
  'nominationClosesOn',
  'votingStartsOn',
  'termStartsOn',
  'termEndsOn',
] as const;
const fieldId = (field: string) => `election-${field}`;

/** Who made the version that beat a stale edit, and when: the CONFLICT's `changedBy` and `changedAt`. */
interface StaleEdit {
  readonly changedAt: string;
  readonly name: string | null;
  readonly you: boolean;
}

function staleEditOf(error: unknown): StaleEdit | null {
  if (!(error instanceof ApiError)) return null;
  const { changedAt, changedBy } = error.extensions;
  if (typeof changedAt !== 'string') return null;
  const by = changedBy && typeof changedBy === 'object' ? (changedBy as Record<string, unknown>) : {};
  return {
    changedAt,
    name: typeof by.name === 'string' && by.name ? by.name : null,
    you: by.you === true,
  };
}

/** Creates an election (no id) or edits one, sending back the version it read. */
export function ElectionForm({ id }: { id?: string }) {
  const loaded = useQuery(ElectionForEditDocument, { id: id ?? '' }, !id);
  if (!id) return <Form election={null} onReload={() => undefined} />;
  if (loaded.error && !loaded.data) return <LoadFailed error={loaded.error} onRetry={() => void loaded.reload()} />;
  if (!loaded.data) return <Loading />;
  if (!loaded.data.election) return <LoadFailed error={NOT_FOUND} />;
  return <Form election={loaded.data.election} onReload={() => void loaded.reload()} />;
}

function Form({ election, onReload }: { election: ConsoleElectionFragment | null; onReload: () => void }) {
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  const { call } = useSession();
  const [values, setValues] = useState<Values>(() => (election ? valuesOf(election) : EMPTY));
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [busy, setBusy] = useState(false);
  // A stale edit: who made the newer version and when (the API's CONFLICT says it), to reload on request.
  const [newer, setNewer] = useState<StaleEdit | null>(null);
  const editing = election !== null;
  const closingFixed = editing && election.status !== 'DRAFT';

  // The form is refilled when the election it edits is reloaded (a newer version).
  const version = election?.version;
  useEffect(() => {
    if (election) setValues(valuesOf(election));
    setNewer(null);
  }, [version]);

  const set = (field: keyof Values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const errorFor = (field: string) => errorOf(errors, fieldId(field), i18n);
  const labelOf = (field: keyof Values) =>
    field === 'titleFr' ? t('console.elections.titleFr') : t(`console.form.${field}` as Key);

  const check = (): SummaryError[] => {
    const found: SummaryError[] = [];
    const required = (field: 'type' | 'title' | 'aspSession' | 'nominationOpensOn' | 'nominationClosesOn') => {
      if (!values[field].trim())
        found.push({ target: fieldId(field), text: ({ t }) => t(`console.form.required.${field}`) });
    };
    if (!editing) required('type');
    required('title');
    required('aspSession');
    if (values.seats.trim() && !/^(1[0-8]|[1-9])$/.test(values.seats.trim()))
      found.push({ target: fieldId('seats'), text: ({ t }) => t('console.form.seatsInvalid') });
    for (const field of DATE_FIELDS) {
      if (field === 'nominationOpensOn' || field === 'nominationClosesOn') required(field);
      if (values[field] && !isDay(values[field]))
        found.push({ target: fieldId(field), text: ({ t }) => t('console.form.dateInvalid') });
    }
    if (
      isDay(values.nominationOpensOn) &&
      isDay(values.nominationClosesOn) &&
      values.nominationClosesOn < values.nominationOpensOn
    )
      found.push({ target: fieldId('nominationClosesOn'), text: ({ t }) => t('console.form.closesBeforeOpens') });
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = check();
    setErrors(found);
    setNewer(null);
    if (found.length) return;
    const optional = (field: (typeof DATE_FIELDS)[number]) => (values[field] ? { [field]: values[field] } : {});
    const titleFr = values.titleFr.trim();
    const common = {
      title: values.title.trim(),
      aspSession: values.aspSession.trim(),
      ...(values.seats.trim() && { seats: Number(values.seats.trim()) }),
      nominationOpensOn: values.nominationOpensOn,
      ...optional('votingStartsOn'),
      ...optional('termStartsOn'),
      ...optional('termEndsOn'),
    };
    setBusy(true);
    try {
      if (election) {
        await call(UpdateElectionDocument, {
          input: {
            id: election.id,
            version: election.version,
            ...common,
            // Emptied: the French title is removed.
            titleFr: titleFr || null,
            ...(!closingFixed && { nominationClosesOn: values.nominationClosesOn }),
          },
        });
        flash('console.form.saved');
        navigate(`/console/elections/${election.id}`);
      } else {
        const { createElection } = await call(CreateElectionDocument, {
          input: {
            ...common,
            ...(titleFr && { titleFr }),
            type: values.type as ElectionType,
            nominationClosesOn: values.nominationClosesOn,
          },
        });
        flash('console.form.created');
        navigate(`/console/elections/${createElection.id}`);
      }
    } catch (error) {
      setBusy(false);
      if (election && isConflict(error)) {
        const stale = staleEditOf(error);
        if (stale) {
          setNewer(stale);
          return;
        }
        try {
          const latest = await call(ElectionForEditDocument, { id: election.id });
          setNewer({ changedAt: (latest.election ?? election).updatedAt, name: null, you: false });
        } catch {
          setNewer({ changedAt: election.updatedAt, name: null, you: false });
        }
        return;
      }
      const fields = fieldsOf(error).filter((f) => f in EMPTY);
      setErrors(
        fields.length
          ? fields.map((f) => ({ target: fieldId(f), text: ({ t }) => t('console.errors.invalidField') }))
          : [{ text: ({ t }) => consoleErrorMessage(error, t) }],
      );
    }
  };

  const dateField = (field: (typeof DATE_FIELDS)[number]) => (
    <TextField
      id={fieldId(field)}
      label={labelOf(field)}
      type="date"
      width="medium"
      value={values[field]}
      error={errorFor(field)}
      onChange={set(field)}
    />
  );

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary title={t('console.errors.summaryTitle')} errors={errors} />
      {newer && (
        <div className="notice notice--warning" role="alert">
          <p>
            {newer.you
              ? t('console.elections.conflictByYou', { when: dateTime(newer.changedAt) })
              : newer.name
                ? t('console.elections.conflictBy', { name: newer.name, when: dateTime(newer.changedAt) })
                : t('console.elections.conflictAt', { when: dateTime(newer.changedAt) })}
          </p>
          <button type="button" className="button button--secondary" onClick={onReload}>
            {t('console.form.reload')}
          </button>
        </div>
      )}
      <FocusHeading focus={errors.length === 0 && !newer}>
        {election ? t('console.form.editTitle', { title: election.title }) : t('console.form.createTitle')}
      </FocusHeading>
      {!editing && (
        <SelectField
          id={fieldId('type')}
          label={labelOf('type')}
          value={values.type}
          onChange={set('type')}
          placeholder=""
          required
          error={errorFor('type')}
          options={ELECTION_TYPES.map((v) => ({ value: v, label: t(`console.types.${v}`) }))}
        />
      )}
      <TextField
        id={fieldId('title')}
        label={labelOf('title')}
        hint={t('console.form.titleHint')}
        value={values.title}
        required
        error={errorFor('title')}
        onChange={set('title')}
      />
      <TextField
        id={fieldId('titleFr')}
        label={labelOf('titleFr')}
        hint={t('console.elections.titleFrHint')}
        value={values.titleFr}
        error={errorFor('titleFr')}
        onChange={set('titleFr')}
      />
      <TextField
        id={fieldId('aspSession')}
        label={labelOf('aspSession')}
        hint={t('console.form.aspSessionHint')}
        value={values.aspSession}
        width="medium"
        required
        error={errorFor('aspSession')}
        onChange={set('aspSession')}
      />
      <TextField
        id={fieldId('seats')}
        label={labelOf('seats')}
        hint={editing ? undefined : t('console.form.seatsHint')}
        value={values.seats}
        inputMode="numeric"
        width="short"
        error={errorFor('seats')}
        onChange={set('seats')}
      />
      {dateField('nominationOpensOn')}
      {closingFixed ? (
        <div className="form-group">
          <p className="label-like">{labelOf('nominationClosesOn')}</p>
          <p>
            {values.nominationClosesOn} — {t('console.form.closesFixed')}
          </p>
        </div>
      ) : (
        dateField('nominationClosesOn')
      )}
      {dateField('votingStartsOn')}
      {dateField('termStartsOn')}
      {dateField('termEndsOn')}
      <div className="button-group">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('console.form.saving') : election ? t('console.form.save') : t('console.form.create')}
        </button>
        <Link href={election ? `/console/elections/${election.id}` : '/console/elections'} className="button-link">
          {t('console.cancel')}
        </Link>
      </div>
    </form>
  );
}
