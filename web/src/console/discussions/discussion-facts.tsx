import type { ReactNode } from 'react';
import type { Language } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';
import './discussions.css';

export interface DiscussionPlace {
  readonly place: string | null;
  readonly onlineUrl: string | null;
  readonly languages: readonly Language[];
  readonly moderators: readonly string[];
}

/**
 * Where and how a discussion is held, as rows of a summary list (`dl.summary`): the console's page
 * and the observers' election page show the same rows.
 */
export function DiscussionFacts({ discussion: d }: { discussion: DiscussionPlace }) {
  const { t } = useI18n();
  return (
    <>
      {d.place && (
        <>
          <dt>{t('console.discussions.place')}</dt>
          <dd>{d.place}</dd>
        </>
      )}
      <LinkRow term={t('console.discussions.onlineUrl')} url={d.onlineUrl} />
      <dt>{t('console.discussions.languages')}</dt>
      <dd>{d.languages.map((l) => t(`console.discussions.language.${l}`)).join(', ')}</dd>
      <dt>{t('console.discussions.moderators')}</dt>
      <dd>{d.moderators.length ? d.moderators.join(', ') : t('console.none')}</dd>
    </>
  );
}

/**
 * A link of a discussion's record as a summary row (an online room, a recording, a transcript): the
 * address itself, wrapped where long; without one, `missing` if given, else no row.
 */
export function LinkRow({ term, url, missing }: { term: string; url: string | null; missing?: ReactNode }) {
  if (!url && missing === undefined) return null;
  return (
    <>
      <dt>{term}</dt>
      <dd className="break">
        {url ? (
          <a href={url} rel="noopener noreferrer">
            {url}
          </a>
        ) : (
          missing
        )}
      </dd>
    </>
  );
}
