import { graphql } from '../gql/index.js';

// Replaced by the nominee's questionnaire page.
export const ProbeDocument = graphql(`
  query NomineePageProbe {
    __typename
  }
`);

export function NomineePage() {
  return null;
}
