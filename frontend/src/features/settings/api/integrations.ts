import { useQuery } from 'urql';

import { graphql } from '@/gql/gql';

export const IntegrationsDocument = graphql(`
  query Integrations {
    integrations {
      id
      kind
      name
      active
      eventsReceived
      eventsFailed
      lastEventAt
      mapping {
        version
        costShare
        users {
          amoUserId
          employee {
            id
            fullName
          }
        }
        statuses {
          statusId
          meaning
        }
        sources {
          source
          channel {
            id
            name
          }
        }
      }
    }
  }
`);

/** What the amoCRM mapping's pickers offer: people who work leads, open channels. */
export const MappingOptionsDocument = graphql(`
  query IntegrationMappingOptions {
    employees {
      id
      fullName
      position
      active
    }
    channels(first: 100, includeArchived: false) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const SetIntegrationMappingDocument = graphql(`
  mutation SetIntegrationMapping($input: SetIntegrationMappingInput!) {
    setIntegrationMapping(input: $input) {
      version
    }
  }
`);

export const FailedEventsDocument = graphql(`
  query FailedWebhookEvents($integrationId: ID!) {
    webhookEvents(integrationId: $integrationId, status: FAILED, first: 20) {
      id
      receivedAt
      attempts
      lastError
    }
  }
`);

export const CreateIntegrationDocument = graphql(`
  mutation CreateIntegration($input: CreateIntegrationInput!) {
    createIntegration(input: $input) {
      id
      kind
      name
      hookUrl
      secret
    }
  }
`);

export const RotateIntegrationSecretDocument = graphql(`
  mutation RotateIntegrationSecret($id: ID!) {
    rotateIntegrationSecret(id: $id) {
      id
      kind
      name
      hookUrl
      secret
    }
  }
`);

export const DeactivateIntegrationDocument = graphql(`
  mutation DeactivateIntegration($id: ID!) {
    deactivateIntegration(id: $id) {
      id
      active
    }
  }
`);

export const ReplayWebhookEventDocument = graphql(`
  mutation ReplayWebhookEvent($id: ID!) {
    replayWebhookEvent(id: $id) {
      id
      status
    }
  }
`);

export function useIntegrations() {
  return useQuery({ query: IntegrationsDocument, requestPolicy: 'cache-and-network' });
}

export function useFailedEvents(integrationId: string, pause: boolean) {
  return useQuery({ query: FailedEventsDocument, variables: { integrationId }, pause, requestPolicy: 'network-only' });
}

export function useMappingOptions(pause: boolean) {
  return useQuery({ query: MappingOptionsDocument, pause });
}
