import type { ReactNode } from 'react';

import { ErrorBox } from '@/components/ui/error-box';
import { Loading } from '@/components/ui/loading';
import { SessionProvider } from '@/features/auth/components/session-provider';
import { CompanyProvider } from '@/lib/company';
import { GraphqlProvider } from '@/lib/graphql-provider';
import '@/lib/i18n';

/** Everything the screens need around them: GraphQL client, company, session (i18n is global). */
export function AppProvider({ children }: { children: ReactNode }) {
  return (
    <GraphqlProvider>
      <CompanyProvider
        loading={<Loading variant="page" />}
        renderError={(retry, error) => (
          <main className="container app-error">
            <ErrorBox error={error} onRetry={retry} />
          </main>
        )}
      >
        <SessionProvider>{children}</SessionProvider>
      </CompanyProvider>
    </GraphqlProvider>
  );
}
