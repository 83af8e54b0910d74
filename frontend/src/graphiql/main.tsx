// GraphiQL from the app's own bundle (issue 13 item 3): it works offline and under the web app's strict
// Content-Security-Policy, unlike spring-graphql's page, which loads GraphiQL from a CDN. Served at /graphiql
// where the server allows it (the embedded default; TANDEM_GRAPHIQL=true in the mysql profile).
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import 'graphiql/style.css';

import { WEB_CLIENT_HEADER } from '@/lib/web-client-header';

// Signed in as the web app is (its session cookie), or with an Authorization header typed into the Headers tab.
const fetcher = createGraphiQLFetcher({
  url: '/graphql',
  headers: { [WEB_CLIENT_HEADER]: 'web' },
  fetch: (input, init) => fetch(input, { ...init, credentials: 'same-origin' }),
});

const example = `# Tandem's API. Signed in to the web app in this browser? Then you are signed in here too.
# Otherwise sign in with the mutation below and put the token into Headers:
#   {"Authorization": "Bearer <accessToken>"}
#
# mutation { login(email: "owner@demo.tandem", password: "tandem-demo-1") { accessToken } }

query Company {
  company { name currency timeZone today }
}
`;

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={example} />
  </StrictMode>,
);
