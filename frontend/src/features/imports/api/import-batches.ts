import { graphql } from '@/gql/gql';

export const ImportBatchesDocument = graphql(`
  query ImportBatches($first: Int, $after: String) {
    importBatches(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ImportBatches_batch
        }
      }
    }
  }
`);

export const RevertImportDocument = graphql(`
  mutation RevertImport($id: ID!) {
    revertImport(id: $id) {
      ...ImportBatches_batch
    }
  }
`);
