import { graphql } from '@/gql/gql';

/** What a dispute card shows; also what the mutations answer, so the lists refetch after them. */
export const DisputeCardDisputeFragment = graphql(`
  fragment DisputeCard_dispute on Dispute {
    id
    status
    verdict
    comment
    resolution
    openedAt
    resolvedAt
    openedBy {
      id
      fullName
    }
    resolvedBy {
      id
      fullName
    }
    lead {
      id
      createdAt
      status
      lostReason
      channel {
        id
        name
      }
    }
  }
`);

export const DisputesDocument = graphql(`
  query Disputes($status: DisputeStatus, $first: Int!, $after: String) {
    disputes(status: $status, first: $first, after: $after) {
      edges {
        node {
          id
          ...DisputeCard_dispute
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

/** The marketer's leads of a month that sales marked NOT_TARGET, with their path and any dispute. */
export const NotTargetLeadsDocument = graphql(`
  query NotTargetLeads($period: YearMonth!, $first: Int!, $after: String) {
    leads(period: $period, first: $first, after: $after, filter: { lostReason: NOT_TARGET }) {
      edges {
        node {
          id
          externalId
          createdAt
          assignedAt
          closedAt
          status
          lostReason
          channel {
            id
            name
          }
          marketer {
            id
            fullName
          }
          assignee {
            id
            fullName
          }
          dispute {
            id
            status
            verdict
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ContestLostReasonDocument = graphql(`
  mutation ContestLostReason($input: ContestLostReasonInput!) {
    contestLostReason(input: $input) {
      id
      ...DisputeCard_dispute
      lead {
        id
        version
        dispute {
          id
          status
          verdict
        }
      }
    }
  }
`);

export const ResolveDisputeDocument = graphql(`
  mutation ResolveDispute($input: ResolveDisputeInput!) {
    resolveDispute(input: $input) {
      id
      ...DisputeCard_dispute
      lead {
        id
        version
        dispute {
          id
          status
          verdict
        }
      }
    }
  }
`);
