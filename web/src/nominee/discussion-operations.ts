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

/** A discussion invitation's code starts with this mark (a questionnaire code never holds a dot). */
export const isDiscussionCode = (code: string): boolean => code.startsWith('d.');

/** A discussion invitation's own code, for nominees with no questionnaire: the same nominee session. */
export const OpenDiscussionInvitationDocument = graphql(`
  mutation NomineeOpenDiscussionInvitation($token: String!) {
    openDiscussionInvitation(token: $token) {
      token
      expiresAt
    }
  }
`);
