import { graphql } from '../../gql/index.js';

// The ballots screen's operations: the election with its race, requirements and recorded rounds,
// the live paper check, and the two writes.
export const BallotRoundFields = graphql(`
  fragment ConsoleBallotRound on BallotRound {
    id
    number
    heldOn
    byAcclamation
    ballotPapers
    invalidBallots
    abstentions
    validBallots
    votesRequired
    votes {
      candidacyId
      votes
    }
    elected
    excluded
    dropped
    tied
    tieReason
    fewestVotesTie {
      candidacyIds
      votes
      reason
    }
    seatsLeftAfter
    contests {
      kind
      value
      voted
      deferred
      seatsBefore
      seatsLeftAfter
      elected
      tied
    }
    requirementsForNextRound {
      kind
      value
      required
      candidatesInRace
      applies
      lapsedReason
    }
  }
`);

export const BallotElectionDocument = graphql(`
  query ConsoleBallotElection($id: ID!) {
    election(id: $id) {
      id
      type
      title
      status
      seats
      votingStartsOn
      minimumVotingRequirements {
        kind
        value
        required
        candidatesInRace
        applies
        lapsedReason
      }
      ballotRounds {
        ...ConsoleBallotRound
      }
      candidacies(first: 100) {
        edges {
          node {
            id
            status
            list
            post
            regionalGroup
            person {
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

export const CheckBallotDocument = graphql(`
  query ConsoleCheckBallot($electionId: ID!, $round: Int!, $candidacyIds: [ID!]!) {
    checkBallot(electionId: $electionId, round: $round, candidacyIds: $candidacyIds) {
      valid
      seatsLeft
      violations {
        rule
        candidacyId
        category {
          kind
          value
        }
        required
        named
      }
    }
  }
`);

export const RecordBallotRoundDocument = graphql(`
  mutation ConsoleRecordBallotRound($input: RecordBallotRoundInput!) {
    recordBallotRound(input: $input) {
      ...ConsoleBallotRound
    }
  }
`);

export const RecordAcclamationDocument = graphql(`
  mutation ConsoleRecordAcclamation($input: RecordAcclamationInput!) {
    recordAcclamation(input: $input) {
      ...ConsoleBallotRound
    }
  }
`);
