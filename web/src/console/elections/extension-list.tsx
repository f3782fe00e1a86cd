import type { NominationExtensionFragment } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';

/**
 * The extensions of a nomination period, in order, each with its dates and reason: on the console's
 * election page and the observers' one.
 */
export function ExtensionList({ extensions }: { extensions: readonly NominationExtensionFragment[] }) {
  const { t, date } = useI18n();
  return (
    <ol className="plain-list">
      {extensions.map((x) => (
        <li key={x.sequence}>
          {t('console.election.extensionRow', {
            sequence: x.sequence,
            previous: date(x.previousClosesOn),
            closes: date(x.closesOn),
            decided: date(x.decidedOn),
          })}
          {x.exceptional && ` — ${t('console.election.exceptional', { reference: x.decisionReference ?? '' })}`}
          <span className="reason">{x.reason}</span>
        </li>
      ))}
    </ol>
  );
}
