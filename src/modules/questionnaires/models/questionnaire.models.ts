import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ElectionType } from '../../../common/domain.enums.js';
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

@ObjectType('QuestionOption')
export class QuestionOptionModel {
  @Field()
  key: string;

  @Field()
  labelEn: string;

  @Field()
  labelFr: string;
}

@ObjectType('Question', { description: 'One question, with its prompt in English and French.' })
export class QuestionModel {
  @Field()
  key: string;

  @Field(() => QUESTION_KIND, { description: 'What sort of answer the question takes.' })
  kind: QuestionKind;

  @Field()
  required: boolean;

  @Field()
  promptEn: string;

  @Field()
  promptFr: string;

  @Field(() => Int, { nullable: true })
  maxLength: number | null;

  @Field(() => [QuestionOptionModel])
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
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'Shared by every version of this template.' })
  family: string;

  @Field(() => Int)
  version: number;

  @Field()
  title: string;

  @Field(() => ElectionType)
  electionType: ElectionType;

  @Field(() => [QuestionModel])
  questions: QuestionModel[];
}

@ObjectType('Questionnaire', { description: 'A questionnaire issued to the nominees of one election.' })
export class QuestionnaireModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  deadline: Date;

  @Field({ description: 'Submitted answers become public at this instant.' })
  publishAt: Date;

  @Field(() => [QuestionModel])
  questions: QuestionModel[];

  electionId: string;
}

@ObjectType('Answer', { description: 'One answer: text, yes/no, or the chosen option keys.' })
export class AnswerModel {
  @Field()
  key: string;

  @Field(() => String, { nullable: true })
  text: string | null;

  @Field(() => Boolean, { nullable: true })
  yes: boolean | null;

  @Field(() => [String], { nullable: true })
  choices: string[] | null;
}

export function toAnswerModels(
  answers: Readonly<Record<string, AnswerValue>>,
  questions: readonly Question[],
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
  @Field(() => ID)
  questionnaireId: string;

  @Field(() => ResponseOutcome, {
    description: 'SUBMITTED, DECLINED, PENDING (still has time to answer) or NO_RESPONSE (deadline passed, no answer).',
  })
  outcome: ResponseOutcome;

  @Field({ description: "This nominee's deadline, with any extension granted to them." })
  deadline: Date;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field({ description: 'Submitted after the deadline, under an extension granted by the team.' })
  submittedLate: boolean;

  @Field(() => String, { nullable: true })
  declineReason: string | null;

  @Field(() => [AnswerModel])
  answers: AnswerModel[];
}

@ObjectType('TrackingRow', { description: 'One nominee and their questionnaire (staff).' })
export class TrackingRowModel {
  @Field(() => ID)
  candidacyId: string;

  @Field()
  fullName: string;

  @Field(() => TrackingStatus)
  status: TrackingStatus;

  @Field(() => ResponseStatus)
  responseStatus: ResponseStatus;

  @Field(() => MailStatus, { nullable: true, description: 'Where the last invitation mail stands (null: none sent).' })
  mailState: MailStatus | null;

  @Field(() => String, { nullable: true })
  mailError: string | null;

  @Field(() => Date, { nullable: true })
  invitedAt: Date | null;

  @Field(() => Date, { nullable: true })
  openedAt: Date | null;

  @Field(() => Date, { nullable: true })
  lastRemindedAt: Date | null;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true, description: "This nominee's extended deadline, if granted." })
  extendedDeadline: Date | null;
}

@ObjectType('TrackingCount')
export class TrackingCountModel {
  @Field(() => TrackingStatus)
  status: TrackingStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType('QuestionnaireTracking', { description: 'Who was sent what and who answered (staff).' })
export class QuestionnaireTrackingModel {
  @Field(() => QuestionnaireModel)
  questionnaire: QuestionnaireModel;

  @Field(() => [TrackingCountModel])
  counts: TrackingCountModel[];

  @Field(() => [TrackingRowModel])
  rows: TrackingRowModel[];

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;
}

@ObjectType('SendResult')
export class SendResultModel {
  @Field(() => Int, { description: 'Invitations created (and mails queued) by this call.' })
  invited: number;
}

@ObjectType('NomineeSession', { description: "A nominee's short session, scoped to one candidacy." })
export class NomineeSessionModel {
  @Field()
  token: string;

  @Field()
  expiresAt: Date;
}

@ObjectType('MyInvitation', { description: 'What a nominee sees: their questionnaire, their draft.' })
export class MyInvitationModel {
  @Field()
  electionTitle: string;

  @Field()
  questionnaireTitle: string;

  @Field({ description: 'en or fr: the language of `prompt` in each question.' })
  language: string;

  @Field(() => [NomineeQuestionModel])
  questions: NomineeQuestionModel[];

  @Field(() => ResponseStatus)
  status: ResponseStatus;

  @Field(() => Int, { description: 'Send it back with saveAnswers.' })
  version: number;

  @Field(() => [AnswerModel])
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

  @Field(() => Date, { nullable: true })
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

@ObjectType('NomineeQuestion')
export class NomineeQuestionModel {
  @Field()
  key: string;

  @Field(() => QUESTION_KIND)
  kind: QuestionKind;

  @Field()
  required: boolean;

  @Field()
  prompt: string;

  @Field(() => Int, { nullable: true })
  maxLength: number | null;

  @Field(() => [NomineeOptionModel])
  options: NomineeOptionModel[];
}

@ObjectType('NomineeOption')
export class NomineeOptionModel {
  @Field()
  key: string;

  @Field()
  label: string;
}
