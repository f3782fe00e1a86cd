import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { notFound } from '../../common/errors.js';
import { NotificationsService } from '../../common/notifications/notifications.service.js';
import { CandidacyEntity } from '../candidacies/entities/candidacy.entity.js';
import { toCandidacyModel } from '../candidacies/models/candidacy.model.js';
import { QuestionnaireEntity } from './entities/questionnaire.entity.js';
import { ResponseStatus, type ResponseEntity } from './entities/response.entity.js';
import type { ResponseSubmittedModel, ResponseSubmittedPayload } from './models/response-submitted.model.js';

/** responseSubmitted: told in the nominee's transaction, heard by staff once it commits. */
@Injectable()
export class ResponseEventsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(NotificationsService) private readonly notifications: NotificationsService,
  ) {}

  /** Queues the event in the write's transaction: sent only if it commits. */
  async handedIn(manager: EntityManager, response: ResponseEntity, at: Date): Promise<void> {
    if (response.status !== ResponseStatus.SUBMITTED && response.status !== ResponseStatus.DECLINED) return;
    const payload: ResponseSubmittedPayload = {
      questionnaireId: response.questionnaireId,
      candidacyId: response.candidacyId,
      responseId: response.id,
      status: response.status,
      at: at.toISOString(),
      submittedLate: response.submittedLate,
    };
    await this.notifications.publish(manager, 'response_submitted', payload);
  }

  /** Every response handed in to one questionnaire from now on; NOT_FOUND for an unknown questionnaire. */
  async follow(questionnaireId: string): Promise<AsyncIterableIterator<ResponseSubmittedModel>> {
    if (!(await this.dataSource.manager.existsBy(QuestionnaireEntity, { id: questionnaireId }))) {
      throw notFound('Questionnaire', questionnaireId);
    }
    return this.notifications.subscribe(
      'response_submitted',
      (p: ResponseSubmittedPayload) => p.questionnaireId === questionnaireId,
      async (p): Promise<ResponseSubmittedModel> => ({
        questionnaireId: p.questionnaireId,
        responseId: p.responseId,
        candidacy: toCandidacyModel(
          await this.dataSource.manager.findOneByOrFail(CandidacyEntity, { id: p.candidacyId }),
        ),
        status: p.status,
        at: new Date(p.at),
        submittedLate: p.submittedLate,
      }),
    );
  }
}
