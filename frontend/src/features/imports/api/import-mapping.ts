import { graphql } from '@/gql/gql';

export const ImportMappingDocument = graphql(`
  query ImportMapping($source: String!) {
    importMapping(source: $source) {
      ...ImportMapping_mapping
    }
  }
`);

export const SetImportMappingDocument = graphql(`
  mutation SetImportMapping($input: SetImportMappingInput!) {
    setImportMapping(input: $input) {
      ...ImportMapping_mapping
    }
  }
`);

export const ImportMappingFragment = graphql(`
  fragment ImportMapping_mapping on ImportMapping {
    source
    changedAt
    changedBy {
      id
      fullName
    }
    columns {
      field
      required
      builtInHeaders
      header
    }
  }
`);
