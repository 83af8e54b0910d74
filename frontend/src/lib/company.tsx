import { createContext, useContext, useState, type ReactNode } from 'react';
import type { CombinedError } from '@urql/core';
import { useQuery } from 'urql';

import { graphql } from '@/gql/gql';
import type { CompanyQuery } from '@/gql/graphql';

export const CompanyDocument = graphql(`
  query Company {
    company {
      name
      currency
      timeZone
      today
    }
  }
`);

export type Company = CompanyQuery['company'];

const CompanyContext = createContext<Company | null>(null);

type CompanyProviderProps = {
  children: ReactNode;
  loading: ReactNode;
  renderError: (retry: () => void, error: CombinedError) => ReactNode;
};

/**
 * Loads the company (public: the login page shows it too). Its currency formats every amount and
 * its `today` decides the current month, in the company's time zone rather than the browser's.
 */
export function CompanyProvider({ children, loading, renderError }: CompanyProviderProps) {
  const [{ data, error }, reexecute] = useQuery({ query: CompanyDocument });
  // A replaced GraphQL client (sign-out) refetches; keep showing the last answer meanwhile.
  const [last, setLast] = useState<Company | null>(null);
  if (data && data.company !== last) setLast(data.company);
  const company = data?.company ?? last;

  if (company) return <CompanyValue company={company}>{children}</CompanyValue>;
  if (error) return renderError(() => reexecute({ requestPolicy: 'network-only' }), error);
  return loading;
}

/** Puts a known company in context (CompanyProvider does, and so do tests). */
export function CompanyValue({ company, children }: { company: Company; children: ReactNode }) {
  return <CompanyContext value={company}>{children}</CompanyContext>;
}

export function useCompany(): Company {
  const company = useContext(CompanyContext);
  if (!company) throw new Error('useCompany must be used inside <CompanyProvider>');
  return company;
}
