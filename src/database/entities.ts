import { OutreachRecordEntity } from '../modules/advocacy/entities/outreach-record.entity.js';
import { DiscussionInvitationEntity } from '../modules/discussions/entities/discussion-invitation.entity.js';
import { DiscussionEntity } from '../modules/discussions/entities/discussion.entity.js';
import { AuditDigestEntity } from '../modules/audit/entities/audit-digest.entity.js';
import { AuditEntryEntity } from '../modules/audit/entities/audit-entry.entity.js';
import { MailMessageEntity } from '../modules/mail/entities/mail-message.entity.js';
import { InvitationEntity } from '../modules/questionnaires/entities/invitation.entity.js';
import { QuestionnaireTemplateEntity } from '../modules/questionnaires/entities/questionnaire-template.entity.js';
import { QuestionnaireEntity } from '../modules/questionnaires/entities/questionnaire.entity.js';
import { ResponseRevisionEntity } from '../modules/questionnaires/entities/response-revision.entity.js';
import { ResponseEntity } from '../modules/questionnaires/entities/response.entity.js';
import { BallotRoundEntity } from '../modules/ballots/entities/ballot-round.entity.js';
import { StaffUserEntity } from '../modules/auth/entities/staff-user.entity.js';
import { SignInBackoffEntity } from '../modules/auth/entities/sign-in-backoff.entity.js';
import { SignInWindowEntity } from '../modules/auth/entities/sign-in-window.entity.js';
import { CandidacyEntity } from '../modules/candidacies/entities/candidacy.entity.js';
import { PersonEntity } from '../modules/candidacies/entities/person.entity.js';
import { ElectionEntity } from '../modules/elections/entities/election.entity.js';
import { NominationExtensionEntity } from '../modules/elections/entities/nomination-extension.entity.js';
import { SittingJudgeEntity } from '../modules/elections/entities/sitting-judge.entity.js';
import { SlateFlagEventEntity } from '../modules/slate-flags/entities/slate-flag-event.entity.js';
import { AssessmentEntity } from '../modules/interviews/entities/assessment.entity.js';
import { DissentEntity } from '../modules/interviews/entities/dissent.entity.js';
import { InterviewEntity } from '../modules/interviews/entities/interview.entity.js';
import { PanelElectionEntity } from '../modules/interviews/entities/panel-election.entity.js';
import { PanelMemberEntity } from '../modules/interviews/entities/panel-member.entity.js';
import { PanelEntity } from '../modules/interviews/entities/panel.entity.js';
import { RecusalEntity } from '../modules/interviews/entities/recusal.entity.js';
import { RubricEntity } from '../modules/interviews/entities/rubric.entity.js';
import { StatePartyEntity } from '../modules/states/entities/state-party.entity.js';

/** Every entity, listed once: the app, the scripts and the tests build the same data source. */
export const entities = [
  StatePartyEntity,
  StaffUserEntity,
  SignInWindowEntity,
  SignInBackoffEntity,
  ElectionEntity,
  NominationExtensionEntity,
  SittingJudgeEntity,
  PersonEntity,
  CandidacyEntity,
  AuditEntryEntity,
  AuditDigestEntity,
  QuestionnaireTemplateEntity,
  QuestionnaireEntity,
  InvitationEntity,
  ResponseEntity,
  ResponseRevisionEntity,
  MailMessageEntity,
  SlateFlagEventEntity,
  BallotRoundEntity,
  RubricEntity,
  PanelEntity,
  PanelElectionEntity,
  PanelMemberEntity,
  RecusalEntity,
  InterviewEntity,
  AssessmentEntity,
  DissentEntity,
  DiscussionEntity,
  DiscussionInvitationEntity,
  OutreachRecordEntity,
];
