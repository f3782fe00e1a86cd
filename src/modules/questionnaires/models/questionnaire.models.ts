import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ElectionType, Language } from '../../../common/domain.enums.js';
import { ResponseStatus } from '../entities/response.entity.js';
import { MailStatus } from '../../mail/entities/mail-message.entity.js';
import { QUESTION_KIND } from '../questionnaires.enums.js';
import { ResponseOutcome } from '../questionnaires.rules.js';
import type { AnswerValue, Question, QuestionKind } from '../questions.js';

registerEnumType(ResponseStatus, { name: 'ResponseStatus', description: "Where a nominee's response stands." });
registerEnumType(ResponseOutcome, {
  name: 'ResponseOutcome',
  description: "What observers read about a nominee's response once the questionnaire is published.",
  valuesMap: {
    SUBMITTED: { description: 'Answered: the answers are shown.' },
    DECLINED: { description: 'Declined to answer, with the reason given.' },
    PENDING: { description: 'Not answered yet, and their deadline (with any extension) is still ahead.' },
    NO_RESPONSE: { description: 'Their deadline passed without an answer or a decline.' },
  },
});

export enum TrackingStatus {
  NOT_SENT = 'NOT_SENT',
  SENT = 'SENT',
  DELIVERY_FAILED = 'DELIVERY_FAILED',
  OPENED = 'OPENED',
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  LATE = 'LATE',
  DECLINED = 'DECLINED',
}
registerEnumType(TrackingStatus, {
  name: 'TrackingStatus',
  description: 'Where one nominee stands with a questionnaire (LATE: deadline passed, nothing submitted).',
});

@ObjectType('QuestionOption', { description: 'One option of a choice question.' })
export class QuestionOptionModel {
  @Field({ description: 'Stable key of the option, as answers give it.' })
  key: string;

  @Field({ description: 'The option in English.' })
  labelEn: string;

  @Field({ description: 'The option in French.' })
  labelFr: string;
}

@ObjectType('Question', { description: 'One question, with its prompt in English and French.' })
export class QuestionModel {
  @Field({ description: 'Stable key, lower_snake_case; answers and exports use it.' })
  key: string;

  @Field(() => QUESTION_KIND, { description: 'What sort of answer the question takes.' })
  kind: QuestionKind;

  @Field({ description: 'An answer is needed before submitting.' })
  required: boolean;

  @Field({ description: 'The question in English.' })
  promptEn: string;

  @Field({ description: 'The question in French.' })
  promptFr: string;

  @Field(() => Int, { description: 'TEXT only: most characters allowed.', nullable: true })
  maxLength: number | null;

  @Field(() => [QuestionOptionModel], { description: 'Choice questions: the options offered.' })
  options: QuestionOptionModel[];
}

export const toQuestionModel = (q: Question): QuestionModel => ({
  key: q.key,
  kind: q.kind,
  required: q.required,
  promptEn: q.promptEn,
  promptFr: q.promptFr,
  maxLength: q.maxLength ?? null,
  options: (q.options ?? []).map((o) => ({ ...o })),
});

@ObjectType('QuestionnaireTemplate', { description: 'A version of a questionnaire template (staff).' })
export class QuestionnaireTemplateModel {
  @Field(() => ID, { description: "This version's id." })
  id: string;

  @Field(() => ID, { description: 'Shared by every version of this template.' })
  family: string;

  @Field(() => Int, { description: '1 for the first version of the template, then 2, 3...' })
  version: number;

  @Field({ description: "The template's title." })
  title: string;

  @Field(() => String, { nullable: true, description: 'The title in French, where there is one.' })
  titleFr: string | null;

  @Field(() => ElectionType, { description: 'The kind of election it is meant for.' })
  electionType: ElectionType;

  @Field(() => [QuestionModel], { description: 'The questions, in order.' })
  questions: QuestionModel[];
}

@ObjectType('Questionnaire', { description: 'A questionnaire issued to the nominees of one election.' })
export class QuestionnaireModel {
  @Field(() => ID, { description: "The questionnaire's id." })
  id: string;

  @Field({ description: 'Its title, frozen when issued.' })
  title: string;

  @Field(() => String, {
    nullable: true,
    description: 'Its title in French, where there is one (nominees reading in French see it), frozen when issued.',
  })
  titleFr: string | null;

  @Field({ description: 'Answers are due by this instant (a nominee may be granted an extension).' })
  deadline: Date;

  @Field({ description: 'Submitted answers become public at this instant.' })
  publishAt: Date;

  @Field(() => [QuestionModel], { description: 'The questions, frozen when issued.' })
  questions: QuestionModel[];

  electionId: string;
}

@ObjectType('Answer', { description: 'One answer: text, yes/no, or the chosen option keys.' })
export class AnswerModel {
  @Field({ description: 'The question answered.' })
  key: string;

  @Field(() => String, { description: 'TEXT questions: the answer.', nullable: true })
  text: string | null;

  @Field(() => Boolean, { description: 'YES_NO questions: the answer.', nullable: true })
  yes: boolean | null;

  @Field(() => [String], { description: 'Choice questions: the keys of the options chosen.', nullable: true })
  choices: string[] | null;
}

export function toAnswerModels(
  answers: Readonly<Record<string, AnswerValue>>,
  questions: readonly Pick<Question, 'key'>[],
): AnswerModel[] {
  return questions
    .filter((q) => answers[q.key] !== undefined)
    .map((q) => {
      const v = answers[q.key];
      return {
        key: q.key,
        text: typeof v === 'string' ? v : null,
        yes: typeof v === 'boolean' ? v : null,
        choices: Array.isArray(v) ? v : null,
      };
    });
}

@ObjectType('PublishedResponse', {
  description: "A nominee's response as observers see it once the questionnaire is published.",
})
export class PublishedResponseModel {
  @Field(() => ID, { description: 'The questionnaire answered.' })
  questionnaireId: string;

  @Field(() => ResponseOutcome, {
    description: 'SUBMITTED, DECLINED, PENDING (still has time to answer) or NO_RESPONSE (deadline passed, no answer).',
  })
  outcome: ResponseOutcome;

  @Field({ description: "This nominee's deadline, with any extension granted to them." })
  deadline: Date;

  @Field(() => Date, { description: 'When the answers were submitted (SUBMITTED only).', nullable: true })
  submittedAt: Date | null;

  @Field({ description: 'Submitted after the deadline, under an extension granted by the team.' })
  submittedLate: boolean;

  @Field(() => String, { description: "The nominee's reason for declining (DECLINED only).", nullable: true })
  declineReason: string | null;

  @Field(() => [AnswerModel], { description: 'The answers (SUBMITTED only).' })
  answers: AnswerModel[];
}

@ObjectType('TrackingRow', { description: 'One nominee and their questionnaire (staff).' })
export class TrackingRowModel {
  @Field(() => ID, { description: "The nominee's candidacy." })
  candidacyId: string;

  @Field({ description: "The nominee's name." })
  fullName: string;

  @Field(() => TrackingStatus, { description: 'Where the nominee stands, mail and response together.' })
  status: TrackingStatus;

  @Field(() => ResponseStatus, { description: 'Where the response itself stands.' })
  responseStatus: ResponseStatus;

  @Field(() => MailStatus, { nullable: true, description: 'Where the last invitation mail stands (null: none sent).' })
  mailState: MailStatus | null;

  @Field(() => String, { description: 'Why the last invitation mail failed, if it did.', nullable: true })
  mailError: string | null;

  @Field(() => Date, { description: 'When the invitation was created.', nullable: true })
  invitedAt: Date | null;

  @Field(() => Date, { description: 'When the nominee first opened the invitation.', nullable: true })
  openedAt: Date | null;

  @Field(() => Date, { description: 'When the nominee was last reminded.', nullable: true })
  lastRemindedAt: Date | null;

  @Field(() => Date, { description: 'When the nominee submitted.', nullable: true })
  submittedAt: Date | null;

  @Field(() => String, { description: "The nominee's reason for declining (DECLINED only).", nullable: true })
  declineReason: string | null;

  @Field(() => Date, { nullable: true, description: "This nominee's extended deadline, if granted." })
  extendedDeadline: Date | null;
}

@ObjectType('TrackingCount', { description: 'How many nominees are at one tracking status.' })
export class TrackingCountModel {
  @Field(() => TrackingStatus, { description: 'The status.' })
  status: TrackingStatus;

  @Field(() => Int, { description: 'How many nominees.' })
  count: number;
}

@ObjectType('QuestionnaireTracking', { description: 'Who was sent what and who answered (staff).' })
export class QuestionnaireTrackingModel {
  @Field(() => QuestionnaireModel, { description: 'The questionnaire.' })
  questionnaire: QuestionnaireModel;

  @Field(() => [TrackingCountModel], { description: 'How many nominees at each status.' })
  counts: TrackingCountModel[];

  @Field(() => [TrackingRowModel], { description: 'One row per nominee.' })
  rows: TrackingRowModel[];

  @Field(() => Date, { description: 'When the answers were published (null before publishAt).', nullable: true })
  publishedAt: Date | null;

  @Field(() => Int, { description: 'How many standing nominees sendQuestionnaire would invite now.' })
  toInvite: number;

  @Field(() => Int, {
    description:
      'How many nominees remindNominees would write to now: invited, standing, with an address, neither submitted nor declined.',
  })
  toRemind: number;
}

@ObjectType('SendResult', { description: 'What sending a questionnaire did.' })
export class SendResultModel {
  @Field(() => Int, { description: 'Invitations created (and mails queued) by this call.' })
  invited: number;
}

@ObjectType('NomineeSession', { description: "A nominee's short session, scoped to one candidacy." })
export class NomineeSessionModel {
  @Field({
    description: "Bearer token for the nominee's requests (Authorization header, or connectionParams.authorization).",
  })
  token: string;

  @Field({ description: 'When the session ends: open the invitation again after.' })
  expiresAt: Date;
}

@ObjectType('MyInvitation', { description: 'What a nominee sees: their questionnaire, their draft.' })
export class MyInvitationModel {
  @Field({
    description: "The election's title in your language (its French title, where it has one, when you read in FR).",
  })
  electionTitle: string;

  @Field({ description: "The questionnaire's title in your language (its French title, where it has one, in FR)." })
  questionnaireTitle: string;

  @Field(() => Language, { description: 'The language of `prompt` in each question (and of `electionTitle`).' })
  language: Language;

  @Field(() => [NomineeQuestionModel], { description: 'The questions, in your language.' })
  questions: NomineeQuestionModel[];

  @Field(() => ResponseStatus, { description: 'Where your response stands.' })
  status: ResponseStatus;

  @Field(() => Int, { description: 'Send it back with saveAnswers.' })
  version: number;

  @Field(() => [AnswerModel], { description: 'Your answers so far.' })
  answers: AnswerModel[];

  @Field({ description: 'Your deadline (with any extension granted to you).' })
  deadline: Date;

  @Field({
    description:
      "The questionnaire's deadline for every nominee; `deadline` is later when you were granted an extension.",
  })
  originalDeadline: Date;

  @Field({ description: 'Submitted answers (and reasons for declining) become public at this instant.' })
  publishAt: Date;

  @Field(() => Date, { description: 'When you submitted.', nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When you declined (status DECLINED).' })
  declinedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Your reason for declining, published with it.' })
  declineReason: string | null;

  @Field(() => ID, {
    description: 'Your response: the same across new codes for this questionnaire (keys a local draft).',
  })
  responseId: string;

  @Field({ description: 'The elections team’s address, for help.' })
  contactEmail: string;
}

@ObjectType('InvitationHelp', { description: 'What a nominee without a working code needs: whom to ask.' })
export class InvitationHelpModel {
  @Field({ description: 'The elections team’s public address (MAIL_REPLY_TO, else MAIL_FROM).' })
  electionsTeamEmail: string;
}

@ObjectType('NomineeQuestion', { description: 'A question as a nominee reads it: in their language.' })
export class NomineeQuestionModel {
  @Field({ description: 'Stable key: send it back with the answer.' })
  key: string;

  @Field(() => QUESTION_KIND, { description: 'What sort of answer the question takes.' })
  kind: QuestionKind;

  @Field({ description: 'An answer is needed before submitting.' })
  required: boolean;

  @Field({ description: 'The question, in your language.' })
  prompt: string;

  @Field(() => Int, { description: 'TEXT only: most characters allowed.', nullable: true })
  maxLength: number | null;

  @Field(() => [NomineeOptionModel], { description: 'Choice questions: the options offered.' })
  options: NomineeOptionModel[];
}

@ObjectType('NomineeOption', { description: "An option of a choice question, in the nominee's language." })
export class NomineeOptionModel {
  @Field({ description: 'Send this key back to choose the option.' })
  key: string;

  @Field({ description: 'The option, in your language.' })
  label: string;
}
