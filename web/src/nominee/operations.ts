import { graphql } from '../gql/index.js';

export const InvitationFields = graphql(`
  fragment NomineeInvitation on MyInvitation {
    responseId
    electionTitle
    questionnaireTitle
    language
    status
    version
    deadline
    originalDeadline
    publishAt
    submittedAt
    declinedAt
    declineReason
    contactEmail
    questions {
      key
      kind
      required
      prompt
      maxLength
      options {
        key
        label
      }
    }
    answers {
      key
      text
      yes
      choices
    }
  }
`);

export const OpenInvitationDocument = graphql(`
  mutation NomineeOpenInvitation($token: String!) {
    openInvitation(token: $token) {
      token
      expiresAt
    }
  }
`);

export const InvitationHelpDocument = graphql(`
  query NomineeInvitationHelp {
    invitationHelp {
      electionsTeamEmail
    }
  }
`);

export const MyInvitationDocument = graphql(`
  query NomineeMyInvitation($language: Language) {
    myInvitation(language: $language) {
      ...NomineeInvitation
    }
  }
`);

export const SaveAnswersDocument = graphql(`
  mutation NomineeSaveAnswers($input: SaveAnswersInput!) {
    saveAnswers(input: $input) {
      ...NomineeInvitation
    }
  }
`);

export const SubmitResponseDocument = graphql(`
  mutation NomineeSubmitResponse($version: Int!, $language: Language) {
    submitResponse(version: $version, language: $language) {
      ...NomineeInvitation
    }
  }
`);

export const DeclineDocument = graphql(`
  mutation NomineeDecline($reason: String!, $language: Language) {
    declineQuestionnaire(reason: $reason, language: $language) {
      ...NomineeInvitation
    }
  }
`);
