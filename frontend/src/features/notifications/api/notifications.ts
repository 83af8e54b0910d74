import { useCallback } from 'react';
import { useMutation, useQuery } from 'urql';

import { graphql } from '@/gql/gql';

export const NotificationsDocument = graphql(`
  query Notifications($first: Int) {
    notifications(first: $first) {
      totalCount
      unreadCount
      edges {
        node {
          id
          kind
          kpi
          status
          period
          leadId
          createdAt
          read
        }
      }
    }
  }
`);

const MarkNotificationsReadDocument = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids) {
      id
      read
    }
  }
`);

const MarkAllNotificationsReadDocument = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

/** The bell lists the newest 20; the page size is the API's default. */
const FIRST = 20;

/** The signed-in person's newest notifications with the unread count; `refresh` asks the server again. */
export function useNotifications() {
  const [result, reexecute] = useQuery({ query: NotificationsDocument, variables: { first: FIRST } });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  return { result, refresh };
}

export function useMarkNotificationsRead() {
  return useMutation(MarkNotificationsReadDocument);
}

export function useMarkAllNotificationsRead() {
  return useMutation(MarkAllNotificationsReadDocument);
}
