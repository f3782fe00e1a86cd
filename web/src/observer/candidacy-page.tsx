import type { ObserverCandidacyQuery } from '../gql/graphql.js';
import { ratingLabel } from '../console/panels/labels.js';
import { useI18n } from '../i18n/i18n.js';
import { FocusHeading } from '../ui/focus-heading.js';
import { countryName, languageName } from '../i18n/names.js';
import { ObserverCandidacyDocument } from './operations.js';
import { Missing, Pending, titleOf, usePageTitle, useRead } from './observer-app.js';

type Candidacy = NonNullable<ObserverCandidacyQuery['candidacy']>;
type Response = NonNullable<Candidacy['response']>;
type Question = Candidacy['election']['questionnaires'][number]['questions'][number];
type Answer = Response['answers'][number];

/** One candidate's published record: the candidacy, the statement, the answers and the interviews. */
export function CandidacyPage({ id }: { id: string }) {
  const read = useRead(ObserverCandidacyDocument, { id });
  if (!read.data) return <Pending read={read} />;
  if (!read.data.candidacy) return <Missing />;
  return <CandidacyView candidacy={read.data.candidacy} />;
}

function CandidacyView({ candidacy: c }: { candidacy: Candidacy }) {
  const { t, language, date } = useI18n();
  const election = titleOf(c.election, language);
  const state = c.nominatingState;
  usePageTitle(c.person.fullName);
  return (
    <>
      <p>
        <a href={`/elections/${c.election.id}`}>{t('observer.candidacy.back', { election })}</a>
      </p>
      <FocusHeading>{c.person.fullName}</FocusHeading>
      <p className="caption">
        {election} · {t(`console.candidacyStatuses.${c.status}`)}
      </p>
      {c.withdrawnOn && (
        <p className="notice notice--warning">
          {c.withdrawalReason
            ? t('observer.candidacy.withdrawnReason', { date: date(c.withdrawnOn), reason: c.withdrawalReason })
            : t('observer.candidacy.withdrawn', { date: date(c.withdrawnOn) })}
        </p>
      )}
      <section aria-labelledby="facts-heading">
        <h2 id="facts-heading">{t('observer.candidacy.facts')}</h2>
        <dl className="summary">
          <dt>{t('observer.candidacy.nominatedBy')}</dt>
          <dd>{state ? countryName(state.code, language, state.name) : t('console.election.prosecutor')}</dd>
          <dt>{t('observer.candidacy.nominatedOn')}</dt>
          <dd>{date(c.nominatedOn)}</dd>
          <dt>{t('observer.candidacy.nationality')}</dt>
          <dd>{countryName(c.person.nationality, language)}</dd>
          {c.person.otherNationalities.length > 0 && (
            <>
              <dt>{t('observer.candidacy.otherNationalities')}</dt>
              <dd>{c.person.otherNationalities.map((x) => countryName(x, language)).join(', ')}</dd>
            </>
          )}
          {c.person.languages.length > 0 && (
            <>
              <dt>{t('observer.candidacy.languages')}</dt>
              <dd>{c.person.languages.map((x) => languageName(x, language)).join(', ')}</dd>
            </>
          )}
          {c.list && (
            <>
              <dt>{t('observer.candidacy.list')}</dt>
              <dd>{t(c.list === 'A' ? 'console.nominate.listA' : 'console.nominate.listB')}</dd>
            </>
          )}
          {c.nominationProcedure && (
            <>
              <dt>{t('observer.candidacy.procedure')}</dt>
              <dd>{t(`console.procedures.${c.nominationProcedure}`)}</dd>
            </>
          )}
        </dl>
      </section>
      <section aria-labelledby="biography-heading">
        <h2 id="biography-heading">{t('observer.candidacy.biography')}</h2>
        {c.person.biography ? (
          <p className="long-text">{c.person.biography}</p>
        ) : (
          <p>{t('observer.candidacy.noBiography')}</p>
        )}
      </section>
      <Answers candidacy={c} />
      <Interviews candidacy={c} />
    </>
  );
}

function Answers({ candidacy: c }: { candidacy: Candidacy }) {
  const { t, dateTime, language } = useI18n();
  const r = c.response;
  // The questions of the questionnaire answered; were it missing, the answers by their keys (never dropped).
  const questionnaire = c.election.questionnaires.find((q) => q.id === r?.questionnaireId);
  const questions: readonly Question[] =
    questionnaire?.questions ??
    (r?.answers ?? []).map((a) => ({ key: a.key, kind: 'TEXT', promptEn: a.key, promptFr: a.key, options: [] }));
  const byKey = new Map(r?.answers.map((a) => [a.key, a]) ?? []);
  return (
    <section aria-labelledby="answers-heading">
      <h2 id="answers-heading">{t('observer.candidacy.answersTitle')}</h2>
      {!r ? (
        <p>
          {c.election.questionnaires.length === 0
            ? t('observer.candidacy.noQuestionnaire')
            : t('observer.candidacy.notPublished')}
        </p>
      ) : (
        <>
          <p className="caption">
            {r.outcome === 'SUBMITTED' && r.submittedAt
              ? t(
                  r.submittedLate
                    ? 'observer.candidacy.outcomes.SUBMITTED_LATE'
                    : 'observer.candidacy.outcomes.SUBMITTED',
                  {
                    date: dateTime(r.submittedAt),
                  },
                )
              : t(`observer.candidacy.outcomes.${r.outcome}`, { date: dateTime(r.deadline) })}
          </p>
          {r.outcome === 'DECLINED' && r.declineReason && (
            <p>{t('observer.candidacy.declineReason', { reason: r.declineReason })}</p>
          )}
          {r.outcome === 'SUBMITTED' && (
            <dl className="answers">
              {questions.map((q) => (
                <div key={q.key} className="answers__row">
                  <dt>{language === 'fr' ? q.promptFr : q.promptEn}</dt>
                  <dd>
                    <AnswerText question={q} answer={byKey.get(q.key)} />
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </>
      )}
    </section>
  );
}

function AnswerText({ question: q, answer: a }: { question: Question; answer: Answer | undefined }) {
  const { t, language } = useI18n();
  if (!a) return <span className="hint-inline">{t('observer.candidacy.unanswered')}</span>;
  if (a.text != null) return <span className="long-text">{a.text}</span>;
  if (a.yes != null) return <>{a.yes ? t('observer.candidacy.yes') : t('observer.candidacy.no')}</>;
  const labels = (a.choices ?? []).map((key) => {
    const option = q.options.find((o) => o.key === key);
    return option ? (language === 'fr' ? option.labelFr : option.labelEn) : key;
  });
  return <>{labels.join(', ')}</>;
}

function Interviews({ candidacy: c }: { candidacy: Candidacy }) {
  const { t, dateTime } = useI18n();
  const shown = c.interviews.filter((i) => i.status === 'HELD');
  return (
    <section aria-labelledby="interviews-heading">
      <h2 id="interviews-heading">{t('observer.candidacy.interviewsTitle')}</h2>
      {shown.length === 0 ? (
        <p>{t('observer.candidacy.noInterviews')}</p>
      ) : (
        shown.map((i) => (
          <article key={i.id} className="record">
            <h3 className="record__title">{t('observer.candidacy.interview', { panel: i.panelName })}</h3>
            {i.heldAt && (
              <p className="caption">
                {i.durationMinutes
                  ? t('observer.candidacy.held', { date: dateTime(i.heldAt), minutes: i.durationMinutes })
                  : t('observer.candidacy.heldNoLength', { date: dateTime(i.heldAt) })}
              </p>
            )}
            {i.publicSummary && <p className="long-text">{i.publicSummary}</p>}
            {i.conclusion && (
              <p>
                <strong>{t('observer.candidacy.conclusion', { overall: ratingLabel(i.conclusion.overall, t) })}</strong>
              </p>
            )}
            {i.dissents.length > 0 && <p>{t('observer.candidacy.dissents', { count: i.dissents.length })}</p>}
          </article>
        ))
      )}
    </section>
  );
}
