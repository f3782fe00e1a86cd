import { graphql } from '../../gql/index.js';

export const ConsoleDiscussionFields = graphql(`
  fragment ConsoleDiscussion on Discussion {
    id
    electionId
    title
    startsAt
    timeZone
    localStartsAt
    place
    onlineUrl
    languages
    moderators
    status
    cancellationReason
    summary
    recordingUrl
    transcriptUrl
    questions
    publishedAt
    version
    invitations {
      id
      answer
      answeredAt
      invitedAt
      candidacy {
        id
        status
        person {
          id
          fullName
        }
        nominatingState {
          code
          name
        }
      }
    }
  }
`);

export const ElectionDiscussionsDocument = graphql(`
  query ConsoleElectionDiscussions($id: ID!) {
    election(id: $id) {
      id
      title
      status
      discussions {
        ...ConsoleDiscussion
      }
      candidacies(first: 100) {
        edges {
          node {
            id
            status
            person {
              id
              fullName
            }
            nominatingState {
              code
              name
            }
          }
        }
      }
    }
  }
`);

export const DiscussionDocument = graphql(`
  query ConsoleDiscussionOne($id: ID!) {
    discussion(id: $id) {
      ...ConsoleDiscussion
    }
  }
`);

export const CreateDiscussionDocument = graphql(`
  mutation ConsoleCreateDiscussion($input: CreateDiscussionInput!) {
    createDiscussion(input: $input) {
      ...ConsoleDiscussion
    }
  }
`);

export const UpdateDiscussionDocument = graphql(`
  mutation ConsoleUpdateDiscussion($input: UpdateDiscussionInput!) {
    updateDiscussion(input: $input) {
      ...ConsoleDiscussion
    }
  }
`);

export const CancelDiscussionDocument = graphql(`
  mutation ConsoleCancelDiscussion($input: CancelDiscussionInput!) {
    cancelDiscussion(input: $input) {
      ...ConsoleDiscussion
    }
  }
`);

export const RecordDiscussionDocument = graphql(`
  mutation ConsoleRecordDiscussion($input: RecordDiscussionInput!) {
    recordDiscussion(input: $input) {
      ...ConsoleDiscussion
    }
  }
`);

export const PublishDiscussionDocument = graphql(`
  mutation ConsolePublishDiscussion($input: PublishDiscussionInput!) {
    publishDiscussion(input: $input) {
      ...ConsoleDiscussion
    }
  }
`);
