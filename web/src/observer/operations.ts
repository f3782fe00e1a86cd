import { graphql } from '../gql/index.js';

// What observers read: only what is published (the API's publication policy decides, not this page).

export const ObserverElectionsDocument = graphql(`
  query ObserverElections($first: Int!, $after: String) {
    elections(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          titleFr
          type
          status
          seats
          nominationOpensOn
          nominationClosesOn
          isCleanSlate
          standing: candidacies(first: 1, filter: { status: [NOMINATED, ELECTED, NOT_ELECTED] }) {
            totalCount
          }
          withdrawn: candidacies(first: 1, filter: { status: [WITHDRAWN] }) {
            totalCount
          }
        }
      }
    }
  }
`);

export const ObserverElectionDocument = graphql(`
  query ObserverElection($id: ID!) {
    election(id: $id) {
      id
      title
      titleFr
      type
      status
      seats
      aspSession
      nominationOpensOn
      nominationClosesOn
      votingStartsOn
      nominationExtensions {
        ...NominationExtension
      }
      slateFlags {
        kind
        scope
        scopeValue
        candidates
        seats
      }
      ballotRounds {
        ...ConsoleBallotRound
      }
      questionnaires {
        id
      }
      discussions {
        id
        title
        startsAt
        timeZone
        place
        onlineUrl
        languages
        moderators
        status
        cancellationReason
        recordingUrl
        transcriptUrl
        invitations {
          id
          answer
          candidacy {
            person {
              fullName
            }
          }
        }
      }
      candidacies(first: 100) {
        totalCount
        edges {
          node {
            id
            status
            list
            regionalGroup
            nominatingState {
              code
              name
            }
            person {
              fullName
              gender
            }
            response {
              outcome
            }
          }
        }
      }
    }
  }
`);

export const ObserverCandidacyDocument = graphql(`
  query ObserverCandidacy($id: ID!) {
    candidacy(id: $id) {
      id
      status
      list
      nominationProcedure
      nominatedOn
      withdrawnOn
      withdrawalReason
      nominatingState {
        code
        name
      }
      election {
        id
        title
        titleFr
        questionnaires {
          id
          questions {
            key
            kind
            promptEn
            promptFr
            options {
              key
              labelEn
              labelFr
            }
          }
        }
      }
      person {
        fullName
        gender
        nationality
        otherNationalities
        languages
        biography
      }
      response {
        questionnaireId
        outcome
        deadline
        submittedAt
        submittedLate
        declineReason
        answers {
          key
          text
          yes
          choices
        }
      }
      interviews {
        id
        panelName
        status
        heldAt
        durationMinutes
        publicSummary
        conclusion {
          overall
        }
        dissents {
          __typename
        }
      }
    }
  }
`);
