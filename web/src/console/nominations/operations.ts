import { graphql } from '../../gql/index.js';

// The nominations area's own operations: an election's candidacies filtered, a person's correction,
// a void, an import.
export const ElectionCandidaciesDocument = graphql(`
  query ConsoleElectionCandidacies($id: ID!, $filter: CandidacyFilter) {
    election(id: $id) {
      id
      candidacies(filter: $filter, first: 100) {
        totalCount
        edges {
          node {
            id
            status
            list
            post
            version
            withdrawalReason
            regionalGroup
            nominatingState {
              code
              name
            }
            person {
              id
              fullName
              nationality
              gender
            }
          }
        }
      }
    }
  }
`);

export const PersonForEditDocument = graphql(`
  query ConsolePersonForEdit($id: ID!) {
    person(id: $id) {
      id
      fullName
      gender
      nationality
      version
      candidacies {
        id
        election {
          id
          title
        }
      }
    }
    personContact(id: $id) {
      contactEmail
    }
  }
`);

export const UpdatePersonDocument = graphql(`
  mutation ConsoleUpdatePerson($input: UpdatePersonInput!) {
    updatePerson(input: $input) {
      id
      fullName
      version
    }
  }
`);

export const CandidacyForVoidDocument = graphql(`
  query ConsoleCandidacyForVoid($id: ID!) {
    candidacy(id: $id) {
      id
      status
      version
      nominatedOn
      nominatingState {
        name
      }
      person {
        fullName
      }
      election {
        id
        title
      }
    }
  }
`);

export const VoidCandidacyDocument = graphql(`
  mutation ConsoleVoidCandidacy($input: VoidCandidacyInput!) {
    voidCandidacy(input: $input) {
      candidacyId
      electionId
    }
  }
`);

export const ImportNominationsDocument = graphql(`
  mutation ConsoleImportNominations($input: ImportNominationsInput!) {
    importNominations(input: $input) {
      dryRun
      written
      accepted
      refused
      rows {
        line
        fullName
        nominatingState
        nationality
        list
        outcome
        refusal {
          code
          rule
          fields
        }
      }
    }
  }
`);
