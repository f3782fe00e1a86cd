import { useState, type FormEvent } from 'react';
import type {
  ConsoleElectionPanelsQuery,
  ConsoleInterviewEntryFragment,
  ConsolePanelFragment,
  InterviewMode,
  PanelKind,
  PanelMemberRole,
} from '../../gql/graphql.js';
import { useI18n, type Localized } from '../../i18n/i18n.js';
import { ErrorSummary, errorOf, type SummaryError } from '../../ui/error-summary.js';
import { FocusHeading } from '../../ui/focus-heading.js';
import { fieldsOf } from '../errors.js';
import { SelectField, TextField } from '../fields.js';
import { LoadFailed, Loading, NOT_FOUND } from '../page-bits.js';
import { Link } from '../router.js';
import { useSession } from '../session-context.js';
import { useQuery } from '../use-query.js';
import { DateTimeField } from './date-time-field.js';
import { groundLabel, localDateTime, panelErrorMessage, ratingLabel } from './labels.js';
import {
  AddPanelMemberDocument,
  CreatePanelDocument,
  ElectionPanelsDocument,
  PanelMemberAccountsDocument,
  ScheduleInterviewDocument,
} from './operations.js';
import './panels.css';

type Data = ConsoleElectionPanelsQuery;
type Election = NonNullable<Data['election']>;
type Panel = ConsolePanelFragment & { interviews: ConsoleInterviewEntryFragment[] };
type Candidacy = Election['candidacies']['edges'][number]['node'];
type Account = { id: string; displayName: string; email: string };

const KINDS: PanelKind[] = ['INDEPENDENT_PANEL', 'ADVISORY_COMMITTEE', 'CUSTOM'];
const MODES: InterviewMode[] = ['VIDEO', 'IN_PERSON', 'WRITTEN'];

/** The panels of an election: members, rubric, interviews; officers create panels, add members, schedule. */
export function ElectionPanelsPage({ electionId }: { electionId: string }) {
  const { can } = useSession();
  const query = useQuery(ElectionPanelsDocument, { electionId });
  const accounts = useQuery(PanelMemberAccountsDocument, {}, !can('Query.panelMemberAccounts'));
  if (query.error && !query.data) return <LoadFailed error={query.error} onRetry={() => void query.reload()} />;
  if (!query.data) return <Loading />;
  if (!query.data.election) return <LoadFailed error={NOT_FOUND} />;
  return (
    <PanelsView
      data={query.data}
      election={query.data.election}
      accounts={accounts.data?.panelMemberAccounts ?? []}
      reload={() => {
        void query.reload();
        void accounts.reload();
      }}
    />
  );
}

function PanelsView({
  data,
  election: e,
  accounts,
  reload,
}: {
  data: Data;
  election: Election;
  accounts: readonly Account[];
  reload: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { can } = useSession();
  const [notice, setNotice] = useState<{ readonly text: Localized } | null>(null);
  const done = (message: Localized) => {
    setNotice({ text: message });
    reload();
  };
  const candidacies = e.candidacies.edges.map((edge) => edge.node);
  const panels = data.panels as Panel[];
  return (
    <>
      {notice && (
        <div className="notice notice--success" role="status">
          <p>{notice.text(i18n)}</p>
        </div>
      )}
      <FocusHeading>{t('console.panels.title', { title: e.title })}</FocusHeading>
      <p>
        <Link href={`/console/elections/${e.id}`}>{t('console.panels.backToElection')}</Link>
      </p>
      {panels.length === 0 && (
        <p>{can('Mutation.createPanel') ? t('console.panels.none') : t('console.panels.noneForMember')}</p>
      )}
      {panels.map((p) => (
        <PanelCard key={p.id} panel={p} candidacies={candidacies} accounts={accounts} onDone={done} />
      ))}
      {can('Mutation.createPanel') && (
        <CreatePanelForm electionId={e.id} electionType={e.type} rubrics={data.rubrics} onDone={done} />
      )}
    </>
  );
}

function PanelCard({
  panel: p,
  candidacies,
  accounts,
  onDone,
}: {
  panel: Panel;
  candidacies: readonly Candidacy[];
  accounts: readonly Account[];
  onDone: (message: Localized) => void;
}) {
  const { t } = useI18n();
  const { can } = useSession();
  const headingId = `panel-${p.id}`;
  return (
    <section className="panel-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{p.name}</h2>
      <p className="caption">{t(`console.panels.kinds.${p.kind}`)}</p>
      <PanelMembers panel={p} />
      <PanelRubric panel={p} />
      <h3>{t('console.panels.interviews')}</h3>
      <InterviewTable entries={p.interviews} />
      {(can('Mutation.addPanelMember') || can('Mutation.scheduleInterview')) && (
        <div className="panel-forms">
          {can('Mutation.addPanelMember') && <AddMemberForm panel={p} accounts={accounts} onDone={onDone} />}
          {can('Mutation.scheduleInterview') && <ScheduleForm panel={p} candidacies={candidacies} onDone={onDone} />}
        </div>
      )}
    </section>
  );
}

export function PanelMembers({ panel: p }: { panel: ConsolePanelFragment }) {
  const { t } = useI18n();
  return (
    <>
      <h3>{t('console.panels.members')}</h3>
      {p.members.length === 0 ? (
        <p>{t('console.panels.membersNone')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('console.panels.colName')}</th>
                <th scope="col">{t('console.panels.colNationality')}</th>
                <th scope="col">{t('console.panels.colRole')}</th>
              </tr>
            </thead>
            <tbody>
              {p.members.map((m) => (
                <tr key={m.id}>
                  <th scope="row">
                    {m.fullName}
                    {p.myMember?.id === m.id && <span className="hint-inline"> {t('console.panels.you')}</span>}
                    {m.affiliation && <p className="hint">{m.affiliation}</p>}
                  </th>
                  <td>{m.nationality}</td>
                  <td>{t(`console.panels.roles.${m.role}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

export function PanelRubric({ panel: p }: { panel: ConsolePanelFragment }) {
  const { t, language } = useI18n();
  return (
    <>
      <h3>{t('console.panels.rubric', { name: p.rubric.name })}</h3>
      <ol className="plain-list">
        {p.rubric.criteria.map((c) => (
          <li key={c.key}>{language === 'fr' ? c.labelFr : c.labelEn}</li>
        ))}
      </ol>
      <p>
        {t('console.panels.overallScale', {
          ratings: p.rubric.overallScale.map((r) => ratingLabel(r, t)).join(' · '),
        })}
      </p>
    </>
  );
}

/** A panel's interviews: the candidate (a link when the caller may open it), time, status, what waits. */
export function InterviewTable({
  entries,
  panelNames,
}: {
  entries: readonly (ConsoleInterviewEntryFragment & { panelName?: string })[];
  panelNames?: boolean;
}) {
  const { t, dateTime } = useI18n();
  if (entries.length === 0) return <p>{t('console.panels.interviewsNone')}</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('console.panels.colCandidate')}</th>
            {panelNames && <th scope="col">{t('console.panels.colPanel')}</th>}
            <th scope="col">{t('console.panels.colWhen')}</th>
            <th scope="col">{t('console.panels.colStatus')}</th>
            <th scope="col">{t('console.panels.colWaiting')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((i) => (
            <tr key={i.id}>
              <th scope="row">
                <Link
                  href={`/console/interviews/${i.id}`}
                  aria-label={t('console.panels.openInterview', { name: i.candidacy.person.fullName })}
                >
                  {i.candidacy.person.fullName}
                </Link>
                {i.myRecusal && (
                  <p className="hint">
                    {t('console.panels.recusedShort', { ground: groundLabel(i.myRecusal.ground, t) })}
                  </p>
                )}
              </th>
              {panelNames && <td>{i.panelName}</td>}
              <td>{dateTime(i.scheduledAt)}</td>
              <td>
                {t(`console.panels.statuses.${i.status}`)}
                {i.publishedAt && (
                  <>
                    {' · '}
                    <span className="tag">{t('console.panels.published')}</span>
                  </>
                )}
                <p className="hint">{t(`console.panels.modes.${i.mode}`)}</p>
              </td>
              <td>
                {i.waitingForMe.length === 0 ? (
                  t('console.none')
                ) : (
                  <ul className="waiting-list">
                    {i.waitingForMe.map((task) => (
                      <li key={task}>{t(`console.panels.tasks.${task}`)}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CreatePanelForm({
  electionId,
  electionType,
  rubrics,
  onDone,
}: {
  electionId: string;
  electionType: string;
  rubrics: Data['rubrics'];
  onDone: (message: Localized) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { call } = useSession();
  const fitting = rubrics.filter((r) => r.electionType === electionType || r.electionType == null);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<string>(KINDS[0]);
  const [rubricKey, setRubricKey] = useState(fitting.find((r) => r.electionType === electionType)?.key ?? '');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [busy, setBusy] = useState(false);
  const errorFor = (target: string) => errorOf(errors, target, i18n);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: SummaryError[] = [];
    if (name.trim().length < 3)
      found.push({ target: 'panel-name', text: ({ t }) => t('console.panels.create.nameBlank') });
    if (!rubricKey) found.push({ target: 'panel-rubric', text: ({ t }) => t('console.panels.create.rubricBlank') });
    setErrors(found);
    if (found.length) return;
    setBusy(true);
    try {
      await call(CreatePanelDocument, {
        input: { name: name.trim(), kind: kind as PanelKind, electionIds: [electionId], rubricKey },
      });
      setName('');
      onDone(({ t }) => t('console.panels.create.created', { name: name.trim() }));
    } catch (error) {
      setErrors([
        {
          target: fieldsOf(error).includes('name') ? 'panel-name' : undefined,
          text: ({ t }) => panelErrorMessage(error, t),
        },
      ]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="narrow" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="create-panel">
      <h2 id="create-panel">{t('console.panels.create.title')}</h2>
      <ErrorSummary title={t('console.errors.summaryTitle')} errors={errors} />
      <TextField
        id="panel-name"
        label={t('console.panels.create.name')}
        value={name}
        onChange={setName}
        error={errorFor('panel-name')}
        required
      />
      <SelectField
        id="panel-kind"
        label={t('console.panels.create.kind')}
        value={kind}
        onChange={setKind}
        options={KINDS.map((k) => ({ value: k, label: t(`console.panels.kinds.${k}`) }))}
      />
      <SelectField
        id="panel-rubric"
        label={t('console.panels.create.rubric')}
        hint={t('console.panels.create.rubricHint')}
        value={rubricKey}
        onChange={setRubricKey}
        placeholder=""
        options={fitting.map((r) => ({ value: r.key, label: r.name }))}
        error={errorFor('panel-rubric')}
        required
      />
      <button type="submit" className="button" disabled={busy}>
        {t('console.panels.create.submit')}
      </button>
    </form>
  );
}

function AddMemberForm({
  panel: p,
  accounts,
  onDone,
}: {
  panel: Panel;
  accounts: readonly Account[];
  onDone: (message: Localized) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { call } = useSession();
  const id = (field: string) => `member-${field}-${p.id}`;
  const [fullName, setFullName] = useState('');
  const [nationality, setNationality] = useState('');
  const [affiliation, setAffiliation] = useState('');
  const hasChair = p.members.some((m) => m.role === 'CHAIR');
  const [role, setRole] = useState<string>(hasChair ? 'MEMBER' : 'CHAIR');
  const [staffUserId, setStaffUserId] = useState('');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [busy, setBusy] = useState(false);
  const errorFor = (target: string) => errorOf(errors, target, i18n);
  const taken = new Set(p.members.map((m) => m.staffUserId));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const code = nationality.trim().toUpperCase();
    const found: SummaryError[] = [];
    if (fullName.trim().length < 2)
      found.push({ target: id('name'), text: ({ t }) => t('console.panels.addMember.fullNameBlank') });
    if (!/^[A-Z]{2}$/.test(code))
      found.push({ target: id('nationality'), text: ({ t }) => t('console.panels.addMember.nationalityWrong') });
    setErrors(found);
    if (found.length) return;
    setBusy(true);
    try {
      await call(AddPanelMemberDocument, {
        input: {
          panelId: p.id,
          fullName: fullName.trim(),
          nationality: code,
          role: role as PanelMemberRole,
          ...(affiliation.trim() && { affiliation: affiliation.trim() }),
          ...(staffUserId && { staffUserId }),
        },
      });
      setFullName('');
      setNationality('');
      setAffiliation('');
      setStaffUserId('');
      setRole('MEMBER');
      onDone(({ t }) => t('console.panels.addMember.added', { name: fullName.trim() }));
    } catch (error) {
      setErrors([{ text: ({ t }) => panelErrorMessage(error, t) }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby={id('title')}>
      <h3 id={id('title')}>{t('console.panels.addMember.title', { panel: p.name })}</h3>
      <ErrorSummary title={t('console.errors.summaryTitle')} errors={errors} />
      <TextField
        id={id('name')}
        label={t('console.panels.addMember.fullName')}
        value={fullName}
        onChange={setFullName}
        error={errorFor(id('name'))}
        required
      />
      <TextField
        id={id('nationality')}
        label={t('console.panels.addMember.nationality')}
        hint={t('console.panels.addMember.nationalityHint')}
        value={nationality}
        onChange={setNationality}
        width="short"
        error={errorFor(id('nationality'))}
        required
      />
      <TextField
        id={id('affiliation')}
        label={t('console.panels.addMember.affiliation')}
        value={affiliation}
        onChange={setAffiliation}
      />
      <SelectField
        id={id('role')}
        label={t('console.panels.addMember.role')}
        value={role}
        onChange={setRole}
        options={(hasChair ? ['MEMBER'] : ['CHAIR', 'MEMBER']).map((r) => ({
          value: r,
          label: t(`console.panels.roles.${r as PanelMemberRole}`),
        }))}
      />
      <SelectField
        id={id('account')}
        label={t('console.panels.addMember.account')}
        hint={t('console.panels.addMember.accountHint')}
        value={staffUserId}
        onChange={setStaffUserId}
        placeholder={t('console.panels.addMember.accountNone')}
        options={accounts
          .filter((a) => !taken.has(a.id))
          .map((a) => ({ value: a.id, label: `${a.displayName} (${a.email})` }))}
      />
      <button type="submit" className="button" disabled={busy}>
        {t('console.panels.addMember.submit')}
      </button>
    </form>
  );
}

function ScheduleForm({
  panel: p,
  candidacies,
  onDone,
}: {
  panel: Panel;
  candidacies: readonly Candidacy[];
  onDone: (message: Localized) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { call } = useSession();
  const id = (field: string) => `schedule-${field}-${p.id}`;
  const standing = candidacies.filter((c) => c.status === 'NOMINATED');
  const [candidacyId, setCandidacyId] = useState('');
  const [when, setWhen] = useState('');
  const [mode, setMode] = useState<string>(MODES[0]);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [busy, setBusy] = useState(false);
  const errorFor = (target: string) => errorOf(errors, target, i18n);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const scheduledAt = localDateTime(when);
    const found: SummaryError[] = [];
    if (!candidacyId)
      found.push({ target: id('candidacy'), text: ({ t }) => t('console.panels.schedule.candidacyBlank') });
    if (!scheduledAt) found.push({ target: id('when'), text: ({ t }) => t('console.panels.schedule.whenBlank') });
    setErrors(found);
    if (found.length || !scheduledAt) return;
    setBusy(true);
    try {
      await call(ScheduleInterviewDocument, {
        input: { panelId: p.id, candidacyId, scheduledAt, mode: mode as InterviewMode },
      });
      const name = standing.find((c) => c.id === candidacyId)?.person.fullName ?? '';
      setCandidacyId('');
      setWhen('');
      onDone(({ t }) => t('console.panels.schedule.scheduled', { name }));
    } catch (error) {
      setErrors([{ text: ({ t }) => panelErrorMessage(error, t) }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby={id('title')}>
      <h3 id={id('title')}>{t('console.panels.schedule.title', { panel: p.name })}</h3>
      <ErrorSummary title={t('console.errors.summaryTitle')} errors={errors} />
      <SelectField
        id={id('candidacy')}
        label={t('console.panels.schedule.candidacy')}
        value={candidacyId}
        onChange={setCandidacyId}
        placeholder={t('console.panels.schedule.choose')}
        options={standing.map((c) => ({ value: c.id, label: c.person.fullName }))}
        error={errorFor(id('candidacy'))}
        required
      />
      <DateTimeField
        id={id('when')}
        label={t('console.panels.schedule.when')}
        hint={t('console.panels.schedule.whenHint')}
        value={when}
        onChange={setWhen}
        error={errorFor(id('when'))}
      />
      <SelectField
        id={id('mode')}
        label={t('console.panels.schedule.mode')}
        value={mode}
        onChange={setMode}
        options={MODES.map((m) => ({ value: m, label: t(`console.panels.modes.${m}`) }))}
      />
      <button type="submit" className="button" disabled={busy}>
        {t('console.panels.schedule.submit')}
      </button>
    </form>
  );
}
