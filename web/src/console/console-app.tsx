import '../i18n/console-catalogues.js';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { request } from '../graphql/client.js';
import { useI18n } from '../i18n/i18n.js';
import { AuditLogPage } from './admin/audit-log-page.js';
import { DigestPage } from './admin/digest-page.js';
import { StaffPage } from './admin/staff-page.js';
import { AdvocacyPage } from './advocacy/advocacy-page.js';
import { BallotPage } from './ballots/ballot-page.js';
import { DiscussionForm } from './discussions/discussion-form.js';
import { DiscussionPage } from './discussions/discussion-page.js';
import { DiscussionsPage } from './discussions/discussions-page.js';
import { RecordForm } from './discussions/record-form.js';
import { ElectionForm } from './elections/election-form.js';
import { ElectionList } from './elections/election-list.js';
import { ElectionPage } from './elections/election-page.js';
import { ExtendForm } from './elections/extend-form.js';
import { StatusForm } from './elections/status-form.js';
import { isUnauthenticated } from './errors.js';
import { ImportPage } from './nominations/import-page.js';
import { NominateForm } from './nominations/nominate-form.js';
import { PersonForm } from './nominations/person-form.js';
import { VoidForm } from './nominations/void-form.js';
import { WithdrawForm } from './nominations/withdraw-form.js';
import { MeDocument } from './operations.js';
import { IssueForm } from './questionnaires/issue-form.js';
import { TrackingPage } from './questionnaires/tracking-page.js';
import { NotAllowed } from './page-bits.js';
import { ElectionPanelsPage } from './panels/election-panels-page.js';
import { InterviewPage } from './panels/interview-page.js';
import { MyInterviewsPage, MyPanelsPage } from './panels/my-panels-page.js';
import { Link, match, navigate, useLocation } from './router.js';
import { SessionProvider, useSession } from './session-context.js';
import { isExpired, readSession, saveSession, type Session } from './session.js';
import { SignIn, type SignInReason } from './sign-in.js';
import './console.css';

function initial(): { session: Session | null; reason: SignInReason } {
  const stored = readSession();
  if (stored && isExpired(stored)) {
    saveSession(null);
    return { session: null, reason: 'expired' };
  }
  return { session: stored, reason: null };
}

/**
 * The staff console: sign-in, then the screens the signed-in role may use. The session lives in this
 * tab (sessionStorage) and ends when its token expires or the API refuses it (account disabled).
 */
export function ConsoleApp() {
  const { t } = useI18n();
  const [{ session, reason }, setState] = useState(initial);

  useEffect(() => {
    document.title = `${t('console.pageTitle')} — ${t('common.appName')}`;
  }, [t]);

  const end = useCallback((why: SignInReason) => {
    saveSession(null);
    setState({ session: null, reason: why });
  }, []);
  const sessionEnded = useCallback(() => end('ended'), [end]);

  // Ends the session when its token expires, even on a screen left open.
  useEffect(() => {
    if (!session) return;
    const left = new Date(session.expiresAt).getTime() - Date.now();
    const timer = window.setTimeout(() => end('expired'), Math.max(0, Math.min(left, 2 ** 31 - 1)));
    return () => window.clearTimeout(timer);
  }, [session, end]);

  // After a reload, asks who is signed in: the role may have changed, the account been disabled.
  const token = session?.token;
  useEffect(() => {
    if (!token) return;
    let live = true;
    request(MeDocument, {}, { token })
      .then(({ me }) => {
        if (!live) return;
        setState((s) => {
          if (!s.session || s.session.token !== token) return s;
          const next = { ...s.session, user: me };
          saveSession(next);
          return { session: next, reason: null };
        });
      })
      .catch((error: unknown) => {
        if (live && isUnauthenticated(error)) end('ended');
      });
    return () => {
      live = false;
    };
  }, [token, end]);

  if (!session) {
    return (
      <SignIn
        reason={reason}
        onSignedIn={(next) => {
          saveSession(next);
          setState({ session: next, reason: null });
        }}
      />
    );
  }
  return (
    <SessionProvider session={session} onSessionEnded={sessionEnded}>
      <Shell onSignOut={() => end('signedOut')} />
    </SessionProvider>
  );
}

function Shell({ onSignOut }: { onSignOut: () => void }) {
  const { t } = useI18n();
  const { session, can } = useSession();
  const { path } = useLocation();
  const user = session.user;
  const here = (href: string) => (path === href ? 'page' : undefined);
  return (
    <>
      <nav className="console-nav" aria-label={t('console.shell.nav')}>
        <ul className="console-nav__links">
          {can('Query.elections') && (
            <li>
              <Link href="/console/elections" aria-current={here('/console/elections')}>
                {t('console.shell.elections')}
              </Link>
            </li>
          )}
          {can('Mutation.createElection') && (
            <li>
              <Link href="/console/elections/new" aria-current={here('/console/elections/new')}>
                {t('console.shell.newElection')}
              </Link>
            </li>
          )}
          {can('Query.myPanels') && (
            <li>
              <Link href="/console/panels" aria-current={here('/console/panels')}>
                {t('console.panels.mine.title')}
              </Link>
            </li>
          )}
          {can('Query.myPanels') && (
            <li>
              <Link href="/console/interviews" aria-current={here('/console/interviews')}>
                {t('console.panels.myInterviews.title')}
              </Link>
            </li>
          )}
          {can('Query.staffUsers') && (
            <li>
              <Link href="/console/admin" aria-current={path.startsWith('/console/admin') ? 'page' : undefined}>
                {t('console.admin.nav')}
              </Link>
            </li>
          )}
        </ul>
        <div className="console-nav__user">
          <span>
            {t('console.shell.signedInAs', { name: user.displayName, role: t(`console.roles.${user.role}`) })}
          </span>
          <button type="button" className="button button--secondary button--small" onClick={onSignOut}>
            {t('console.shell.signOut')}
          </button>
        </div>
      </nav>
      <Screen path={path} />
    </>
  );
}

/** The screen for an address; one the role may not use says so rather than offering it. */
function Screen({ path }: { path: string }) {
  const { can } = useSession();
  const allowed = (operation: string, screen: ReactNode) => (can(operation) ? screen : <NotAllowed />);
  let params: Record<string, string> | null;
  if (path === '/console' || path === '/console/elections') return <ElectionList />;
  if (path === '/console/admin') return allowed('Query.staffUsers', <StaffPage />);
  if (path === '/console/admin/audit') return allowed('Query.auditLog', <AuditLogPage />);
  if (path === '/console/admin/digest') return allowed('Query.staffUsers', <DigestPage />);
  if (path === '/console/elections/new') return allowed('Mutation.createElection', <ElectionForm />);
  if ((params = match('/console/elections/:id', path))) return <ElectionPage key={params.id} id={params.id} />;
  if ((params = match('/console/elections/:id/edit', path)))
    return allowed('Mutation.updateElection', <ElectionForm key={params.id} id={params.id} />);
  if ((params = match('/console/elections/:id/status', path)))
    return allowed('Mutation.updateElection', <StatusForm id={params.id} />);
  if ((params = match('/console/elections/:id/extend', path)))
    return allowed('Mutation.extendNominationPeriod', <ExtendForm id={params.id} />);
  if ((params = match('/console/elections/:id/nominate', path)))
    return allowed('Mutation.nominateCandidate', <NominateForm electionId={params.id} />);
  if ((params = match('/console/elections/:id/import', path)))
    return allowed('Mutation.importNominations', <ImportPage key={params.id} electionId={params.id} />);
  if ((params = match('/console/elections/:id/people/:personId/edit', path)))
    return allowed(
      'Mutation.updatePerson',
      <PersonForm key={params.personId} id={params.personId} electionId={params.id} />,
    );
  if ((params = match('/console/elections/:id/questionnaires/new', path)))
    return allowed('Mutation.issueQuestionnaire', <IssueForm key={params.id} electionId={params.id} />);
  if ((params = match('/console/elections/:id/questionnaires/:questionnaireId', path)))
    return allowed(
      'Query.questionnaire',
      <TrackingPage key={params.questionnaireId} electionId={params.id} id={params.questionnaireId} />,
    );
  if ((params = match('/console/elections/:id/ballots', path)))
    return allowed('Mutation.recordBallotRound', <BallotPage key={params.id} id={params.id} />);
  if ((params = match('/console/elections/:id/discussions', path)))
    return <DiscussionsPage key={params.id} electionId={params.id} />;
  if ((params = match('/console/elections/:id/discussions/new', path)))
    return allowed('Mutation.createDiscussion', <DiscussionForm key={params.id} electionId={params.id} />);
  if ((params = match('/console/elections/:id/discussions/:discussionId', path)))
    return <DiscussionPage key={params.discussionId} electionId={params.id} id={params.discussionId} />;
  if ((params = match('/console/elections/:id/discussions/:discussionId/edit', path)))
    return allowed(
      'Mutation.updateDiscussion',
      <DiscussionForm key={params.discussionId} electionId={params.id} id={params.discussionId} />,
    );
  if ((params = match('/console/elections/:id/discussions/:discussionId/record', path)))
    return allowed(
      'Mutation.recordDiscussion',
      <RecordForm key={params.discussionId} electionId={params.id} id={params.discussionId} />,
    );
  if ((params = match('/console/elections/:id/advocacy', path)))
    return allowed('Query.outreachRecords', <AdvocacyPage key={params.id} electionId={params.id} />);
  if ((params = match('/console/elections/:id/panels', path)))
    return allowed('Query.panels', <ElectionPanelsPage key={params.id} electionId={params.id} />);
  if (path === '/console/panels') return allowed('Query.myPanels', <MyPanelsPage />);
  if (path === '/console/interviews') return allowed('Query.myPanels', <MyInterviewsPage />);
  if ((params = match('/console/interviews/:id', path)))
    return allowed('Query.panelInterview', <InterviewPage key={params.id} id={params.id} />);
  if ((params = match('/console/candidacies/:id/withdraw', path)))
    return allowed('Mutation.withdrawCandidacy', <WithdrawForm id={params.id} />);
  if ((params = match('/console/candidacies/:id/void', path)))
    return allowed('Mutation.voidCandidacy', <VoidForm key={params.id} id={params.id} />);
  return <NotInConsole />;
}

function NotInConsole() {
  const { t } = useI18n();
  useEffect(() => navigate('/console/elections', { replace: true }), []);
  return <p className="status">{t('console.loading')}</p>;
}
