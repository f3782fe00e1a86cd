import { Controller, Get, Inject, Param, ParseUUIDPipe, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, ErrorCode, notFound } from '../../common/errors.js';
import { HttpRateLimitGuard } from '../../common/http/http-rate-limit.guard.js';
import { JsonErrorFilter } from '../../common/http/json-error.filter.js';
import { QuestionnairesService } from './questionnaires.service.js';
import { responsesCsv } from './responses-export.js';
import { toAnswerModels } from './models/questionnaire.models.js';

/**
 * Published answers as files, over plain HTTP GET beside /graphql. Nothing before publication.
 * Rate limited per address like /graphql; errors are JSON with `errors[0].extensions.code`.
 */
@Controller('questionnaires')
@UseGuards(HttpRateLimitGuard)
@UseFilters(JsonErrorFilter)
export class ExportsController {
  constructor(@Inject(QuestionnairesService) private readonly service: QuestionnairesService) {}

  // Unknown and unpublished answer the same NOT_FOUND: an export does not reveal what exists.
  private async published(id: string) {
    const found = await this.service.exportRows(id).catch((error: unknown) => {
      if (error instanceof DomainError && error.code === ErrorCode.NOT_FOUND) return null;
      throw error;
    });
    if (!found) throw notFound('Published responses of questionnaire', id);
    return found;
  }

  @Get(':id/responses.csv')
  async csv(@Param('id', new ParseUUIDPipe()) id: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    const { questionnaire, rows } = await this.published(id);
    const csv = responsesCsv(questionnaire.questions, rows);
    // Set only once the file exists: an error must not arrive as a download called responses.csv.
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', 'attachment; filename="responses.csv"');
    return csv;
  }

  @Get(':id/responses.json')
  async json(@Param('id', new ParseUUIDPipe()) id: string): Promise<unknown> {
    const { questionnaire, rows } = await this.published(id);
    return {
      questionnaire: {
        id: questionnaire.id,
        title: questionnaire.title,
        titleFr: questionnaire.titleFr,
        publishAt: questionnaire.publishAt,
        questions: questionnaire.questions,
      },
      responses: rows.map((r) => ({ ...r, answers: toAnswerModels(r.answers, questionnaire.questions) })),
    };
  }
}
