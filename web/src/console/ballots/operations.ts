import { graphql } from '../../gql/index.js';

// The ballots screen's operations: the election with its race, requirements and recorded rounds,
// the live checks (the round's preview, a disputed paper), and the two writes. The requirement and
// candidacy fields are the console's shared fragments (../operations.ts).
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
      ...ConsoleRequirement
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
      candidaciesInRace
      minimumVotingRequirements {
        ...ConsoleRequirement
      }
      ballotRounds {
        ...ConsoleBallotRound
      }
      candidacies(first: 100) {
        edges {
          node {
            ...ConsoleCandidacyLine
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

// What recording the typed round would do, by the server's rules (nothing is written).
export const PreviewBallotRoundDocument = graphql(`
  query ConsolePreviewBallotRound($input: RecordBallotRoundInput!) {
    previewBallotRound(input: $input) {
      wouldRecord
      validBallots
      votesRequired
      problems {
        code
        rule
        field
        candidacyId
        category {
          kind
          value
        }
        contest
        value
        limit
      }
      requirementsInForce {
        ...ConsoleRequirement
      }
      outcome {
        elected
        excluded
        dropped
        tied
        tieReason
        seatsLeftAfter
        concludesElection
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
