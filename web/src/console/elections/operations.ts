import { graphql } from '../../gql/index.js';

export const DeleteElectionDocument = graphql(`
  mutation ConsoleDeleteElection($input: DeleteElectionInput!) {
    deleteElection(input: $input) {
      id
      title
    }
  }
`);
