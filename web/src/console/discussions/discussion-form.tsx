import { useEffect, useState, type FormEvent } from 'react';
import type { ApiError } from '../../graphql/client.js';
import { useI18n } from '../../i18n/i18n.js';
import { ErrorSummary, errorOf, type SummaryError } from '../../ui/error-summary.js';
import { FocusHeading } from '../../ui/focus-heading.js';
import { isDay } from '../dates.js';
import { fieldsOf, isConflict } from '../errors.js';
import { SelectField, TextArea, TextField } from '../fields.js';
import { flash, LoadFailed, Loading, NOT_FOUND } from '../page-bits.js';
import { Link, navigate } from '../router.js';
import { useSession } from '../session-context.js';
import './discussions.css';
import { useElectionDiscussions, type DiscussionsElection } from './discussions-page.js';
import { discussionErrorMessage, type Discussion } from './labels.js';
import { CreateDiscussionDocument, DiscussionDocument, UpdateDiscussionDocument } from './operations.js';
import { instantOf, timeZones } from './zoned-time.js';

// Named through the fragment: the schema's enum for it is being renamed (DiscussionLanguage → Language).
type Language = Discussion['languages'][number];

const LANGUAGES: readonly Language[] = ['EN', 'FR'];
const DEFAULT_ZONE = 'Europe/Amsterdam'; // the seat of the Court

interface Values {
  title: string;
  day: string;
  time: string;
  timeZone: string;
  place: string;
  onlineUrl: string;
  languages: Language[];
  moderators: string;
  invite: string[];
}

const EMPTY: Values = {
  title: '',
  day: '',
  time: '',
  timeZone: DEFAULT_ZONE,
  place: '',
  onlineUrl: '',
  languages: ['EN', 'FR'],
  moderators: '',
  invite: [],
};

const valuesOf = (d: Discussion): Values => ({
  title: d.title,
  day: d.localStartsAt.slice(0, 10),
  time: d.localStartsAt.slice(11, 16),
  timeZone: d.timeZone,
  place: d.place ?? '',
  onlineUrl: d.onlineUrl ?? '',
  languages: [...d.languages],
  moderators: d.moderators.join('\n'),
  invite: [],
});

const fieldId = (field: string) => `discussion-${field}`;
// The API names input fields; the form shows the start as a day and a time.
const API_FIELDS: Record<string, string> = {
  title: 'title',
  startsAt: 'day',
  timeZone: 'timeZone',
  place: 'place',
  onlineUrl: 'onlineUrl',
  languages: 'languages',
  moderators: 'moderators',
  candidacyIds: 'invite',
  inviteCandidacyIds: 'invite',
};

/** Organises a discussion (no id) or changes one, sending back the version it read. */
export function DiscussionForm({ electionId, id }: { electionId: string; id?: string }) {
  const query = useElectionDiscussions(electionId);
  if (query.error && !query.data) return <LoadFailed error={query.error} onRetry={() => void query.reload()} />;
  if (!query.data) return <Loading />;
  const election = query.data.election;
  const discussion = id ? election?.discussions.find((d) => d.id === id) : null;
  if (!election || discussion === undefined) return <LoadFailed error={NOT_FOUND} />;
  return <Form election={election} discussion={discussion} onReload={() => void query.reload()} />;
}

function Form({
  election: e,
  discussion: d,
  onReload,
}: {
  election: DiscussionsElection;
  discussion: Discussion | null;
  onReload: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { call } = useSession();
  const [values, setValues] = useState<Values>(() => (d ? valuesOf(d) : EMPTY));
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [busy, setBusy] = useState(false);
  // A stale edit: the version now stored, to say so and reload on request.
  const [newer, setNewer] = useState<number | null>(null);

  // Refilled when the discussion it edits is reloaded (a newer version).
  const version = d?.version;
  useEffect(() => {
    if (d) setValues(valuesOf(d));
    setNewer(null);
  }, [version]);

  const invited = new Set(d?.invitations.map((i) => i.candidacy.id) ?? []);
  const invitable = e.candidacies.edges
    .map((edge) => edge.node)
    .filter((c) => c.status === 'NOMINATED' && !invited.has(c.id));
  const set = (field: keyof Values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const errorFor = (field: string) => errorOf(errors, fieldId(field), i18n);
  const toggle = (field: 'languages' | 'invite', value: string) =>
    setValues((v) => {
      const list = v[field] as string[];
      return { ...v, [field]: list.includes(value) ? list.filter((x) => x !== value) : [...list, value] };
    });

  const check = (): { found: SummaryError[]; startsAt: Date | null } => {
    const found: SummaryError[] = [];
    const add = (field: string, key: Parameters<typeof t>[0]) =>
      found.push({ target: fieldId(field), text: ({ t }) => t(key) });
    if (!values.title.trim()) add('title', 'console.discussions.form.titleBlank');
    let startsAt: Date | null = null;
    if (!isDay(values.day)) add('day', 'console.discussions.form.dayInvalid');
    else if (!/^\d{2}:\d{2}$/.test(values.time)) add('time', 'console.discussions.form.timeInvalid');
    else {
      startsAt = instantOf(`${values.day}T${values.time}`, values.timeZone);
      if (!startsAt) add('time', 'console.discussions.form.timeSkipped');
      else if (startsAt.getTime() <= Date.now() && (!d || startsAt.getTime() !== new Date(d.startsAt).getTime()))
        add('day', 'console.discussions.form.inPast');
    }
    if (!values.place.trim() && !values.onlineUrl.trim()) add('place', 'console.discussions.form.venueBlank');
    if (values.onlineUrl.trim() && !/^https:\/\/\S+$/.test(values.onlineUrl.trim()))
      add('onlineUrl', 'console.discussions.form.httpsOnly');
    if (values.languages.length === 0) add('languages', 'console.discussions.form.languagesBlank');
    return { found, startsAt };
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { found, startsAt } = check();
    setErrors(found);
    setNewer(null);
    if (found.length || !startsAt) return;
    const common = {
      title: values.title.trim(),
      startsAt: startsAt.toISOString(),
      timeZone: values.timeZone,
      place: values.place.trim() || null,
      onlineUrl: values.onlineUrl.trim() || null,
      languages: values.languages,
      moderators: values.moderators
        .split('\n')
        .map((m) => m.trim())
        .filter(Boolean),
    };
    setBusy(true);
    try {
      if (d) {
        await call(UpdateDiscussionDocument, {
          input: {
            id: d.id,
            version: d.version,
            ...common,
            ...(values.invite.length ? { inviteCandidacyIds: values.invite } : {}),
          },
        });
        flash('console.discussions.form.saved');
        navigate(`/console/elections/${e.id}/discussions/${d.id}`);
      } else {
        const { createDiscussion } = await call(CreateDiscussionDocument, {
          input: { electionId: e.id, ...common, candidacyIds: values.invite },
        });
        flash('console.discussions.form.created');
        navigate(`/console/elections/${e.id}/discussions/${createDiscussion.id}`);
      }
    } catch (error) {
      setBusy(false);
      if (d && isConflict(error) && (error as ApiError).extensions.reason === 'STALE_VERSION') {
        try {
          const latest = await call(DiscussionDocument, { id: d.id });
          setNewer(latest.discussion?.version ?? d.version);
        } catch {
          setNewer(d.version);
        }
        return;
      }
      const fields = [...new Set(fieldsOf(error).flatMap((f) => API_FIELDS[f] ?? []))];
      setErrors(
        fields.length
          ? fields.map((f) => ({ target: fieldId(f), text: ({ t }) => t('console.errors.invalidField') }))
          : [{ text: ({ t }) => discussionErrorMessage(error, t) }],
      );
    }
  };

  const checkbox = (group: 'languages' | 'invite', value: string, label: string, disabled = false) => (
    <div className="choice" key={value}>
      <input
        type="checkbox"
        id={`${fieldId(group)}-${value}`}
        checked={disabled || (values[group] as string[]).includes(value)}
        disabled={disabled}
        onChange={() => toggle(group, value)}
      />
      <label htmlFor={`${fieldId(group)}-${value}`}>{label}</label>
    </div>
  );

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary title={t('console.errors.summaryTitle')} errors={errors} />
      {newer !== null && (
        <div className="notice notice--warning" role="alert">
          <p>{t('console.discussions.form.conflict', { version: newer })}</p>
          <button type="button" className="button button--secondary" onClick={onReload}>
            {t('console.discussions.form.reload')}
          </button>
        </div>
      )}
      <FocusHeading focus={errors.length === 0 && newer === null}>
        {d ? t('console.discussions.form.editTitle', { title: d.title }) : t('console.discussions.form.createTitle')}
      </FocusHeading>
      <p className="caption">{e.title}</p>
      <TextField
        id={fieldId('title')}
        label={t('console.discussions.form.title')}
        value={values.title}
        required
        error={errorFor('title')}
        onChange={set('title')}
      />
      <fieldset className="form-group">
        <legend>{t('console.discussions.form.startsAt')}</legend>
        <span className="hint">{t('console.discussions.form.startsAtHint')}</span>
        <TextField
          id={fieldId('day')}
          label={t('console.discussions.form.day')}
          type="date"
          width="medium"
          value={values.day}
          required
          error={errorFor('day')}
          onChange={set('day')}
        />
        <TextField
          id={fieldId('time')}
          label={t('console.discussions.form.time')}
          hint={t('console.discussions.form.timeHint')}
          width="short"
          inputMode="numeric"
          value={values.time}
          required
          error={errorFor('time')}
          onChange={set('time')}
        />
        <SelectField
          id={fieldId('timeZone')}
          label={t('console.discussions.form.timeZone')}
          value={values.timeZone}
          error={errorFor('timeZone')}
          onChange={set('timeZone')}
          options={timeZones(values.timeZone).map((z) => ({ value: z, label: z.replace(/_/g, ' ') }))}
        />
      </fieldset>
      <TextField
        id={fieldId('place')}
        label={t('console.discussions.form.place')}
        hint={t('console.discussions.form.placeHint')}
        value={values.place}
        error={errorFor('place')}
        onChange={set('place')}
      />
      <TextField
        id={fieldId('onlineUrl')}
        label={t('console.discussions.form.onlineUrl')}
        hint={t('console.discussions.form.onlineUrlHint')}
        value={values.onlineUrl}
        error={errorFor('onlineUrl')}
        onChange={set('onlineUrl')}
      />
      <div className={errorFor('languages') ? 'form-group form-group--error' : 'form-group'}>
        <fieldset aria-describedby={errorFor('languages') ? `${fieldId('languages')}-error` : undefined}>
          <legend>{t('console.discussions.form.languages')}</legend>
          {errorFor('languages') && (
            <span id={`${fieldId('languages')}-error`} className="error-message">
              {errorFor('languages')}
            </span>
          )}
          <div id={fieldId('languages')} tabIndex={-1} className="checkbox-list">
            {LANGUAGES.map((l) => checkbox('languages', l, t(`console.discussions.language.${l}`)))}
          </div>
        </fieldset>
      </div>
      <TextArea
        id={fieldId('moderators')}
        label={t('console.discussions.form.moderators')}
        hint={t('console.discussions.form.moderatorsHint')}
        value={values.moderators}
        error={errorFor('moderators')}
        onChange={set('moderators')}
      />
      <div className={errorFor('invite') ? 'form-group form-group--error' : 'form-group'}>
        <fieldset>
          <legend>{d ? t('console.discussions.form.inviteMore') : t('console.discussions.form.invite')}</legend>
          <span className="hint">{t('console.discussions.form.inviteHint')}</span>
          {errorFor('invite') && <span className="error-message">{errorFor('invite')}</span>}
          <div id={fieldId('invite')} tabIndex={-1} className="checkbox-list">
            {d?.invitations.map((i) =>
              checkbox(
                'invite',
                i.candidacy.id,
                t('console.discussions.form.alreadyInvited', { name: i.candidacy.person.fullName }),
                true,
              ),
            )}
            {invitable.map((c) =>
              checkbox(
                'invite',
                c.id,
                c.nominatingState ? `${c.person.fullName} (${c.nominatingState.name})` : c.person.fullName,
              ),
            )}
            {invitable.length === 0 && !d?.invitations.length && <p>{t('console.discussions.form.nobody')}</p>}
          </div>
        </fieldset>
      </div>
      <div className="button-group">
        <button type="submit" className="button" disabled={busy}>
          {busy
            ? t('console.form.saving')
            : d
              ? t('console.discussions.form.save')
              : t('console.discussions.form.create')}
        </button>
        <Link
          href={d ? `/console/elections/${e.id}/discussions/${d.id}` : `/console/elections/${e.id}/discussions`}
          className="button-link"
        >
          {t('console.cancel')}
        </Link>
      </div>
    </form>
  );
}
