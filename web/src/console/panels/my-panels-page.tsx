import type { ConsoleMyPanelsQuery } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';
import { FocusHeading } from '../../ui/focus-heading.js';
import { LoadFailed, Loading } from '../page-bits.js';
import { Link } from '../router.js';
import { useQuery } from '../use-query.js';
import { InterviewTable, PanelMembers, PanelRubric } from './election-panels-page.js';
import { MyPanelsDocument } from './operations.js';
import './panels.css';

type Panel = ConsoleMyPanelsQuery['myPanels'][number];

function useMyPanels() {
  const query = useQuery(MyPanelsDocument, {});
  const failed =
    query.error && !query.data ? <LoadFailed error={query.error} onRetry={() => void query.reload()} /> : null;
  return { panels: query.data?.myPanels ?? null, failed };
}

/** A panel member's panels: each with its elections, members, rubric and how much waits for them. */
export function MyPanelsPage() {
  const { t } = useI18n();
  const { panels, failed } = useMyPanels();
  if (failed) return failed;
  if (!panels) return <Loading />;
  return (
    <>
      <FocusHeading>{t('console.panels.mine.title')}</FocusHeading>
      {panels.length === 0 ? (
        <p>{t('console.panels.mine.none')}</p>
      ) : (
        <p>
          <Link href="/console/interviews">{t('console.panels.mine.toInterviews')}</Link>
        </p>
      )}
      {panels.map((p) => (
        <MyPanel key={p.id} panel={p} />
      ))}
    </>
  );
}

function MyPanel({ panel: p }: { panel: Panel }) {
  const { t } = useI18n();
  const waiting = p.interviews.filter((i) => i.waitingForMe.length > 0).length;
  return (
    <section className="panel-card" aria-labelledby={`panel-${p.id}`}>
      <h2 id={`panel-${p.id}`}>{p.name}</h2>
      <p className="caption">
        {t(`console.panels.kinds.${p.kind}`)}
        {p.myMember &&
          ` · ${t('console.panels.mine.yourRole', { role: t(`console.panels.roles.${p.myMember.role}`) })}`}
      </p>
      <p>{t('console.panels.mine.elections', { titles: p.elections.map((e) => e.title).join(' · ') })}</p>
      <p className={waiting ? 'notice notice--warning' : undefined}>
        {waiting ? t('console.panels.mine.waiting', { count: waiting }) : t('console.panels.mine.nothingWaiting')}
      </p>
      <PanelMembers panel={p} />
      <PanelRubric panel={p} />
    </section>
  );
}

/** A panel member's interviews across their panels: first what waits for them, then all, recusals said. */
export function MyInterviewsPage() {
  const { t } = useI18n();
  const { panels, failed } = useMyPanels();
  if (failed) return failed;
  if (!panels) return <Loading />;
  const all = panels
    .flatMap((p) => p.interviews.map((i) => ({ ...i, panelName: p.name })))
    .sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));
  const waiting = all.filter((i) => i.waitingForMe.length > 0);
  return (
    <>
      <FocusHeading>{t('console.panels.myInterviews.title')}</FocusHeading>
      <h2>{t('console.panels.myInterviews.waiting')}</h2>
      {waiting.length === 0 ? (
        <p>{t('console.panels.myInterviews.waitingNone')}</p>
      ) : (
        <InterviewTable entries={waiting} panelNames />
      )}
      <h2>{t('console.panels.myInterviews.all')}</h2>
      {all.length === 0 ? <p>{t('console.panels.myInterviews.none')}</p> : <InterviewTable entries={all} panelNames />}
    </>
  );
}
