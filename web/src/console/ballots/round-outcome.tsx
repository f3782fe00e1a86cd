import type { ConsoleBallotRoundFragment, ConsoleRequirementFragment } from '../../gql/graphql.js';
import { useI18n, type Key, type Translate } from '../../i18n/i18n.js';

// A recorded round as the ballots page and the observers' election page show it.

/** What a recorded round decided, and what the next round must respect. */
export function RoundOutcome({
  round: r,
  name,
  level = 2,
}: {
  round: ConsoleBallotRoundFragment;
  name: (id: string) => string;
  /** Its heading's level: 2 on the ballots page, 3 under a page's "Results". */
  level?: 2 | 3;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const Sub = level === 2 ? 'h3' : 'h4';
  const headingId = `round-${r.id}-heading`;
  const { t, date } = useI18n();
  const votes = [...r.votes].sort((a, b) => b.votes - a.votes);
  const status = (id: string) =>
    r.elected.includes(id)
      ? t('console.ballots.outcomeElected')
      : r.excluded.includes(id)
        ? t('console.ballots.outcomeExcluded')
        : r.dropped.includes(id)
          ? t('console.ballots.outcomeDropped')
          : r.tied.includes(id)
            ? t('console.ballots.outcomeTied')
            : '';
  const next = (r.requirementsForNextRound ?? []).filter((m) => m.applies);
  return (
    <section aria-labelledby={headingId}>
      <Heading id={headingId}>
        {r.byAcclamation
          ? t('console.ballots.acclamationOn', { date: date(r.heldOn) })
          : t('console.ballots.roundOn', { number: r.number, date: date(r.heldOn) })}
      </Heading>
      {!r.byAcclamation && (
        <dl className="summary">
          <dt>{t('console.ballots.ballotPapers')}</dt>
          <dd>{r.ballotPapers}</dd>
          <dt>{t('console.ballots.invalidBallots')}</dt>
          <dd>{r.invalidBallots}</dd>
          <dt>{t('console.ballots.abstentions')}</dt>
          <dd>{r.abstentions}</dd>
          <dt>{t('console.ballots.validBallots')}</dt>
          <dd>{r.validBallots}</dd>
          <dt>{t('console.ballots.majority')}</dt>
          <dd>{r.votesRequired}</dd>
        </dl>
      )}
      <p>{t('console.ballots.electedList', { names: r.elected.map(name).join(', ') || t('console.none') })}</p>
      {r.excluded.length > 0 && <p>{t('console.ballots.excludedList', { names: r.excluded.map(name).join(', ') })}</p>}
      {r.dropped.length > 0 && <p>{t('console.ballots.droppedList', { names: r.dropped.map(name).join(', ') })}</p>}
      {r.tied.length > 0 && (
        <p>
          {t('console.ballots.tiedList', { names: r.tied.map(name).join(', ') })}{' '}
          {r.tieReason && t(`console.ballots.tieReasons.${r.tieReason}`)}
        </p>
      )}
      {r.fewestVotesTie && (
        <p>
          {t('console.ballots.fewestTie', {
            names: r.fewestVotesTie.candidacyIds.map(name).join(', '),
            votes: r.fewestVotesTie.votes,
          })}
        </p>
      )}
      <p>{t('console.ballots.seatsLeftAfter', { seats: r.seatsLeftAfter })}</p>
      {votes.length > 0 && (
        <div className="table-wrap">
          <table className="table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">{t('console.ballots.colCandidate')}</th>
                <th scope="col" className="numeric">
                  {t('console.ballots.colVotes')}
                </th>
                <th scope="col">{t('console.ballots.colOutcome')}</th>
              </tr>
            </thead>
            <tbody>
              {votes.map((v) => (
                <tr key={v.candidacyId}>
                  <th scope="row">{name(v.candidacyId)}</th>
                  <td className="numeric">{v.votes}</td>
                  <td>{status(v.candidacyId)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {r.requirementsForNextRound && (
        <>
          <Sub>{t('console.ballots.nextRequirements')}</Sub>
          <RequirementList requirements={next} />
        </>
      )}
    </section>
  );
}

export function RequirementList({ requirements }: { requirements: readonly ConsoleRequirementFragment[] }) {
  const { t } = useI18n();
  if (requirements.length === 0) return <p>{t('console.ballots.noRequirements')}</p>;
  return (
    <ul className="plain-list">
      {requirements.map((m) => (
        <li key={`${m.kind}:${m.value}`}>
          {t('console.ballots.requirement', { category: category(t, m.kind, m.value), required: m.required })}
        </li>
      ))}
    </ul>
  );
}

export function category(t: Translate, kind: string, value: string): string {
  const label = t(`console.mvr.kinds.${kind}` as Key);
  const which =
    kind === 'GENDER'
      ? t(`console.genders.${value}` as Key)
      : kind === 'REGIONAL_GROUP'
        ? t(`console.groups.${value}` as Key)
        : value;
  // French puts a space before the colon.
  return t('console.ballots.category', { kind: label, value: which });
}
