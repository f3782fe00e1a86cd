import { useGraphiQL, useGraphiQLActions } from '@graphiql/react';
import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useI18n, type Translate } from '../i18n/i18n.js';
import { LanguageSwitch } from '../ui/language-switch.js';
import { GRAPHQL_URL, GRAPHQL_WS_URL, useExampleDefaults } from './example-defaults.js';
import {
  EXAMPLES,
  exampleText,
  exampleVariables,
  hasDefaults,
  type Example,
  type ExampleDefaults,
  type ExampleKey,
} from './examples.js';
import { operationNameFor } from './operation-name.js';

// GraphiQL from npm, built with the client and served from this origin: it works offline.
// Queries go over HTTP, subscriptions over a WebSocket to the same /graphql.
const send = createGraphiQLFetcher({
  url: GRAPHQL_URL,
  subscriptionUrl: GRAPHQL_WS_URL,
  enableIncrementalDelivery: false,
});
const fetcher: Fetcher = (params, opts) =>
  send({ ...params, operationName: operationNameFor(params.query, params.operationName) }, opts);

interface Tab {
  readonly query: string;
  readonly variables: string;
}

/** An example as an editor tab, its comment lines in the reader's language. */
function tabFor(example: Example, defaults: ExampleDefaults, t: Translate): Tab {
  const comments = [t(`explorer.examples.${example.key}.title`), t(`explorer.examples.${example.key}.help`)];
  if (example.needs.length > 0)
    comments.push(t(hasDefaults(example, defaults) ? 'explorer.variablesNote' : 'explorer.noRecordNote'));
  return { query: exampleText(example, comments), variables: exampleVariables(example, defaults) };
}

type OpenTab = (tab: Tab) => void;

/** The editors' font: the system's monospace (GraphiQL asks for Fira Code, which is not loaded). */
const MONO_FONT = "ui-monospace, 'Cascadia Mono', 'Segoe UI Mono', 'DejaVu Sans Mono', Menlo, Consolas, monospace";

/**
 * Rendered inside GraphiQL (as its child) to reach its editors: sets their font, and hands the
 * page a function that opens a tab with a given query and variables.
 */
function EditorBridge({ register }: { register: (open: OpenTab | null) => void }) {
  const actions = useGraphiQLActions();
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const variableEditor = useGraphiQL((state) => state.variableEditor);
  const responseEditor = useGraphiQL((state) => state.responseEditor);
  useEffect(() => {
    for (const editor of [queryEditor, variableEditor, responseEditor])
      editor?.updateOptions({ fontFamily: MONO_FONT });
  }, [queryEditor, variableEditor, responseEditor]);
  useEffect(() => {
    if (!queryEditor || !variableEditor) return register(null);
    register((tab) => {
      actions.addTab();
      queryEditor.setValue(tab.query);
      variableEditor.setValue(tab.variables);
      queryEditor.focus();
    });
    return () => register(null);
  }, [actions, queryEditor, variableEditor, register]);
  return null;
}

/** Picks a saved example and opens it in a new editor tab. */
function ExamplePicker({ onOpen, disabled }: { onOpen: (key: ExampleKey) => void; disabled: boolean }) {
  const { t } = useI18n();
  const id = useId();
  const [selected, setSelected] = useState<ExampleKey>(EXAMPLES[0].key);
  return (
    <form
      className="explorer-examples"
      onSubmit={(event) => {
        event.preventDefault();
        onOpen(selected);
      }}
    >
      <label htmlFor={id}>{t('explorer.examplesLabel')}</label>
      <select id={id} value={selected} onChange={(event) => setSelected(event.target.value as ExampleKey)}>
        {EXAMPLES.map((example) => (
          <option key={example.key} value={example.key}>
            {t(`explorer.examples.${example.key}.title`)}
          </option>
        ))}
      </select>
      <button type="submit" disabled={disabled}>
        {t('explorer.openExample')}
      </button>
    </form>
  );
}

/** The explorer: our slim header (home link, what this page reads, examples, language) above GraphiQL. */
export function ExplorerPage() {
  const { t } = useI18n();
  const defaults = useExampleDefaults();
  const openTab = useRef<OpenTab | null>(null);
  const [ready, setReady] = useState(false);
  // The first tabs are the examples in the language of the first visit; GraphiQL then keeps the
  // reader's own tabs (in this browser's storage) and the picker opens examples in the current language.
  const [defaultTabs, setDefaultTabs] = useState<Tab[] | null>(null);

  useEffect(() => {
    document.title = t('explorer.documentTitle');
  }, [t]);

  useEffect(() => {
    if (defaults && !defaultTabs) setDefaultTabs(EXAMPLES.map((example) => tabFor(example, defaults, t)));
  }, [defaults, defaultTabs, t]);

  const register = useCallback((open: OpenTab | null) => {
    openTab.current = open;
    setReady(open !== null);
  }, []);

  const open = (key: ExampleKey) => {
    const example = EXAMPLES.find((e) => e.key === key);
    if (example && defaults) openTab.current?.(tabFor(example, defaults, t));
  };

  return (
    <div className="explorer">
      <a className="explorer-skip-link" href="#explorer-editor">
        {t('common.skipToContent')}
      </a>
      <header className="explorer-header">
        <div className="explorer-header__bar">
          <a className="explorer-header__name" href="/">
            {t('common.appName')}
          </a>
          <LanguageSwitch />
        </div>
        <div className="explorer-header__about">
          <div className="explorer-header__text">
            <h1>{t('explorer.pageTitle')}</h1>
            <p>
              {t('explorer.intro')} {t('explorer.editorLanguageNote')}
            </p>
          </div>
          <ExamplePicker onOpen={open} disabled={!ready} />
        </div>
      </header>
      <main id="explorer-editor" className="explorer-editor" aria-label={t('explorer.editorRegion')} tabIndex={-1}>
        {defaultTabs ? (
          <GraphiQL
            fetcher={fetcher}
            defaultTabs={defaultTabs}
            defaultEditorToolsVisibility="variables"
            isHeadersEditorEnabled={false}
            shouldPersistHeaders={false}
          >
            <EditorBridge register={register} />
          </GraphiQL>
        ) : (
          <p className="explorer-loading" role="status">
            {t('explorer.loading')}
          </p>
        )}
      </main>
    </div>
  );
}
