import { graphql } from '../../gql/index.js';

// The panels screens' operations: an election's panels, a member's own panels and interviews, one
// interview's record as the API lets the caller see it, and the writes each screen offers.
export const PanelFields = graphql(`
  fragment ConsolePanel on Panel {
    id
    name
    kind
    myMember {
      id
      role
    }
    members {
      id
      fullName
      nationality
      affiliation
      role
      staffUserId
    }
    rubric {
      key
      name
      criteria {
        key
        labelEn
        labelFr
      }
      overallScale
    }
  }
`);

export const InterviewEntryFields = graphql(`
  fragment ConsoleInterviewEntry on PanelInterviewEntry {
    id
    status
    mode
    scheduledAt
    publishedAt
    waitingForMe
    myRecusal {
      ground
      reason
    }
    candidacy {
      id
      person {
        fullName
      }
    }
  }
`);

export const ElectionPanelsDocument = graphql(`
  query ConsoleElectionPanels($electionId: ID!) {
    election(id: $electionId) {
      id
      title
      type
      candidacies(first: 100) {
        edges {
          node {
            id
            status
            person {
              fullName
            }
          }
        }
      }
    }
    panels(electionId: $electionId) {
      ...ConsolePanel
      interviews {
        ...ConsoleInterviewEntry
      }
    }
    rubrics {
      key
      name
      electionType
    }
  }
`);

export const PanelMemberAccountsDocument = graphql(`
  query ConsolePanelMemberAccounts {
    panelMemberAccounts {
      id
      displayName
      email
    }
  }
`);

export const MyPanelsDocument = graphql(`
  query ConsoleMyPanels {
    myPanels {
      ...ConsolePanel
      elections {
        id
        title
      }
      interviews {
        ...ConsoleInterviewEntry
      }
    }
  }
`);

export const PanelInterviewDocument = graphql(`
  query ConsolePanelInterview($id: ID!) {
    panelInterview(id: $id) {
      id
      status
      mode
      scheduledAt
      heldAt
      durationMinutes
      membersPresent
      publicSummary
      privateNotes
      publishedAt
      version
      waitingForMe
      conclusion {
        overall
        criteria {
          criterionKey
          rating
        }
        concludedAt
        scoresRevisedAfterDisclosure
      }
      assessments {
        id
        memberId
        scores {
          criterionKey
          rating
          reasoning
        }
        submittedAt
        othersSeenAt
        reopenedAt
        reopenReason
        revisedAfterDisclosure
        version
      }
      dissents {
        memberId
        text
        consentToBeNamed
      }
      recusals {
        memberId
        ground
        reason
      }
      candidacy {
        id
        person {
          fullName
          nationality
        }
        election {
          id
          title
        }
      }
      panel {
        ...ConsolePanel
        rubric {
          criteria {
            key
            scale
          }
        }
      }
    }
  }
`);

export const CreatePanelDocument = graphql(`
  mutation ConsoleCreatePanel($input: CreatePanelInput!) {
    createPanel(input: $input) {
      id
    }
  }
`);

export const AddPanelMemberDocument = graphql(`
  mutation ConsoleAddPanelMember($input: AddPanelMemberInput!) {
    addPanelMember(input: $input) {
      id
    }
  }
`);

export const ScheduleInterviewDocument = graphql(`
  mutation ConsoleScheduleInterview($input: ScheduleInterviewInput!) {
    scheduleInterview(input: $input) {
      id
    }
  }
`);

export const RecordInterviewDocument = graphql(`
  mutation ConsoleRecordInterview($input: RecordInterviewInput!) {
    recordInterview(input: $input) {
      id
    }
  }
`);

export const RecordAssessmentDocument = graphql(`
  mutation ConsoleRecordAssessment($input: RecordAssessmentInput!) {
    recordAssessment(input: $input) {
      id
    }
  }
`);

export const RecordConclusionDocument = graphql(`
  mutation ConsoleRecordConclusion($input: RecordConclusionInput!) {
    recordConclusion(input: $input) {
      id
    }
  }
`);

export const RecordDissentDocument = graphql(`
  mutation ConsoleRecordDissent($input: RecordDissentInput!) {
    recordDissent(input: $input) {
      memberId
    }
  }
`);

export const RecuseDocument = graphql(`
  mutation ConsoleRecuse($input: RecuseInput!) {
    recuse(input: $input) {
      ground
    }
  }
`);

export const CancelInterviewDocument = graphql(`
  mutation ConsoleCancelInterview($input: CancelInterviewInput!) {
    cancelInterview(input: $input) {
      id
      status
    }
  }
`);

export const PublishInterviewDocument = graphql(`
  mutation ConsolePublishInterview($input: PublishInterviewInput!) {
    publishInterview(input: $input) {
      id
    }
  }
`);

export const ReopenAssessmentDocument = graphql(`
  mutation ConsoleReopenAssessment($input: ReopenAssessmentInput!) {
    reopenAssessment(input: $input) {
      id
    }
  }
`);
