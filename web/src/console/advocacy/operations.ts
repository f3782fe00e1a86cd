import { graphql } from '../../gql/index.js';

export const ConsoleOutreachFields = graphql(`
  fragment ConsoleOutreach on OutreachRecord {
    id
    electionId
    stateCode
    contactedOn
    channel
    note
    outcome
    nominatedAfterwards
    nominatedOn
    updatedAt
    version
  }
`);

export const AdvocacyDocument = graphql(`
  query ConsoleAdvocacy($id: ID!) {
    election(id: $id) {
      id
      title
      type
      status
    }
    outreachRecords(electionId: $id) {
      ...ConsoleOutreach
    }
    statesParties {
      code
      name
      regionalGroup
    }
  }
`);

export const PotentialNominatorsDocument = graphql(`
  query ConsolePotentialNominators($id: ID!) {
    election(id: $id) {
      id
      potentialNominators {
        regionalGroup
        matters
        flags {
          scope
          scopeValue
          kind
          seats
          candidates
        }
        statesParties {
          code
          name
        }
      }
    }
  }
`);

export const RecordOutreachDocument = graphql(`
  mutation ConsoleRecordOutreach($input: RecordOutreachInput!) {
    recordOutreach(input: $input) {
      ...ConsoleOutreach
    }
  }
`);

export const UpdateOutreachDocument = graphql(`
  mutation ConsoleUpdateOutreach($input: UpdateOutreachInput!) {
    updateOutreach(input: $input) {
      ...ConsoleOutreach
    }
  }
`);
