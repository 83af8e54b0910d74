import { graphql } from '@/gql/gql';

// One page of each list ("Load more" asks for the next one with `after`). Owners get everyone's
// records, employees their own (the API decides).

export const RecordsLeadsDocument = graphql(`
  query RecordsLeads($first: Int!, $after: String, $period: YearMonth, $filter: LeadFilter) {
    leads(first: $first, after: $after, period: $period, filter: $filter) {
      totalCount
      edges {
        node {
          id
          version
          voided
          externalId
          createdAt
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
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const RecordsDealsDocument = graphql(`
  query RecordsDeals($first: Int!, $after: String, $period: YearMonth, $filter: DealFilter) {
    deals(first: $first, after: $after, period: $period, filter: $filter) {
      totalCount
      edges {
        node {
          id
          version
          voided
          externalId
          closedOn
          revenue
          cost
          grossMargin
          client {
            id
            name
          }
          lead {
            id
            channel {
              id
              name
            }
          }
          salesperson {
            id
            fullName
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

export const RecordsClientsDocument = graphql(`
  query RecordsClients($first: Int!, $after: String) {
    clients(first: $first, after: $after) {
      edges {
        node {
          id
          name
          acquiredBy {
            id
            fullName
          }
          accountManager {
            id
            fullName
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

export const RecordsSpendsDocument = graphql(`
  query RecordsSpends($first: Int!, $after: String, $period: YearMonth, $filter: SpendFilter) {
    spends(first: $first, after: $after, period: $period, filter: $filter) {
      totalCount
      edges {
        node {
          id
          version
          voided
          day
          amount
          channel {
            id
            name
          }
          marketer {
            id
            fullName
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

export const RecordsChannelsDocument = graphql(`
  query RecordsChannels($first: Int!, $after: String) {
    channels(first: $first, after: $after, includeArchived: true) {
      edges {
        node {
          id
          name
          archived
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** What the forms' pickers offer: people (by position), open channels. */
export const RecordsOptionsDocument = graphql(`
  query RecordsOptions {
    employees {
      id
      fullName
      role
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

/**
 * The clients a deal can be recorded for (the caller's own; an owner's: everyone's) whose name
 * holds `search`: the picker asks as the person types instead of stopping at the first page.
 */
export const RecordsClientOptionsDocument = graphql(`
  query RecordsClientOptions($search: String) {
    clients(first: 30, filter: { search: $search }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/** Open leads the caller can see: to assign, close, or record a deal on. */
export const RecordsOpenLeadsDocument = graphql(`
  query RecordsOpenLeads {
    leads(first: 100, status: OPEN) {
      edges {
        node {
          id
          version
          externalId
          createdAt
          channel {
            id
            name
          }
          marketer {
            id
          }
          assignee {
            id
            fullName
          }
        }
      }
    }
  }
`);
