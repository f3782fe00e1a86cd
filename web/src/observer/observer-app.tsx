import '../i18n/observer-catalogues.js';
import '../console/console.css';
import './observer.css';
import { useEffect } from 'react';
import type { TypedDocumentString } from '../gql/graphql.js';
import { ApiError, request } from '../graphql/client.js';
import { useOperation, type QueryState } from '../graphql/use-operation.js';
import { useI18n } from '../i18n/i18n.js';
import { FocusHeading } from '../ui/focus-heading.js';
import { CandidacyPage } from './candidacy-page.js';
import { ElectionPage } from './election-page.js';
import { ElectionsPage } from './elections-page.js';

/** The observers' pages: `/elections`, `/elections/<id>`, `/candidacies/<id>` (ordinary links, no client routing). */
export function ObserverApp({ path }: { path: string }) {
  const clean = path.replace(/\/+$/, '');
  if (clean === '/elections') return <ElectionsPage />;
  const election = idIn(/^\/elections\/([^/]+)$/, clean);
  if (election) return <ElectionPage id={election} />;
  const candidacy = idIn(/^\/candidacies\/([^/]+)$/, clean);
  if (candidacy) return <CandidacyPage id={candidacy} />;
  return <Missing />;
}

/** The id in a path, decoded; null when the path does not fit or is not well encoded (`/elections/%E0`). */
function idIn(pattern: RegExp, path: string): string | null {
  const found = pattern.exec(path);
  if (!found) return null;
  try {
    return decodeURIComponent(found[1]);
  } catch {
    return null;
  }
}

/** The browser tab's title: the page's heading, then the platform's name. */
export function usePageTitle(heading: string): void {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${heading} — ${t('common.appName')}`;
  }, [heading, t]);
}

/** One public read for the page that shows it (anonymous, by hash, answered from the server's cache). */
export function useRead<R, V>(document: TypedDocumentString<R, V>, variables: V): QueryState<R> {
  return useOperation(request, document, variables);
}

/** Loading, a failure with a retry, or a record that is not (or not yet) public. */
export function Pending({ read }: { read: QueryState<unknown> }) {
  const { t } = useI18n();
  if (!read.error) return <p role="status">{t('observer.loading')}</p>;
  if (read.error instanceof ApiError && (read.error.code === 'NOT_FOUND' || read.error.code === 'BAD_USER_INPUT'))
    return <Missing />;
  return (
    <div className="notice notice--warning" role="alert">
      <p>{t('observer.loadFailed')}</p>
      <button type="button" className="button button--secondary" onClick={() => void read.reload()}>
        {t('observer.retry')}
      </button>
    </div>
  );
}

export function Missing() {
  const { t } = useI18n();
  usePageTitle(t('common.notFound.title'));
  return (
    <>
      <FocusHeading>{t('common.notFound.title')}</FocusHeading>
      <p>{t('observer.notFound')}</p>
      <a href="/elections">{t('observer.election.back')}</a>
    </>
  );
}

/** An election's title in the reader's language: its French title where it has one. */
export function titleOf(election: { title: string; titleFr?: string | null }, language: string): string {
  return language === 'fr' ? election.titleFr?.trim() || election.title : election.title;
}
