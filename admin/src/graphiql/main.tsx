// GraphiQL, bundled with the admin and served at /graphiql: these networks are often closed,
// so nothing comes from a CDN. Requests carry the browser's session; a tool's token goes in
// the Headers pane.
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createRoot } from 'react-dom/client';
import { EXAMPLES } from './examples';

const fetcher = createGraphiQLFetcher({ url: '/graphql' });

createRoot(document.getElementById('graphiql')!).render(
  <GraphiQL
    fetcher={fetcher}
    defaultEditorToolsVisibility="variables"
    defaultTabs={EXAMPLES.map((e) => ({ query: e.query, variables: e.variables }))}
  />,
);
