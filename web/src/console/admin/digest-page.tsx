import { useState } from 'react';
import type { AdminAuditDigestQuery, AdminVerifyAuditChainQuery } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';
import { FocusHeading } from '../../ui/focus-heading.js';
import { LoadFailed, Loading } from '../page-bits.js';
import { useSession } from '../session-context.js';
import { useQuery } from '../use-query.js';
import { AdminTabs, adminErrorMessage } from './admin-bits.js';
import { AuditDigestDocument, VerifyAuditChainDocument } from './operations.js';

type Digest = AdminAuditDigestQuery['auditDigestHistory']['edges'][number]['node'];
type Verdict = AdminVerifyAuditChainQuery['verifyAuditChain'];
const PAGE = 20;

/** The audit chain's head and published digests (public), and a verification of the whole chain. */
export function DigestPage() {
  const { t, dateTime } = useI18n();
  const { can, call } = useSession();
  const query = useQuery(AuditDigestDocument, { first: PAGE });
  const [older, setOlder] = useState<{ rows: Digest[]; cursor: string | null; hasNext: boolean } | null>(null);
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [verifyError, setVerifyError] = useState<unknown>(null);
  const [verifying, setVerifying] = useState(false);

  const verify = async () => {
    setVerifying(true);
    setVerdict(null);
    setVerifyError(null);
    try {
      setVerdict((await call(VerifyAuditChainDocument, {})).verifyAuditChain);
      setOlder(null);
      await query.reload();
    } catch (error) {
      setVerifyError(error);
    } finally {
      setVerifying(false);
    }
  };

  const data = query.data;
  const history = data?.auditDigestHistory;
  const rows = [...(history?.edges.map((e) => e.node) ?? []), ...(older?.rows ?? [])];
  const hasNext = older ? older.hasNext : (history?.pageInfo.hasNextPage ?? false);
  const cursor = older ? older.cursor : (history?.pageInfo.endCursor ?? null);
  const showMore = async () => {
    const page = await call(AuditDigestDocument, { first: PAGE, after: cursor });
    setOlder({
      rows: [...(older?.rows ?? []), ...page.auditDigestHistory.edges.map((e) => e.node)],
      cursor: page.auditDigestHistory.pageInfo.endCursor ?? null,
      hasNext: page.auditDigestHistory.pageInfo.hasNextPage,
    });
  };

  return (
    <>
      <FocusHeading>{t('console.admin.digest.title')}</FocusHeading>
      <AdminTabs />
      <p>{t('console.admin.digest.intro')}</p>
      {query.error && !data ? (
        <LoadFailed error={query.error} onRetry={() => void query.reload()} />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          <h2>{t('console.admin.digest.current')}</h2>
          <dl className="summary">
            <dt>{t('console.admin.digest.count')}</dt>
            <dd>{data.auditDigest.count}</dd>
            <dt>{t('console.admin.digest.headSeq')}</dt>
            <dd>{data.auditDigest.headSeq ?? t('console.admin.digest.emptyHead')}</dd>
            <dt>{t('console.admin.digest.headHash')}</dt>
            <dd className="hash">{data.auditDigest.headHash}</dd>
          </dl>

          {can('Query.verifyAuditChain') && (
            <section aria-labelledby="verify-heading" className="verdict">
              <h2 id="verify-heading" className="visually-hidden">
                {t('console.admin.digest.verify')}
              </h2>
              <p className="hint">{t('console.admin.digest.verifyHint')}</p>
              <div className="button-group">
                <button type="button" className="button" disabled={verifying} onClick={() => void verify()}>
                  {verifying ? t('console.admin.digest.verifying') : t('console.admin.digest.verify')}
                </button>
              </div>
              <div aria-live="polite">
                {verdict && <VerdictView verdict={verdict} />}
                {verifyError !== null && (
                  <div className="notice notice--warning" role="alert">
                    <p>{adminErrorMessage(verifyError, t)}</p>
                  </div>
                )}
              </div>
            </section>
          )}

          <h2 id="history-heading">{t('console.admin.digest.history')}</h2>
          <p>{t('console.admin.digest.historyIntro')}</p>
          {rows.length === 0 ? (
            <p>{t('console.admin.digest.historyEmpty')}</p>
          ) : (
            <div className="table-wrap">
              <table className="table table--stack audit-changes">
                <caption className="visually-hidden">{t('console.admin.digest.historyCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col" className="numeric">
                      {t('console.admin.digest.colCount')}
                    </th>
                    <th scope="col">{t('console.admin.digest.colHash')}</th>
                    <th scope="col">{t('console.admin.digest.colPublished')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((d) => (
                    <tr key={d.count}>
                      <th scope="row" className="numeric" data-label={t('console.admin.digest.colCount')}>
                        {d.count}
                      </th>
                      <td className="hash" data-label={t('console.admin.digest.colHash')}>
                        {d.headHash}
                      </td>
                      <td data-label={t('console.admin.digest.colPublished')}>{dateTime(d.publishedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {hasNext && (
            <button type="button" className="button button--secondary" onClick={() => void showMore()}>
              {t('console.admin.digest.more')}
            </button>
          )}
        </>
      )}
    </>
  );
}

function VerdictView({ verdict }: { verdict: Verdict }) {
  const { t, dateTime } = useI18n();
  const at = dateTime(verdict.verifiedAt);
  if (verdict.intact) {
    return (
      <div className="notice notice--success" role="status">
        <p>
          {verdict.publishedDigests > 0
            ? t('console.admin.digest.intact', { count: verdict.count, digests: verdict.publishedDigests, at })
            : t('console.admin.digest.intactNoDigest', { count: verdict.count, at })}
        </p>
      </div>
    );
  }
  return (
    <div className="notice notice--warning" role="alert">
      <p>
        <strong>
          {verdict.failedAtSeq
            ? t('console.admin.digest.broken', { seq: verdict.failedAtSeq, at })
            : t('console.admin.digest.brokenNoSeq', { at })}
        </strong>
      </p>
      {verdict.failure && <p>{t(`console.admin.digest.failures.${verdict.failure}`, { count: verdict.count })}</p>}
      <p>{t('console.admin.digest.tellSomeone')}</p>
    </div>
  );
}
