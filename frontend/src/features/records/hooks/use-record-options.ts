import { useMemo } from 'react';
import { useQuery } from 'urql';

import type { Position } from '@/gql/graphql';

import { RecordsClientOptionsDocument } from '../api/get-client-options';
import { RecordsOpenLeadsDocument } from '../api/get-open-leads';
import { RecordsOptionsDocument } from '../api/get-record-options';

const PEOPLE_CONTEXT = { additionalTypenames: ['Employee', 'Channel'] };
const CLIENTS_CONTEXT = { additionalTypenames: ['Client'] };
const LEADS_CONTEXT = { additionalTypenames: ['Lead', 'Deal'] };

export type Option = { id: string; label: string };

/** Active people of the given positions, and open channels, for the forms' pickers. */
export function usePeopleAndChannels() {
  const [result] = useQuery({ query: RecordsOptionsDocument, context: PEOPLE_CONTEXT });
  return useMemo(() => {
    const employees = result.data?.employees.filter((e) => e.active) ?? [];
    const people = (...positions: Position[]): Option[] =>
      employees
        .filter((e) => e.position && positions.includes(e.position))
        .map((e) => ({ id: e.id, label: e.fullName }));
    const channels: Option[] = result.data?.channels.edges.map(({ node }) => ({ id: node.id, label: node.name })) ?? [];
    return { loaded: result.data != null, error: result.error, people, channels };
  }, [result.data, result.error]);
}

/** The clients whose name holds `search` (all when empty), a page at a time: the API searches. */
export function useClientOptions(search = '') {
  const [result] = useQuery({
    query: RecordsClientOptionsDocument,
    variables: { search: search.trim() || null },
    context: CLIENTS_CONTEXT,
  });
  const clients: Option[] = useMemo(
    () => result.data?.clients.edges.map(({ node }) => ({ id: node.id, label: node.name })) ?? [],
    [result.data],
  );
  return { loaded: result.data != null, fetching: result.fetching, clients };
}

export function useOpenLeads() {
  const [result] = useQuery({ query: RecordsOpenLeadsDocument, context: LEADS_CONTEXT });
  return useMemo(() => result.data?.leads.edges.map(({ node }) => node) ?? [], [result.data]);
}
