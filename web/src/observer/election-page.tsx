import type { ObserverElectionQuery } from '../gql/graphql.js';
import { ExtensionList } from '../console/elections/extension-list.js';
import { useI18n } from '../i18n/i18n.js';
import { FocusHeading } from '../ui/focus-heading.js';
import { RoundOutcome } from '../console/ballots/round-outcome.js';
import { DiscussionFacts, LinkRow } from '../console/discussions/discussion-facts.js';
import { answerKey, whenText } from '../console/discussions/labels.js';
import { flagText } from '../console/flag-labels.js';
import { countryName } from '../i18n/names.js';
import { ObserverElectionDocument } from './operations.js';
import { Missing, Pending, titleOf, usePageTitle, useRead } from './observer-app.js';

type Election = NonNullable<ObserverElectionQuery['election']>;

/** One election: its facts, its flags (a clean slate leaves no choice) and its candidates. */
export function ElectionPage({ id }: { id: string }) {
  const read = useRead(ObserverElectionDocument, { id });
  if (!read.data) return <Pending read={read} />;
  if (!read.data.election) return <Missing />;
  return <ElectionView election={read.data.election} />;
}

function ElectionView({ election: e }: { election: Election }) {
  const { t, language, date } = useI18n();
  const candidacies = e.candidacies.edges.map((x) => x.node);
  // The questionnaire column only where one was sent.
  const asked = e.questionnaires.length > 0;
  const names = new Map(candidacies.map((c) => [c.id, c.person.fullName]));
  const name = (id: string) => names.get(id) ?? '—';
  usePageTitle(titleOf(e, language));
  return (
    <>
      <p>
        <a href="/elections">{t('observer.election.back')}</a>
      </p>
      <FocusHeading>{titleOf(e, language)}</FocusHeading>
      <section aria-labelledby="facts-heading">
        <h2 id="facts-heading" className="visually-hidden">
          {t('observer.election.facts')}
        </h2>
        <dl className="summary">
          <dt>{t('observer.election.type')}</dt>
          <dd>{t(`console.types.${e.type}`)}</dd>
          <dt>{t('observer.election.status')}</dt>
          <dd>{t(`console.statuses.${e.status}`)}</dd>
          <dt>{t('observer.election.seats')}</dt>
          <dd>{e.seats}</dd>
          <dt>{t('observer.election.session')}</dt>
          <dd>{e.aspSession}</dd>
          <dt>{t('observer.election.nominations')}</dt>
          <dd>
            {t('observer.election.nominationsValue', {
              opens: date(e.nominationOpensOn),
              closes: date(e.nominationClosesOn),
            })}
          </dd>
          {e.votingStartsOn && (
            <>
              <dt>{t('observer.election.voting')}</dt>
              <dd>{date(e.votingStartsOn)}</dd>
            </>
          )}
        </dl>
      </section>
      {e.nominationExtensions.length > 0 && (
        <section aria-labelledby="extensions-heading">
          <h2 id="extensions-heading">{t('console.election.extensions')}</h2>
          <ExtensionList extensions={e.nominationExtensions} />
        </section>
      )}
      <section aria-labelledby="flags-heading">
        <h2 id="flags-heading">{t('observer.election.flagsTitle')}</h2>
        <p className="hint">{t('observer.election.flagsIntro')}</p>
        {e.slateFlags.length === 0 ? (
          <p>{t('observer.election.noFlags')}</p>
        ) : (
          <ul className="flag-list">
            {e.slateFlags.map((f) => (
              <li key={`${f.kind}:${f.scope}:${f.scopeValue ?? ''}`}>{flagText(f, t)}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="candidates-heading">
        <h2 id="candidates-heading">{t('observer.election.candidatesTitle')}</h2>
        {e.candidacies.totalCount > candidacies.length && (
          <p className="notice">
            {t('observer.election.more', { shown: candidacies.length, total: e.candidacies.totalCount })}
          </p>
        )}
        {e.type === 'JUDGES' && candidacies.length > 0 && <p className="hint">{t('observer.election.listsHint')}</p>}
        {candidacies.length === 0 ? (
          <p>{t('observer.election.noCandidates')}</p>
        ) : (
          <div className="table-wrap">
            {/* On a phone each candidate is a block of labelled lines (the roles keep it a table). */}
            <table className="table table--stack" role="table" aria-labelledby="candidates-heading">
              <thead role="rowgroup">
                <tr role="row">
                  <th role="columnheader" scope="col">
                    {t('observer.election.colName')}
                  </th>
                  <th role="columnheader" scope="col">
                    {t('observer.election.colState')}
                  </th>
                  <th role="columnheader" scope="col">
                    {t('observer.election.colGroup')}
                  </th>
                  <th role="columnheader" scope="col">
                    {t('observer.election.colGender')}
                  </th>
                  {e.type === 'JUDGES' && (
                    <th role="columnheader" scope="col">
                      {t('observer.election.colList')}
                    </th>
                  )}
                  <th role="columnheader" scope="col">
                    {t('observer.election.colStatus')}
                  </th>
                  {asked && (
                    <th role="columnheader" scope="col">
                      {t('observer.election.colAnswers')}
                    </th>
                  )}
                </tr>
              </thead>
              <tbody role="rowgroup">
                {candidacies.map((c) => (
                  <tr key={c.id} role="row">
                    <th role="rowheader" scope="row">
                      <a href={`/candidacies/${c.id}`}>{c.person.fullName}</a>
                    </th>
                    <td role="cell" data-label={t('observer.election.colState')}>
                      {c.nominatingState
                        ? countryName(c.nominatingState.code, language, c.nominatingState.name)
                        : t('console.election.prosecutor')}
                    </td>
                    <td role="cell" data-label={t('observer.election.colGroup')}>
                      {c.regionalGroup ? t(`console.groups.${c.regionalGroup}`) : '—'}
                    </td>
                    <td role="cell" data-label={t('observer.election.colGender')}>
                      {t(`console.genders.${c.person.gender}`)}
                    </td>
                    {e.type === 'JUDGES' && (
                      <td role="cell" data-label={t('observer.election.colList')}>
                        {c.list ?? '—'}
                      </td>
                    )}
                    <td role="cell" data-label={t('observer.election.colStatus')}>
                      {t(`console.candidacyStatuses.${c.status}`)}
                    </td>
                    {asked && (
                      <td role="cell" data-label={t('observer.election.colAnswers')}>
                        {c.response
                          ? t(`observer.outcomes.${c.response.outcome}`)
                          : t('observer.election.notPublished')}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="discussions-heading">
        <h2 id="discussions-heading">{t('observer.election.discussionsTitle')}</h2>
        {e.discussions.length === 0 ? (
          <p>{t('observer.election.noDiscussions')}</p>
        ) : (
          e.discussions.map((d) => <DiscussionItem key={d.id} discussion={d} />)
        )}
      </section>
      <section aria-labelledby="results-heading">
        <h2 id="results-heading">{t('observer.election.resultsTitle')}</h2>
        {e.ballotRounds.length === 0 ? (
          <p>{t('observer.election.noRounds')}</p>
        ) : (
          [...e.ballotRounds].reverse().map((r) => <RoundOutcome key={r.id} round={r} name={name} level={3} />)
        )}
      </section>
    </>
  );
}

/** A published panel discussion: when and where (as the clocks show it there), who was invited and answered how. */
function DiscussionItem({ discussion: d }: { discussion: Election['discussions'][number] }) {
  const { t, language } = useI18n();
  const headingId = `discussion-${d.id}-heading`;
  return (
    <article className="record" aria-labelledby={headingId}>
      <h3 id={headingId} className="record__title">
        {d.title}
      </h3>
      <p className="record__facts">
        <span className="tag">{t(`console.discussions.statuses.${d.status}`)}</span>
        <span>{whenText(d, language, t)}</span>
      </p>
      {d.status === 'CANCELLED' && d.cancellationReason && (
        <p>{t('console.discussions.cancelledBecause', { reason: d.cancellationReason })}</p>
      )}
      <dl className="summary">
        <DiscussionFacts discussion={d} />
        <LinkRow term={t('console.discussions.recordingUrl')} url={d.recordingUrl} />
        <LinkRow term={t('console.discussions.transcriptUrl')} url={d.transcriptUrl} />
        {d.invitations.length > 0 && (
          <>
            <dt>{t('console.discussions.invitees')}</dt>
            <dd>
              <ul className="plain-list">
                {d.invitations.map((i) => (
                  <li key={i.id}>
                    {t('observer.election.invitee', {
                      name: i.candidacy.person.fullName,
                      answer: t(answerKey(i.answer)),
                    })}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
    </article>
  );
}
