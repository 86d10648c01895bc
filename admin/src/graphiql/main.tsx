// GraphiQL, bundled with the admin and served at /graphiql: these networks are often closed,
// so nothing comes from a CDN. Requests carry the browser's session; a tool's token goes in
// the Headers pane.
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import './contrast.css';
import { createRoot } from 'react-dom/client';
import { EXAMPLES } from './examples';

const fetcher = createGraphiQLFetcher({ url: '/graphql' });

/**
 * GraphiQL's editors type into CodeMirror's hidden textareas, which carry no name (axe: label); each
 * is named after the pane around it (GraphiQL labels the panes): Query Editor, Variables, Headers,
 * Result Window. Editors appear as panes open, so every change is looked at.
 */
function nameEditors(root: HTMLElement): void {
  const name = () => {
    for (const area of root.querySelectorAll<HTMLTextAreaElement>('textarea:not([aria-label])')) {
      const pane = area.closest('section[aria-label]');
      if (!pane) continue;
      const editors = [...pane.querySelectorAll('.CodeMirror')];
      const second = editors.length > 1 && editors.indexOf(area.closest('.CodeMirror')!) === 1;
      area.setAttribute('aria-label', second ? 'Headers' : pane.getAttribute('aria-label')!);
    }
  };
  new MutationObserver(name).observe(root, { childList: true, subtree: true });
}

const root = document.getElementById('graphiql')!;
nameEditors(root);

createRoot(root).render(
  <GraphiQL
    fetcher={fetcher}
    defaultEditorToolsVisibility="variables"
    forcedTheme="light"
    defaultTabs={EXAMPLES.map((e) => ({ query: e.query, variables: e.variables }))}
  />,
);
