import 'graphiql/setup-workers/vite';
// GraphiQL's styles piece by piece, not 'graphiql/style.css': that bundle inlines its fonts (Roboto,
// Fira Code, and a second copy of Monaco's icon font) as data: URIs, which the page's CSP refuses
// (font-src 'self'). Monaco's own stylesheet comes with the editor, its icon font as a file.
// GraphiQL's text then uses the system fonts (explorer.css), like the rest of the client.
import '@graphiql/react/style.css';
import '@graphiql/plugin-doc-explorer/style.css';
import '@graphiql/plugin-history/style.css';
import 'graphiql/graphiql.css';
import './explorer.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '../i18n/i18n.js';
import { ExplorerPage } from './explorer-page.js';

const root = document.getElementById('explorer');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nProvider>
        <ExplorerPage />
      </I18nProvider>
    </StrictMode>,
  );
}
