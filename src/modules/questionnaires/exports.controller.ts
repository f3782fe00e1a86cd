import { Controller, Get, Header, Inject, NotFoundException, Param, ParseUUIDPipe } from '@nestjs/common';
import { QuestionnairesService } from './questionnaires.service.js';
import { responsesCsv } from './responses-export.js';
import { toAnswerModels } from './models/questionnaire.models.js';

/** Published answers as files, over plain HTTP GET beside /graphql. Nothing before publication. */
@Controller('questionnaires')
export class ExportsController {
  constructor(@Inject(QuestionnairesService) private readonly service: QuestionnairesService) {}

  private async published(id: string) {
    const found = await this.service.exportRows(id).catch(() => null);
    if (!found) throw new NotFoundException('No published responses for this questionnaire');
    return found;
  }

  @Get(':id/responses.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="responses.csv"')
  async csv(@Param('id', new ParseUUIDPipe()) id: string): Promise<string> {
    const { questionnaire, rows } = await this.published(id);
    return responsesCsv(questionnaire.questions, rows);
  }

  @Get(':id/responses.json')
  async json(@Param('id', new ParseUUIDPipe()) id: string): Promise<unknown> {
    const { questionnaire, rows } = await this.published(id);
    return {
      questionnaire: {
        id: questionnaire.id,
        title: questionnaire.title,
        publishAt: questionnaire.publishAt,
        questions: questionnaire.questions,
      },
      responses: rows.map((r) => ({ ...r, answers: toAnswerModels(r.answers, questionnaire.questions) })),
    };
  }
}
