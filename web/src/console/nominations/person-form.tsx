import { useEffect, useState, type FormEvent } from 'react';
import type { ConsolePersonForEditQuery, Gender } from '../../gql/graphql.js';
import { ApiError } from '../../graphql/client.js';
import { useI18n, type Localized, type Translate } from '../../i18n/i18n.js';
import { ErrorSummary, errorOf, type SummaryError } from '../../ui/error-summary.js';
import { FocusHeading } from '../../ui/focus-heading.js';
import { consoleErrorMessage, fieldsOf, isConflict } from '../errors.js';
import { RadioGroup, TextField } from '../fields.js';
import { flash, LoadFailed, Loading, NOT_FOUND } from '../page-bits.js';
import { Link, navigate } from '../router.js';
import { useSession } from '../session-context.js';
import { useQuery } from '../use-query.js';
import { PersonForEditDocument, UpdatePersonDocument } from './operations.js';

type Loaded = ConsolePersonForEditQuery;
type Person = NonNullable<Loaded['person']>;
type Field = 'fullName' | 'gender' | 'nationality' | 'contactEmail';
interface Values {
  readonly fullName: string;
  readonly gender: string;
  readonly nationality: string;
  readonly contactEmail: string;
}

const FIELDS: readonly Field[] = ['fullName', 'gender', 'nationality', 'contactEmail'];
const fieldId = (field: Field) => `person-${field}`;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Correcting a nominee's record: the version read goes with it, so a stale edit is refused and said. */
export function PersonForm({ id, electionId }: { id: string; electionId: string }) {
  const loaded = useQuery(PersonForEditDocument, { id });
  if (loaded.error && !loaded.data) return <LoadFailed error={loaded.error} onRetry={() => void loaded.reload()} />;
  if (!loaded.data) return <Loading />;
  if (!loaded.data.person) return <LoadFailed error={NOT_FOUND} />;
  return (
    <Form
      person={loaded.data.person}
      contactEmail={loaded.data.personContact.contactEmail ?? ''}
      electionId={electionId}
      onReload={() => void loaded.reload()}
    />
  );
}

/** Who made the version that beat this edit, when the API says so (`extensions.changedBy`). */
function staleText(error: unknown, t: Translate, dateTime: (iso: string) => string): string {
  const ext = error instanceof ApiError ? error.extensions : {};
  const by = ext.changedBy as { name?: unknown; you?: unknown } | null | undefined;
  const when = typeof ext.changedAt === 'string' ? dateTime(ext.changedAt) : null;
  if (by && when && by.you === true) return t('console.nominations.person.staleByYou', { when });
  if (by && when && typeof by.name === 'string')
    return t('console.nominations.person.staleBy', { name: by.name, when });
  return t('console.nominations.person.stale');
}

function Form({
  person: p,
  contactEmail,
  electionId,
  onReload,
}: {
  person: Person;
  contactEmail: string;
  electionId: string;
  onReload: () => void;
}) {
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  const { call } = useSession();
  const original: Values = { fullName: p.fullName, gender: p.gender, nationality: p.nationality, contactEmail };
  const [values, setValues] = useState<Values>(original);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [stale, setStale] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorFor = (field: Field) => errorOf(errors, fieldId(field), i18n);
  const set = (field: Field) => (value: string) =>
    setValues((v) => ({ ...v, [field]: field === 'nationality' ? value.toUpperCase() : value }));

  // A reload (a newer version) refills the form with what is now stored.
  useEffect(() => {
    setValues({ fullName: p.fullName, gender: p.gender, nationality: p.nationality, contactEmail });
    setStale(null);
    setErrors([]);
  }, [p.version, p.fullName, p.gender, p.nationality, contactEmail]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStale(null);
    const found: SummaryError[] = [];
    if (values.fullName.trim().length < 2)
      found.push({ target: fieldId('fullName'), text: ({ t }) => t('console.nominations.person.nameBlank') });
    if (!/^[A-Z]{2}$/.test(values.nationality.trim()))
      found.push({
        target: fieldId('nationality'),
        text: ({ t }) => t('console.nominations.person.nationalityInvalid'),
      });
    const email = values.contactEmail.trim();
    // Emptied: the address is removed (nothing can be mailed to the nominee then).
    if (email !== contactEmail && email !== '' && !EMAIL.test(email))
      found.push({ target: fieldId('contactEmail'), text: ({ t }) => t('console.nominations.person.emailInvalid') });
    const changed = {
      ...(values.fullName.trim() !== p.fullName && { fullName: values.fullName.trim() }),
      ...(values.gender !== p.gender && { gender: values.gender as Gender }),
      ...(values.nationality.trim() !== p.nationality && { nationality: values.nationality.trim() }),
      ...(email !== contactEmail && { contactEmail: email || null }),
    };
    if (!found.length && Object.keys(changed).length === 0)
      found.push({ text: ({ t }) => t('console.nominations.person.nothingChanged') });
    setErrors(found);
    if (found.length) return;
    setBusy(true);
    try {
      const { updatePerson } = await call(UpdatePersonDocument, {
        input: { id: p.id, version: p.version, ...changed },
      });
      flash('console.nominations.person.done', { name: updatePerson.fullName });
      navigate(`/console/elections/${electionId}`);
    } catch (error) {
      setBusy(false);
      if (isConflict(error)) {
        setStale(staleText(error, t, dateTime));
        return;
      }
      const message: Localized = ({ t }) => consoleErrorMessage(error, t);
      // A refused nationality rule belongs to the nationality field.
      const rule = error instanceof ApiError && error.code === 'RULE_VIOLATION';
      const fields = rule
        ? ['nationality']
        : fieldsOf(error).filter((f): f is Field => (FIELDS as string[]).includes(f));
      setErrors(
        fields.length ? fields.map((f) => ({ target: fieldId(f as Field), text: message })) : [{ text: message }],
      );
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary title={t('console.errors.summaryTitle')} errors={errors} />
      {stale && (
        <div className="notice notice--warning" role="alert">
          <p>{stale}</p>
          <button type="button" className="button button--secondary" onClick={onReload}>
            {t('console.nominations.person.reload')}
          </button>
        </div>
      )}
      <FocusHeading focus={errors.length === 0 && !stale}>
        {t('console.nominations.person.title', { name: p.fullName })}
      </FocusHeading>
      <p className="caption">
        {t('console.nominations.person.standsIn', {
          elections: p.candidacies.map((c) => c.election.title).join(' · '),
        })}
      </p>
      <p>{t('console.nominations.person.intro')}</p>
      <TextField
        id={fieldId('fullName')}
        label={t('console.nominations.person.fullName')}
        value={values.fullName}
        required
        error={errorFor('fullName')}
        onChange={set('fullName')}
      />
      <RadioGroup
        id={fieldId('gender')}
        legend={t('console.nominations.person.gender')}
        value={values.gender}
        error={errorFor('gender')}
        onChange={set('gender')}
        options={(['FEMALE', 'MALE'] as const).map((g) => ({ value: g, label: t(`console.genders.${g}`) }))}
      />
      <TextField
        id={fieldId('nationality')}
        label={t('console.nominations.person.nationality')}
        hint={t('console.nominations.person.nationalityHint')}
        value={values.nationality}
        width="short"
        required
        error={errorFor('nationality')}
        onChange={set('nationality')}
      />
      <TextField
        id={fieldId('contactEmail')}
        label={t('console.nominations.person.contactEmail')}
        hint={t('console.nominations.person.contactEmailHint')}
        type="email"
        value={values.contactEmail}
        error={errorFor('contactEmail')}
        onChange={set('contactEmail')}
      />
      <div className="button-group">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('console.nominations.person.saving') : t('console.nominations.person.submit')}
        </button>
        <Link href={`/console/elections/${electionId}`} className="button-link">
          {t('console.cancel')}
        </Link>
      </div>
    </form>
  );
}
