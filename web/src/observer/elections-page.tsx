import { useEffect, useRef, useState } from 'react';
import type { ObserverElectionsQuery } from '../gql/graphql.js';
import { request } from '../graphql/client.js';
import { useI18n } from '../i18n/i18n.js';
import { FocusHeading } from '../ui/focus-heading.js';
import { ObserverElectionsDocument } from './operations.js';
import { Pending, titleOf, usePageTitle, useRead } from './observer-app.js';

const PAGE = 20;
type Page = ObserverElectionsQuery['elections'];

/** The published elections, newest first, twenty at a time. */
export function ElectionsPage() {
  const { t } = useI18n();
  const first = useRead(ObserverElectionsDocument, { first: PAGE });
  const [more, setMore] = useState<Page[]>([]);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  useEffect(() => setMore([]), [first.data]);
  usePageTitle(t('observer.elections.title'));
  // After "Show more", focus moves to the first election it brought (a keyboard or screen reader user
  // carries on reading there, not back at the button).
  const firstNew = useRef<string | null>(null);
  useEffect(() => {
    if (firstNew.current) document.getElementById(firstNew.current)?.focus();
    firstNew.current = null;
  }, [more]);
  if (!first.data) return <Pending read={first} />;
  const pages = [first.data.elections, ...more];
  const last = pages[pages.length - 1];
  const showMore = async () => {
    setBusy(true);
    setFailed(false);
    try {
      const next = await request(ObserverElectionsDocument, { first: PAGE, after: last.pageInfo.endCursor });
      const arrived = next.elections.edges[0]?.node.id;
      firstNew.current = arrived ? `election-${arrived}` : null;
      setMore((m) => [...m, next.elections]);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  const elections = pages.flatMap((p) => p.edges.map((e) => e.node));
  return (
    <>
      <FocusHeading>{t('observer.elections.title')}</FocusHeading>
      <p className="lead">{t('observer.elections.intro')}</p>
      <p role="status">{t('observer.elections.count', { count: first.data.elections.totalCount })}</p>
      {elections.length === 0 ? (
        <p>{t('observer.elections.empty')}</p>
      ) : (
        <ul className="record-list">
          {elections.map((e) => (
            <ElectionItem key={e.id} election={e} />
          ))}
        </ul>
      )}
      {failed && (
        <p className="notice notice--warning" role="alert">
          {t('observer.loadFailed')}
        </p>
      )}
      {last.pageInfo.hasNextPage && (
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => void showMore()}>
          {t('observer.elections.more')}
        </button>
      )}
      <p className="hint">
        <a href="/explorer">{t('observer.elections.explorer')}</a>
      </p>
    </>
  );
}

function ElectionItem({ election: e }: { election: Page['edges'][number]['node'] }) {
  const { t, language, date } = useI18n();
  return (
    <li className="record">
      <h2 className="record__title">
        <a id={`election-${e.id}`} href={`/elections/${e.id}`}>
          {titleOf(e, language)}
        </a>
      </h2>
      <p className="record__facts">
        <span className={`tag tag--${e.status.toLowerCase()}`}>{t(`console.statuses.${e.status}`)}</span>
        {e.isCleanSlate && <span className="tag tag--flag">{t('observer.elections.cleanSlate')}</span>}
        <span>{t(`console.types.${e.type}`)}</span>
        <span>{t('observer.elections.seats', { seats: e.seats })}</span>
        <span>{t('observer.elections.candidates', { count: e.standing.totalCount })}</span>
        {e.withdrawn.totalCount > 0 && (
          <span>{t('observer.elections.withdrawn', { count: e.withdrawn.totalCount })}</span>
        )}
      </p>
      <p className="hint">
        {t('observer.elections.nominations', {
          opens: date(e.nominationOpensOn),
          closes: date(e.nominationClosesOn),
        })}
      </p>
    </li>
  );
}
