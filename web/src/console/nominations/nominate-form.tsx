import { useMemo, useState, type FormEvent } from 'react';
import type { ConsoleElectionQuery, Gender, JudgeList, NominationProcedure } from '../../gql/graphql.js';
import { ApiError } from '../../graphql/client.js';
import { useI18n, type I18n, type Key, type Localized } from '../../i18n/i18n.js';
import { countryName } from '../../i18n/names.js';
import { ErrorSummary, type SummaryError } from '../../ui/error-summary.js';
import { FocusHeading } from '../../ui/focus-heading.js';
import { today as todayOf } from '../dates.js';
import { consoleErrorMessage, fieldsOf } from '../errors.js';
import { RadioGroup, SelectField, TextField } from '../fields.js';
import { ElectionDocument, NominateCandidateDocument, StatesPartiesDocument } from '../operations.js';
import { flash, LoadFailed, Loading, NOT_FOUND } from '../page-bits.js';
import { Link, navigate } from '../router.js';
import { useSession } from '../session-context.js';
import { useQuery } from '../use-query.js';
import {
  checkNomination,
  fieldOfRule,
  nominationDay,
  type NominationField,
  type NominationValues,
  type Problem,
} from './nomination-checks.js';

type Election = NonNullable<ConsoleElectionQuery['election']>;

export function NominateForm({ electionId }: { electionId: string }) {
  const loaded = useQuery(ElectionDocument, { id: electionId });
  if (loaded.error && !loaded.data) return <LoadFailed error={loaded.error} onRetry={() => void loaded.reload()} />;
  if (!loaded.data) return <Loading />;
  if (!loaded.data.election) return <LoadFailed error={NOT_FOUND} />;
  return <Form election={loaded.data.election} onRefused={() => void loaded.reload()} />;
}

const EMPTY: NominationValues = {
  fullName: '',
  gender: '',
  nationality: '',
  contactEmail: '',
  state: '',
  nominatedOn: '',
  list: '',
  procedure: '',
  post: '',
};

const ORDER: readonly NominationField[] = [
  'fullName',
  'gender',
  'nationality',
  'contactEmail',
  'state',
  'nominatedOn',
  'list',
  'procedure',
  'post',
];
const fieldId = (field: NominationField) => `nominate-${field}`;
const DATE_PARAMS = new Set(['date', 'opens', 'closes']);

/**
 * A nomination, checked as it is typed against what the API will check and the client can know:
 * States Parties on the day, one candidate per State, the sitting judges' nationalities, list and
 * procedure for judges. The API checks everything again; its refusals land on the same fields.
 */
function Form({ election: e, onRefused }: { election: Election; onRefused: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { call } = useSession();
  const [values, setValues] = useState<NominationValues>(EMPTY);
  const [touched, setTouched] = useState<ReadonlySet<NominationField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<SummaryError[]>([]);
  const [busy, setBusy] = useState(false);
  const today = todayOf();
  const day = nominationDay(values, today);
  const parties = useQuery(StatesPartiesDocument, { on: day });
  const judges = e.type === 'JUDGES';
  const deputies = e.type === 'DEPUTY_PROSECUTOR';

  const statesWithCandidate = useMemo(
    () =>
      new Map(
        e.candidacies.edges
          .map((edge) => edge.node)
          .filter((c) => c.status === 'NOMINATED' && c.nominatingState)
          .map((c) => [c.nominatingState!.code, c.nominatingState!.name] as const),
      ),
    [e],
  );
  const partiesOnDay = useMemo(
    () => (parties.data ? new Map(parties.data.statesParties.map((s) => [s.code, s.name] as const)) : null),
    [parties.data],
  );
  const problems = checkNomination(values, {
    type: e.type,
    status: e.status,
    seats: e.seats,
    opensOn: e.nominationOpensOn,
    closesOn: e.nominationClosesOn,
    today,
    sittingJudgeNationalities: e.sittingJudges.map((j) => j.nationality),
    statesWithCandidate,
    partiesOnDay,
  });

  const text = (problem: Problem, { t, date }: I18n = i18n) => {
    const params = Object.fromEntries(
      Object.entries(problem.params ?? {}).map(([k, v]) => [k, DATE_PARAMS.has(k) ? date(v) : v]),
    );
    return t(`console.nominate.${problem.key}` as Key, params);
  };
  // A problem shows once the field is filled in (as one types) or the form was sent.
  const shown = (field: NominationField): string | null => {
    const server = serverErrors.find((x) => x.target === fieldId(field));
    if (server) return server.text(i18n);
    const problem = problems[field];
    if (!problem) return null;
    if (submitted || (touched.has(field) && !problem.blank)) return text(problem);
    return null;
  };
  const passed = (field: NominationField) =>
    touched.has(field) && !problems[field] && !serverErrors.some((x) => x.target === fieldId(field))
      ? t('console.nominate.ok')
      : null;
  // The code typed, named in the reader's language ("SN": Senegal), so a wrong code shows at once.
  const nationalityPassed = () => {
    const ok = passed('nationality');
    const code = values.nationality.trim();
    const country = code.length === 2 ? countryName(code, i18n.language, '') : '';
    return ok && country ? t('console.nominate.nationalityOk', { country }) : ok;
  };

  const set = (field: NominationField) => (value: string) => {
    setValues((v) => ({ ...v, [field]: field === 'nationality' ? value.toUpperCase() : value }));
    setTouched((s) => new Set(s).add(field));
    setServerErrors((list) => list.filter((x) => x.target !== fieldId(field)));
  };

  const [summary, setSummary] = useState<SummaryError[]>([]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const found = ORDER.flatMap((f): SummaryError[] => {
      const problem = problems[f];
      return problem ? [{ target: fieldId(f), text: (now) => text(problem, now) }] : [];
    });
    setSummary(found);
    setServerErrors([]);
    if (found.length) return;
    setBusy(true);
    try {
      const { nominateCandidate } = await call(NominateCandidateDocument, {
        input: {
          electionId: e.id,
          person: {
            fullName: values.fullName.trim(),
            gender: values.gender as Gender,
            nationality: values.nationality.trim(),
            ...(values.contactEmail.trim() && { contactEmail: values.contactEmail.trim() }),
          },
          ...(!deputies && { nominatingState: values.state }),
          nominatedOn: nominationDay(values, todayOf()),
          ...(judges && {
            list: values.list as JudgeList,
            nominationProcedure: values.procedure as NominationProcedure,
          }),
          ...(deputies && { post: Number(values.post) }),
        },
      });
      flash('console.nominate.done', { name: nominateCandidate.person.fullName });
      navigate(`/console/elections/${e.id}`);
    } catch (error) {
      setBusy(false);
      const message: Localized = ({ t }) => consoleErrorMessage(error, t);
      const ruleField = error instanceof ApiError ? fieldOfRule(error.rule) : undefined;
      const inputFields = fieldsOf(error)
        .map((f) => f.replace(/^person\./, ''))
        .filter((f): f is NominationField => (ORDER as readonly string[]).includes(f));
      const targets = ruleField ? [ruleField] : inputFields;
      const list = targets.length ? targets.map((f) => ({ target: fieldId(f), text: message })) : [{ text: message }];
      setServerErrors(list);
      setSummary(list);
      // What changed meanwhile (a State nominated elsewhere) then shows in the form's own checks.
      if (error instanceof ApiError && error.code === 'RULE_VIOLATION') onRefused();
    }
  };

  if (e.status !== 'NOMINATIONS_OPEN') {
    return (
      <>
        <FocusHeading>{t('console.nominate.title', { title: e.title })}</FocusHeading>
        <div className="notice notice--warning">
          <p>{t('console.nominate.notOpen', { status: t(`console.statuses.${e.status}`) })}</p>
        </div>
        <Link href={`/console/elections/${e.id}`}>{t('console.back')}</Link>
      </>
    );
  }

  const stateOptions = (parties.data?.statesParties ?? [])
    .slice()
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((s) => ({
      value: s.code,
      label: judges && statesWithCandidate.has(s.code) ? t('console.nominate.stateTaken', { name: s.name }) : s.name,
    }));

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary title={t('console.errors.summaryTitle')} errors={summary} />
      <FocusHeading focus={summary.length === 0}>{t('console.nominate.title', { title: e.title })}</FocusHeading>
      <h2>{t('console.nominate.person')}</h2>
      <TextField
        id={fieldId('fullName')}
        label={t('console.nominate.fullName')}
        value={values.fullName}
        required
        error={shown('fullName')}
        onChange={set('fullName')}
      />
      <RadioGroup
        id={fieldId('gender')}
        legend={t('console.nominate.gender')}
        value={values.gender}
        error={shown('gender')}
        onChange={set('gender')}
        options={(['FEMALE', 'MALE'] as const).map((g) => ({ value: g, label: t(`console.genders.${g}`) }))}
      />
      <TextField
        id={fieldId('nationality')}
        label={t('console.nominate.nationality')}
        hint={t('console.nominate.nationalityHint')}
        value={values.nationality}
        width="short"
        required
        error={shown('nationality')}
        ok={nationalityPassed()}
        onChange={set('nationality')}
      />
      <TextField
        id={fieldId('contactEmail')}
        label={t('console.nominate.contactEmail')}
        hint={t('console.nominate.contactEmailHint')}
        type="email"
        value={values.contactEmail}
        error={shown('contactEmail')}
        onChange={set('contactEmail')}
      />
      <h2>{t('console.nominate.nomination')}</h2>
      <TextField
        id={fieldId('nominatedOn')}
        label={t('console.nominate.nominatedOn')}
        hint={t('console.nominate.nominatedOnHint')}
        type="date"
        width="medium"
        value={values.nominatedOn}
        error={shown('nominatedOn')}
        onChange={set('nominatedOn')}
      />
      {!deputies && (
        <SelectField
          id={fieldId('state')}
          label={t('console.nominate.state')}
          hint={t('console.nominate.stateHint')}
          placeholder={t('console.nominate.stateChoose')}
          value={values.state}
          required
          error={shown('state')}
          ok={passed('state')}
          options={
            // A State chosen before the day changed stays listed, so the refusal can be read.
            values.state && !stateOptions.some((o) => o.value === values.state)
              ? [...stateOptions, { value: values.state, label: values.state }]
              : stateOptions
          }
          onChange={set('state')}
        />
      )}
      {parties.error ? <LoadFailed error={parties.error} onRetry={() => void parties.reload()} /> : null}
      {judges && (
        <>
          <RadioGroup
            id={fieldId('list')}
            legend={t('console.nominate.list')}
            value={values.list}
            error={shown('list')}
            onChange={set('list')}
            options={[
              { value: 'A', label: t('console.nominate.listA') },
              { value: 'B', label: t('console.nominate.listB') },
            ]}
          />
          <RadioGroup
            id={fieldId('procedure')}
            legend={t('console.nominate.procedure')}
            value={values.procedure}
            error={shown('procedure')}
            onChange={set('procedure')}
            options={(['HIGHEST_JUDICIAL_OFFICES', 'ICJ_PROCEDURE'] as const).map((p) => ({
              value: p,
              label: t(`console.procedures.${p}`),
            }))}
          />
        </>
      )}
      {deputies && (
        <TextField
          id={fieldId('post')}
          label={t('console.nominate.post')}
          hint={t('console.nominate.postHint', { seats: e.seats })}
          value={values.post}
          inputMode="numeric"
          width="short"
          required
          error={shown('post')}
          onChange={set('post')}
        />
      )}
      <div className="button-group">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('console.nominate.submitting') : t('console.nominate.submit')}
        </button>
        <Link href={`/console/elections/${e.id}`} className="button-link">
          {t('console.cancel')}
        </Link>
      </div>
    </form>
  );
}
