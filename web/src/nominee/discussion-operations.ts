import { graphql } from '../gql/index.js';

export const MyDiscussionFields = graphql(`
  fragment NomineeDiscussion on MyDiscussionInvitation {
    discussionId
    electionTitle
    title
    startsAt
    timeZone
    localStartsAt
    place
    onlineUrl
    languages
    moderators
    status
    answer
    answeredAt
    mayAnswer
  }
`);

export const MyDiscussionsDocument = graphql(`
  query NomineeMyDiscussions {
    myDiscussions {
      ...NomineeDiscussion
    }
  }
`);

export const AnswerDiscussionDocument = graphql(`
  mutation NomineeAnswerDiscussion($input: AnswerDiscussionInvitationInput!) {
    answerDiscussionInvitation(input: $input) {
      ...NomineeDiscussion
    }
  }
`);
