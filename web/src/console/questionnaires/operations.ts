import { graphql } from '../../gql/index.js';

export const TemplatesDocument = graphql(`
  query ConsoleQuestionnaireTemplates($electionId: ID!) {
    election(id: $electionId) {
      id
      title
      type
    }
    questionnaireTemplates {
      id
      family
      title
      titleFr
      version
      electionType
      questions {
        ...ConsoleQuestion
      }
    }
  }
`);

export const QuestionFields = graphql(`
  fragment ConsoleQuestion on Question {
    key
    kind
    required
    maxLength
    promptEn
    promptFr
    options {
      key
      labelEn
      labelFr
    }
  }
`);

export const IssueQuestionnaireDocument = graphql(`
  mutation ConsoleIssueQuestionnaire($input: IssueQuestionnaireInput!) {
    issueQuestionnaire(input: $input) {
      id
      title
    }
  }
`);

export const TrackingFields = graphql(`
  fragment ConsoleTracking on QuestionnaireTracking {
    publishedAt
    questionnaire {
      id
      title
      titleFr
      deadline
      publishAt
      questions {
        ...ConsoleQuestion
      }
    }
    counts {
      status
      count
    }
    toInvite
    toRemind
    rows {
      candidacyId
      fullName
      status
      responseStatus
      mailState
      mailError
      invitedAt
      openedAt
      submittedAt
      declineReason
      extendedDeadline
      lastRemindedAt
    }
  }
`);

export const TrackingDocument = graphql(`
  query ConsoleQuestionnaireTracking($id: ID!, $electionId: ID!) {
    election(id: $electionId) {
      id
      title
    }
    questionnaire(id: $id) {
      ...ConsoleTracking
    }
  }
`);

export const SendQuestionnaireDocument = graphql(`
  mutation ConsoleSendQuestionnaire($id: ID!) {
    sendQuestionnaire(questionnaireId: $id) {
      invited
    }
  }
`);

export const RemindNomineesDocument = graphql(`
  mutation ConsoleRemindNominees($id: ID!, $force: Boolean) {
    remindNominees(questionnaireId: $id, force: $force)
  }
`);

export const PublishResponsesDocument = graphql(`
  mutation ConsolePublishResponses($id: ID!, $confirm: Boolean) {
    publishResponses(questionnaireId: $id, confirm: $confirm) {
      id
      publishAt
    }
  }
`);

export const ResendInvitationDocument = graphql(`
  mutation ConsoleResendInvitation($id: ID!, $candidacyId: ID!) {
    resendInvitation(questionnaireId: $id, candidacyId: $candidacyId) {
      publishedAt
    }
  }
`);

export const ExtendInvitationDeadlineDocument = graphql(`
  mutation ConsoleExtendInvitationDeadline($input: ExtendInvitationDeadlineInput!) {
    extendInvitationDeadline(input: $input) {
      publishedAt
    }
  }
`);

export const ReopenResponseDocument = graphql(`
  mutation ConsoleReopenResponse($id: ID!, $candidacyId: ID!, $reason: String!) {
    reopenResponse(questionnaireId: $id, candidacyId: $candidacyId, reason: $reason) {
      publishedAt
    }
  }
`);
