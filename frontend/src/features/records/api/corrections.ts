import { graphql } from '@/gql/gql';

// Corrections (SPEC §7): each update sends only the fields the person changed, with the version
// they saw as expectedVersion, so a change made meanwhile ends in CONFLICT instead of being lost.
// Each selects `version` and `voided`, so the lists (and, through the typenames, the KPIs) refetch.

export const UpdateDealDocument = graphql(`
  mutation UpdateDeal($input: UpdateDealInput!) {
    updateDeal(input: $input) {
      id
      version
      voided
      closedOn
      revenue
      cost
      grossMargin
      client {
        id
        name
      }
    }
  }
`);

export const UpdateSpendDocument = graphql(`
  mutation UpdateSpend($input: UpdateSpendInput!) {
    updateSpend(input: $input) {
      id
      version
      voided
      day
      amount
      channel {
        id
        name
      }
    }
  }
`);

export const UpdateLeadDocument = graphql(`
  mutation UpdateLead($input: UpdateLeadInput!) {
    updateLead(input: $input) {
      id
      version
      voided
      createdAt
      channel {
        id
        name
      }
      assignee {
        id
        fullName
      }
    }
  }
`);

export const VoidDealDocument = graphql(`
  mutation VoidDeal($input: VoidDealInput!) {
    voidDeal(input: $input) {
      id
      version
      voided
    }
  }
`);

export const VoidSpendDocument = graphql(`
  mutation VoidSpend($input: VoidSpendInput!) {
    voidSpend(input: $input) {
      id
      version
      voided
    }
  }
`);

export const VoidLeadDocument = graphql(`
  mutation VoidLead($input: VoidLeadInput!) {
    voidLead(input: $input) {
      id
      version
      voided
    }
  }
`);

/** A record's changes, oldest first, creation included. */
export const RecordHistoryDocument = graphql(`
  query RecordHistory($kind: RecordKind!, $id: ID!) {
    recordHistory(kind: $kind, id: $id) {
      at
      action
      reason
      by {
        id
        fullName
      }
      changes {
        field
        from
        to
      }
    }
  }
`);

/** Names for the ids a history shows (people, channels also archived, the newest clients). */
export const HistoryNamesDocument = graphql(`
  query HistoryNames {
    clients(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    employees {
      id
      fullName
    }
    channels(first: 100, includeArchived: true) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
