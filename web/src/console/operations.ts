import { graphql } from '../gql/index.js';

export const StaffFields = graphql(`
  fragment ConsoleStaff on StaffUser {
    id
    email
    displayName
    role
    allowedOperations
  }
`);

export const LoginDocument = graphql(`
  mutation ConsoleLogin($input: LoginInput!) {
    login(input: $input) {
      token
      expiresAt
      user {
        ...ConsoleStaff
      }
    }
  }
`);

export const MeDocument = graphql(`
  query ConsoleMe {
    me {
      ...ConsoleStaff
    }
  }
`);

export const ElectionsDocument = graphql(`
  query ConsoleElections($filter: ElectionFilter, $first: Int, $after: String) {
    elections(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          type
          status
          seats
          nominationOpensOn
          nominationClosesOn
        }
      }
    }
  }
`);

export const ElectionFields = graphql(`
  fragment ConsoleElection on Election {
    id
    type
    title
    titleFr
    aspSession
    seats
    status
    version
    updatedAt
    nominationOpensOn
    nominationClosesOn
    votingStartsOn
    termStartsOn
    termEndsOn
    nominationExtensions {
      ...NominationExtension
    }
    sittingJudges {
      fullName
      nationality
      gender
      list
    }
  }
`);

// Shared with the ballots screen: a minimum voting requirement, and a candidacy as a line of a list.
export const RequirementFields = graphql(`
  fragment ConsoleRequirement on MinimumVotingRequirement {
    kind
    value
    required
    candidatesInRace
    applies
    lapsedReason
  }
`);

export const CandidacyLineFields = graphql(`
  fragment ConsoleCandidacyLine on Candidacy {
    id
    status
    list
    post
    regionalGroup
    person {
      id
      fullName
      nationality
      gender
    }
  }
`);

export const ElectionDocument = graphql(`
  query ConsoleElection($id: ID!) {
    election(id: $id) {
      ...ConsoleElection
      slateFlags {
        scope
        scopeValue
        kind
        seats
        candidates
        since
      }
      slateFlagHistory {
        at
        change
        scope
        scopeValue
        kind
        seats
        candidates
        operation
      }
      minimumVotingRequirements {
        ...ConsoleRequirement
      }
      candidacies(first: 100) {
        totalCount
        edges {
          node {
            ...ConsoleCandidacyLine
            nominatedOn
            withdrawnOn
            withdrawalReason
            nominatingState {
              code
              name
            }
          }
        }
      }
      questionnaires {
        id
        title
        deadline
        publishAt
      }
    }
  }
`);

export const SlateFlagChangedDocument = graphql(`
  subscription ConsoleSlateFlagChanged($electionId: ID!) {
    slateFlagChanged(electionId: $electionId) {
      electionId
    }
  }
`);

export const CreateElectionDocument = graphql(`
  mutation ConsoleCreateElection($input: CreateElectionInput!) {
    createElection(input: $input) {
      ...ConsoleElection
    }
  }
`);

export const UpdateElectionDocument = graphql(`
  mutation ConsoleUpdateElection($input: UpdateElectionInput!) {
    updateElection(input: $input) {
      ...ConsoleElection
    }
  }
`);

export const ExtendNominationPeriodDocument = graphql(`
  mutation ConsoleExtendNominationPeriod($input: ExtendNominationPeriodInput!) {
    extendNominationPeriod(input: $input) {
      ...ConsoleElection
    }
  }
`);

export const StatesPartiesDocument = graphql(`
  query ConsoleStatesParties($on: Date) {
    statesParties(on: $on) {
      code
      name
      regionalGroup
    }
  }
`);

export const NominateCandidateDocument = graphql(`
  mutation ConsoleNominateCandidate($input: NominateCandidateInput!) {
    nominateCandidate(input: $input) {
      id
      person {
        fullName
      }
    }
  }
`);

export const CandidacyDocument = graphql(`
  query ConsoleCandidacy($id: ID!) {
    candidacy(id: $id) {
      id
      status
      nominatedOn
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

export const WithdrawCandidacyDocument = graphql(`
  mutation ConsoleWithdrawCandidacy($input: WithdrawCandidacyInput!) {
    withdrawCandidacy(input: $input) {
      id
      status
    }
  }
`);

export const ElectionForEditDocument = graphql(`
  query ConsoleElectionForEdit($id: ID!) {
    election(id: $id) {
      ...ConsoleElection
    }
  }
`);

/** An extension of a nomination period as the console and the observers' pages list it (ExtensionList). */
export const NominationExtensionFields = graphql(`
  fragment NominationExtension on NominationExtension {
    sequence
    previousClosesOn
    closesOn
    decidedOn
    reason
    exceptional
    decisionReference
  }
`);
