import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { HomePage, NotFoundPage } from './home/home-page.js';
import { I18nProvider } from './i18n/i18n.js';
import { Layout } from './ui/layout.js';
import './ui/styles.css';

// Each area is its own chunk: a nominee downloads only the nominee's page.
const NomineePage = lazy(() => import('./nominee/nominee-page.js').then((m) => ({ default: m.NomineePage })));
const ConsoleApp = lazy(() => import('./console/console-app.js').then((m) => ({ default: m.ConsoleApp })));
const ObserverApp = lazy(() => import('./observer/observer-app.js').then((m) => ({ default: m.ObserverApp })));

// The observers' pages: the elections, one election, one candidacy (the server serves the app there).
const OBSERVER = /^\/(elections|candidacies)(\/|$)/;

function Route({ path }: { path: string }) {
  if (path === '/' || path === '') return <HomePage />;
  if (path === '/invitation' || path === '/invitation/') return <NomineePage />;
  if (path === '/console' || path.startsWith('/console/')) return <ConsoleApp />;
  if (OBSERVER.test(path)) return <ObserverApp path={path} />;
  return <NotFoundPage />;
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nProvider>
        <Layout>
          <Suspense fallback={null}>
            <Route path={window.location.pathname} />
          </Suspense>
        </Layout>
      </I18nProvider>
    </StrictMode>,
  );
}
