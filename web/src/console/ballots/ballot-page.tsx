import { useEffect, useMemo, useState, type FormEvent } from 'react';
import type {
  ConsoleBallotElectionQuery,
  ConsoleBallotRoundFragment,
  ConsoleCheckBallotQuery,
  ConsolePreviewBallotRoundQuery,
  RecordBallotRoundInput,
  RegionalGroup,
} from '../../gql/graphql.js';
import { catalogues } from '../../i18n/catalogues.js';
import { useI18n, type Key, type Translate } from '../../i18n/i18n.js';
import { ErrorSummary, errorOf, type SummaryError } from '../../ui/error-summary.js';
import { FocusHeading } from '../../ui/focus-heading.js';
import { dayOrToday, isDay } from '../dates.js';
import { consoleErrorMessage } from '../errors.js';
import { SelectField, TextField } from '../fields.js';
import { LoadFailed, Loading, NOT_FOUND } from '../page-bits.js';
import { Link } from '../router.js';
import { useSession } from '../session-context.js';
import { useQuery } from '../use-query.js';
import {
  BallotElectionDocument,
  CheckBallotDocument,
  PreviewBallotRoundDocument,
  RecordAcclamationDocument,
  RecordBallotRoundDocument,
} from './operations.js';
import { category, RequirementList, RoundOutcome } from './round-outcome.js';
import { notCounts, tallyFigures, type TallyValues } from './tally.js';

type Election = NonNullable<ConsoleBallotElectionQuery['election']>;
type Candidacy = Election['candidacies']['edges'][number]['node'];
type Verdict = ConsoleCheckBallotQuery['checkBallot'];
type Preview = ConsolePreviewBallotRoundQuery['previewBallotRound'];
type Problem = Preview['problems'][number];
interface Notice {
  readonly key: Key;
  readonly params?: Record<string, number>;
}

/** The ballots of an election: recorded rounds and their outcome, the next round's tally, acclamation. */
export function BallotPage({ id }: { id: string }) {
  const election = useQuery(BallotElectionDocument, { id });
  if (election.error && !election.data)
    return <LoadFailed error={election.error} onRetry={() => void election.reload()} />;
  if (!election.data) return <Loading />;
  if (!election.data.election) return <LoadFailed error={NOT_FOUND} />;
  return <BallotView election={election.data.election} reload={() => void election.reload()} />;
}

function BallotView({ election: e, reload }: { election: Election; reload: () => void }) {
  const { t } = useI18n();
  const candidacies = e.candidacies.edges.map((edge) => edge.node);
  const names = new Map(candidacies.map((c) => [c.id, c.person.fullName]));
  // Who the next round is between is the API's to say (elected, excluded, dropped, withdrawn).
  const inRace = new Set(e.candidaciesInRace);
  const race = candidacies.filter((c) => inRace.has(c.id));
  const last = e.ballotRounds.at(-1);
  const seatsLeft = last ? last.seatsLeftAfter : e.seats;
  const round = e.ballotRounds.length + 1;
  const name = (id: string) => names.get(id) ?? id;
  // Kept as a key and its figures, so it follows a change of language.
  const [notice, setNotice] = useState<Notice | null>(null);
  const recorded = (message: Notice) => {
    setNotice(message);
    reload();
  };

  return (
    <>
      {notice && (
        <div className="notice notice--success" role="status">
          <p>{t(notice.key, notice.params)}</p>
        </div>
      )}
      <FocusHeading>{t('console.ballots.title', { title: e.title })}</FocusHeading>
      <p className="caption">
        {t(`console.types.${e.type}`)} ·{' '}
        <span className={`tag tag--${e.status.toLowerCase()}`}>{t(`console.statuses.${e.status}`)}</span> ·{' '}
        {t('console.ballots.seatsLeft', { seats: seatsLeft, total: e.seats })}
      </p>
      <p>
        <Link href={`/console/elections/${e.id}`}>{t('console.ballots.backToElection')}</Link>
      </p>

      {e.status === 'CONCLUDED' && (
        <div className="notice notice--success" role="status">
          <p>{t('console.ballots.concluded')}</p>
        </div>
      )}

      {last && <RoundOutcome round={last} name={name} />}

      {e.status === 'VOTING' && race.length > 0 && (
        <TallyForm key={round} election={e} race={race} round={round} onRecorded={recorded} />
      )}
      {e.status !== 'VOTING' && e.status !== 'CONCLUDED' && <p>{t('console.ballots.notVoting')}</p>}

      {e.status === 'VOTING' && <AcclamationForm election={e} onRecorded={recorded} />}

      {e.ballotRounds.length > 1 && (
        <>
          <h2>{t('console.ballots.history')}</h2>
          <ol className="plain-list">
            {e.ballotRounds.map((r) => (
              <li key={r.id}>
                <RoundLine round={r} name={name} />
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}

function RoundLine({ round: r, name }: { round: ConsoleBallotRoundFragment; name: (id: string) => string }) {
  const { t, date } = useI18n();
  const heading = r.byAcclamation
    ? t('console.ballots.acclamationOn', { date: date(r.heldOn) })
    : t('console.ballots.roundOn', { number: r.number, date: date(r.heldOn) });
  const elected = r.elected.map(name).join(', ') || t('console.none');
  return (
    <>
      {heading} — {t('console.ballots.electedList', { names: elected })}
    </>
  );
}

const detailed = catalogues.en.console.ballots.problems;
const fields = catalogues.en.console.ballots.fieldProblems;
const general = catalogues.en.console.rules;

/** A problem of the API's verdict in the reader's language, with its figures. */
function problemText(t: Translate, p: Problem, name: (id: string) => string): string {
  const params = {
    name: p.candidacyId ? name(p.candidacyId) : '',
    category: p.category ? category(t, p.category.kind, p.category.value) : '',
    value: p.value ?? '',
    limit: p.limit ?? '',
  };
  if (p.rule && p.rule in detailed) return t(`console.ballots.problems.${p.rule}` as Key, params);
  if (p.rule && p.rule in general) return t(`console.rules.${p.rule}` as Key, params);
  if (p.field && p.field in fields) return t(`console.ballots.fieldProblems.${p.field}` as Key);
  return p.rule ? t('console.errors.rule', { rule: p.rule }) : t('console.errors.invalid');
}

function TallyForm({
  election: e,
  race: everyone,
  round,
  onRecorded,
}: {
  election: Election;
  race: readonly Candidacy[];
  round: number;
  onRecorded: (message: Notice) => void;
}) {
  const i18n = useI18n();
  const { t, date } = i18n;
  const { call } = useSession();
  const [values, setValues] = useState<TallyValues>({
    ballotPapers: '',
    invalidBallots: '0',
    abstentions: '0',
    votes: {},
  });
  const [heldOn, setHeldOn] = useState('');
  const [contest, setContest] = useState('');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [busy, setBusy] = useState(false);

  // Deputy Prosecutor posts and CBF groups are each their own contest: one, or every open one.
  const contestOf = (c: Candidacy): string | null =>
    e.type === 'DEPUTY_PROSECUTOR'
      ? c.post !== null && c.post !== undefined
        ? String(c.post)
        : null
      : e.type === 'COMMITTEE_ON_BUDGET_AND_FINANCE'
        ? (c.regionalGroup ?? null)
        : null;
  const contests = [...new Set(everyone.map(contestOf).filter((x): x is string => x !== null))].sort();
  const race = contest ? everyone.filter((c) => contestOf(c) === contest) : everyone;
  const ids = race.map((c) => c.id);
  const name = (id: string) => race.find((c) => c.id === id)?.person.fullName ?? id;
  const setVotes = (id: string, v: string) => setValues((s) => ({ ...s, votes: { ...s.votes, [id]: v } }));
  const errorFor = (target: string) => errorOf(errors, target, i18n);

  // The round as it would be sent: the preview checks exactly what Record sends.
  const figures = tallyFigures(values, ids);
  const input: RecordBallotRoundInput | null = figures && {
    electionId: e.id,
    round,
    ...figures,
    votes: [...figures.votes],
    heldOn: dayOrToday(heldOn),
    ...(contest && e.type === 'DEPUTY_PROSECUTOR' && { post: Number(contest) }),
    ...(contest && e.type === 'COMMITTEE_ON_BUDGET_AND_FINANCE' && { regionalGroups: [contest as RegionalGroup] }),
  };
  const preview = usePreview(input);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const wrong = notCounts(values, ids);
    const found: SummaryError[] = [
      ...wrong.figures.map((f): SummaryError => ({
        target: `tally-${f}`,
        text: ({ t }) => t('console.ballots.notACount'),
      })),
      ...wrong.votes.map((id): SummaryError => ({
        target: `votes-${id}`,
        text: ({ t }) => t('console.ballots.notACount'),
      })),
    ];
    if (heldOn && !isDay(heldOn))
      found.push({ target: 'tally-heldOn', text: ({ t }) => t('console.ballots.dateInvalid') });
    setErrors(found);
    if (found.length || !input) return;
    setBusy(true);
    try {
      const recorded = await call(RecordBallotRoundDocument, { input });
      onRecorded({ key: 'console.ballots.recorded', params: { number: recorded.recordBallotRound.number } });
    } catch (error) {
      setBusy(false);
      setErrors([{ text: ({ t }) => consoleErrorMessage(error, t) }]);
    }
  };

  const requirements = (preview.preview?.requirementsInForce ?? e.minimumVotingRequirements ?? []).filter(
    (m) => m.applies,
  );
  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby="tally-heading">
      <h2 id="tally-heading">{t('console.ballots.roundTitle', { number: round })}</h2>
      <ErrorSummary title={t('console.errors.summaryTitle')} errors={errors} />
      {e.votingStartsOn && <p className="hint">{t('console.ballots.votingFrom', { date: date(e.votingStartsOn) })}</p>}
      <h3>{t('console.ballots.requirementsInForce')}</h3>
      <RequirementList requirements={requirements} />
      {contests.length > 1 && (
        <SelectField
          id="tally-contest"
          label={t(e.type === 'DEPUTY_PROSECUTOR' ? 'console.ballots.post' : 'console.ballots.group')}
          value={contest}
          placeholder={t('console.ballots.everyContest')}
          options={contests.map((x) => ({
            value: x,
            label: e.type === 'DEPUTY_PROSECUTOR' ? x : t(`console.groups.${x}` as Key),
          }))}
          onChange={setContest}
        />
      )}
      <TextField
        id="tally-ballotPapers"
        label={t('console.ballots.ballotPapers')}
        width="short"
        inputMode="numeric"
        required
        value={values.ballotPapers}
        error={errorFor('tally-ballotPapers')}
        onChange={(v) => setValues((s) => ({ ...s, ballotPapers: v }))}
      />
      <TextField
        id="tally-invalidBallots"
        label={t('console.ballots.invalidBallots')}
        width="short"
        inputMode="numeric"
        required
        value={values.invalidBallots}
        error={errorFor('tally-invalidBallots')}
        onChange={(v) => setValues((s) => ({ ...s, invalidBallots: v }))}
      />
      <TextField
        id="tally-abstentions"
        label={t('console.ballots.abstentions')}
        width="short"
        inputMode="numeric"
        required
        value={values.abstentions}
        error={errorFor('tally-abstentions')}
        onChange={(v) => setValues((s) => ({ ...s, abstentions: v }))}
      />
      <fieldset>
        <legend>{t('console.ballots.votesLegend')}</legend>
        {race.map((c) => (
          <TextField
            key={c.id}
            id={`votes-${c.id}`}
            label={c.person.fullName}
            hint={[
              c.person.nationality,
              t(`console.genders.${c.person.gender}` as Key),
              c.list ? t('console.ballots.listLabel', { list: c.list }) : null,
            ]
              .filter(Boolean)
              .join(' · ')}
            width="short"
            inputMode="numeric"
            value={values.votes[c.id] ?? ''}
            error={errorFor(`votes-${c.id}`)}
            onChange={(v) => setVotes(c.id, v)}
          />
        ))}
      </fieldset>
      <TextField
        id="tally-heldOn"
        label={t('console.ballots.heldOn')}
        hint={t('console.ballots.heldOnHint')}
        type="date"
        width="medium"
        value={heldOn}
        error={errorFor('tally-heldOn')}
        onChange={setHeldOn}
      />

      <section aria-labelledby="verdict-heading" className="verdict">
        <h3 id="verdict-heading">{t('console.ballots.verdict')}</h3>
        <div aria-live="polite">
          <PreviewVerdict state={preview} typed={input !== null} name={name} />
        </div>
      </section>

      <PaperCheck electionId={e.id} round={round} race={race} />

      <div className="button-group">
        <button type="submit" className="button" disabled={busy}>
          {t('console.ballots.record', { number: round })}
        </button>
      </div>
    </form>
  );
}

interface PreviewState {
  readonly preview: Preview | null;
  readonly error: unknown;
  // The figures typed differ from those the verdict is for: a newer one is on its way.
  readonly pending: boolean;
}

/**
 * The API's verdict on the round as typed (previewBallotRound): asked once the figures settle,
 * the request for older figures cancelled, so only the latest answer is ever shown.
 */
function usePreview(input: RecordBallotRoundInput | null): PreviewState {
  const { call } = useSession();
  const key = input && JSON.stringify(input);
  const settled = useDebounced(key, 300);
  const [answer, setAnswer] = useState<{ key: string; preview: Preview | null; error: unknown } | null>(null);
  useEffect(() => {
    if (!settled) return;
    const controller = new AbortController();
    const input = JSON.parse(settled) as RecordBallotRoundInput;
    call(PreviewBallotRoundDocument, { input }, { signal: controller.signal })
      .then((r) => {
        if (!controller.signal.aborted) setAnswer({ key: settled, preview: r.previewBallotRound, error: null });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setAnswer({ key: settled, preview: null, error });
      });
    return () => controller.abort();
  }, [call, settled]);
  return { preview: answer?.preview ?? null, error: answer?.error ?? null, pending: answer?.key !== key };
}

function PreviewVerdict({ state, typed, name }: { state: PreviewState; typed: boolean; name: (id: string) => string }) {
  const { t } = useI18n();
  if (!typed) return <p>{t('console.ballots.validPending')}</p>;
  if (state.error !== null)
    return (
      <p className="error-message">
        {t('console.ballots.checkFailed', { reason: consoleErrorMessage(state.error, t) })}
      </p>
    );
  const p = state.preview;
  if (!p) return <p>{t('console.ballots.checking')}</p>;
  const list = (ids: readonly string[]) => ids.map(name).join(', ');
  return (
    <>
      {state.pending && <p className="hint">{t('console.ballots.checking')}</p>}
      {p.validBallots !== null && (
        <p>
          {p.votesRequired !== null
            ? t('console.ballots.validIs', { valid: p.validBallots, majority: p.votesRequired })
            : t('console.ballots.validOnly', { valid: p.validBallots })}
        </p>
      )}
      {p.problems.length === 0 ? (
        <p className="field-ok">{t('console.ballots.tallyHolds')}</p>
      ) : (
        <ul className="error-list">
          {p.problems.map((x, i) => (
            <li key={`${x.rule ?? x.field}:${i}`} className="error-message">
              {problemText(t, x, name)}
            </li>
          ))}
        </ul>
      )}
      {p.outcome && p.outcome.elected.length > 0 && (
        <p>{t('console.ballots.wouldElect', { names: list(p.outcome.elected) })}</p>
      )}
      {p.outcome && p.outcome.excluded.length > 0 && (
        <p>{t('console.ballots.wouldExclude', { names: list(p.outcome.excluded) })}</p>
      )}
      {p.outcome && p.outcome.dropped.length > 0 && (
        <p>{t('console.ballots.wouldDrop', { names: list(p.outcome.dropped) })}</p>
      )}
      {p.outcome && p.outcome.tied.length > 0 && (
        <p>{t('console.ballots.wouldTie', { names: list(p.outcome.tied) })}</p>
      )}
      {p.outcome?.concludesElection && <p>{t('console.ballots.wouldConclude')}</p>}
    </>
  );
}

/** A value that settles: the latest one once it has not changed for a moment (compared by content). */
function useDebounced<T>(value: T, ms = 300): T {
  const key = JSON.stringify(value);
  const [settled, setSettled] = useState(key);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(key), ms);
    return () => window.clearTimeout(timer);
  }, [key, ms]);
  return useMemo(() => JSON.parse(settled) as T, [settled]);
}

/** A disputed ballot paper: tick the names it carries, and the API says whether it is valid. */
function PaperCheck({ electionId, round, race }: { electionId: string; round: number; race: readonly Candidacy[] }) {
  const { t } = useI18n();
  const { call } = useSession();
  const [named, setNamed] = useState<string[]>([]);
  const settled = useDebounced(named, 400);
  const [verdict, setVerdict] = useState<{ verdict: Verdict | null; error: unknown }>({ verdict: null, error: null });
  const name = (id: string) => race.find((c) => c.id === id)?.person.fullName ?? id;

  useEffect(() => {
    if (settled.length === 0) {
      setVerdict({ verdict: null, error: null });
      return;
    }
    let live = true;
    call(CheckBallotDocument, { electionId, round, candidacyIds: settled })
      .then((r) => live && setVerdict({ verdict: r.checkBallot, error: null }))
      .catch((error: unknown) => live && setVerdict({ verdict: null, error }));
    return () => {
      live = false;
    };
  }, [call, electionId, round, settled]);

  const toggle = (id: string) => setNamed((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
  const v = verdict.verdict;
  return (
    <details className="paper-check">
      <summary>{t('console.ballots.paperTitle')}</summary>
      <fieldset>
        <legend>{t('console.ballots.paperLegend')}</legend>
        {race.map((c) => (
          <div className="choice" key={c.id}>
            <input type="checkbox" id={`paper-${c.id}`} checked={named.includes(c.id)} onChange={() => toggle(c.id)} />
            <label htmlFor={`paper-${c.id}`}>{c.person.fullName}</label>
          </div>
        ))}
      </fieldset>
      <div aria-live="polite">
        {verdict.error !== null && <p className="error-message">{consoleErrorMessage(verdict.error, t)}</p>}
        {v &&
          (v.valid ? (
            <p className="field-ok">{t('console.ballots.paperValid', { seats: v.seatsLeft })}</p>
          ) : (
            <ul className="error-list">
              {v.violations.map((x, i) => (
                <li key={`${x.rule}:${i}`} className="error-message">
                  {t(`console.ballots.paperRules.${x.rule}`, {
                    name: x.candidacyId ? name(x.candidacyId) : '',
                    category: x.category ? category(t, x.category.kind, x.category.value) : '',
                    required: x.required ?? '',
                    named: x.named ?? '',
                  })}
                </li>
              ))}
            </ul>
          ))}
      </div>
    </details>
  );
}

/** A clean slate (as many candidates as seats left) elected without a ballot. */
function AcclamationForm({ election: e, onRecorded }: { election: Election; onRecorded: (message: Notice) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { call } = useSession();
  const [heldOn, setHeldOn] = useState('');
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (heldOn && !isDay(heldOn)) {
      setErrors([{ target: 'acclaim-heldOn', text: ({ t }) => t('console.ballots.dateInvalid') }]);
      return;
    }
    setErrors([]);
    setBusy(true);
    try {
      await call(RecordAcclamationDocument, { input: { electionId: e.id, heldOn: dayOrToday(heldOn) } });
      onRecorded({ key: 'console.ballots.acclaimed' });
    } catch (error) {
      setErrors([{ text: ({ t }) => consoleErrorMessage(error, t) }]);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby="acclaim-heading">
      <h2 id="acclaim-heading">{t('console.ballots.acclamationTitle')}</h2>
      <p>{t('console.ballots.acclamationIntro')}</p>
      <ErrorSummary title={t('console.errors.summaryTitle')} errors={errors} />
      <TextField
        id="acclaim-heldOn"
        label={t('console.ballots.heldOn')}
        hint={t('console.ballots.heldOnHint')}
        type="date"
        width="medium"
        value={heldOn}
        error={errorOf(errors, 'acclaim-heldOn', i18n)}
        onChange={setHeldOn}
      />
      <button type="submit" className="button button--secondary" disabled={busy}>
        {t('console.ballots.acclaim')}
      </button>
    </form>
  );
}
