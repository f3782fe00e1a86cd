import type { ConsoleElectionDiscussionsQuery } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';
import { FocusHeading } from '../../ui/focus-heading.js';
import { Flash, LoadFailed, Loading, NOT_FOUND } from '../page-bits.js';
import { Link } from '../router.js';
import { useSession } from '../session-context.js';
import { useQuery } from '../use-query.js';
import { answerCounts, statusKey, whenText } from './labels.js';
import { ElectionDiscussionsDocument } from './operations.js';

export type DiscussionsElection = NonNullable<ConsoleElectionDiscussionsQuery['election']>;

/** The election, its discussions and its candidacies: what every discussion screen reads. */
export function useElectionDiscussions(electionId: string) {
  return useQuery(ElectionDiscussionsDocument, { id: electionId });
}

/** The public panel discussions of one election: when, where they stand, and the nominees' answers. */
export function DiscussionsPage({ electionId }: { electionId: string }) {
  const query = useElectionDiscussions(electionId);
  if (query.error && !query.data) return <LoadFailed error={query.error} onRetry={() => void query.reload()} />;
  if (!query.data) return <Loading />;
  if (!query.data.election) return <LoadFailed error={NOT_FOUND} />;
  return <DiscussionsList election={query.data.election} />;
}

function DiscussionsList({ election: e }: { election: DiscussionsElection }) {
  const { t, language } = useI18n();
  const { can } = useSession();
  return (
    <>
      <Flash />
      <p>
        <Link href={`/console/elections/${e.id}`}>{t('console.discussions.backToElection', { title: e.title })}</Link>
      </p>
      <FocusHeading>{t('console.discussions.title', { title: e.title })}</FocusHeading>
      <p>{t('console.discussions.intro')}</p>
      {can('Mutation.createDiscussion') && e.status !== 'CONCLUDED' && (
        <p>
          <Link href={`/console/elections/${e.id}/discussions/new`} className="button">
            {t('console.discussions.create')}
          </Link>
        </p>
      )}
      {e.discussions.length === 0 ? (
        <p>{t('console.discussions.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('console.discussions.listCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('console.discussions.colTitle')}</th>
                <th scope="col">{t('console.discussions.colWhen')}</th>
                <th scope="col">{t('console.discussions.colStatus')}</th>
                <th scope="col">{t('console.discussions.colAnswers')}</th>
              </tr>
            </thead>
            <tbody>
              {e.discussions.map((d) => {
                const counts = answerCounts(d);
                return (
                  <tr key={d.id}>
                    <th scope="row">
                      <Link href={`/console/elections/${e.id}/discussions/${d.id}`}>{d.title}</Link>
                    </th>
                    <td>{whenText(d, language, t)}</td>
                    <td>
                      {t(statusKey(d.status))}
                      <span className="hint">
                        {d.publishedAt ? t('console.discussions.published') : t('console.discussions.notPublished')}
                      </span>
                    </td>
                    <td>{t('console.discussions.answerCounts', counts)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
