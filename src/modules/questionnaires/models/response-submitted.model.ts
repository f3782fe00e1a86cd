import { Field, ID, ObjectType } from '@nestjs/graphql';
import { CandidacyModel } from '../../candidacies/models/candidacy.model.js';
import { ResponseStatus } from '../entities/response.entity.js';

/** What is sent on `response_submitted` when a nominee submits or declines (JSON: instants as ISO text). */
export interface ResponseSubmittedPayload {
  readonly questionnaireId: string;
  readonly candidacyId: string;
  readonly responseId: string;
  readonly status: ResponseStatus.SUBMITTED | ResponseStatus.DECLINED;
  readonly at: string;
  readonly submittedLate: boolean;
}

@ObjectType('ResponseSubmitted', {
  description: 'A nominee has handed in their response to a questionnaire: answers submitted, or declined (staff).',
})
export class ResponseSubmittedModel {
  @Field(() => ID, { description: 'The questionnaire answered.' })
  questionnaireId: string;

  @Field(() => ID, { description: "The nominee's response (its answers are read through `questionnaire(id)`)." })
  responseId: string;

  @Field(() => CandidacyModel, { description: 'The candidacy of the nominee who answered.' })
  candidacy: CandidacyModel;

  @Field(() => ResponseStatus, { description: 'SUBMITTED (answers sent) or DECLINED (with a reason).' })
  status: ResponseStatus;

  @Field({ description: 'When the nominee submitted or declined.' })
  at: Date;

  @Field({ description: "Submitted after the questionnaire's deadline, under an extension granted by the team." })
  submittedLate: boolean;
}
