import { graphql } from '@/gql/gql';

// Each mutation selects the typenames whose lists and KPIs it changes, so urql's document cache
// refetches those queries (see kpiQueryContext and the lists' additionalTypenames).

export const RecordSpendDocument = graphql(`
  mutation RecordSpend($input: RecordSpendInput!) {
    recordSpend(input: $input) {
      id
      day
      amount
    }
  }
`);

export const RecordLeadDocument = graphql(`
  mutation RecordLead($input: RecordLeadInput!) {
    recordLead(input: $input) {
      id
      status
    }
  }
`);

export const AssignLeadDocument = graphql(`
  mutation AssignLead($input: AssignLeadInput!) {
    assignLead(input: $input) {
      id
      version
      status
      assignee {
        id
        fullName
      }
    }
  }
`);

export const CloseLeadDocument = graphql(`
  mutation CloseLead($input: CloseLeadInput!) {
    closeLead(input: $input) {
      id
      version
      status
      lostReason
    }
  }
`);

export const CreateClientDocument = graphql(`
  mutation CreateClient($input: CreateClientInput!) {
    createClient(input: $input) {
      id
      name
    }
  }
`);

export const RecordDealDocument = graphql(`
  mutation RecordDeal($input: RecordDealInput!) {
    recordDeal(input: $input) {
      id
      closedOn
      revenue
      client {
        id
      }
      lead {
        id
        status
      }
      salesperson {
        id
      }
    }
  }
`);

export const CreateChannelDocument = graphql(`
  mutation CreateChannel($input: CreateChannelInput!) {
    createChannel(input: $input) {
      id
      name
      archived
    }
  }
`);
