import { jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { StaffRole } from '../../src/common/domain.enums.js';
import { QuestionnairesService } from '../../src/modules/questionnaires/questionnaires.service.js';
import { issuedQuestionnaire } from '../support/questionnaire-factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

interface ErrorBody {
  errors: { message: string; extensions: { code: string } }[];
}

const FORMATS = ['csv', 'json'] as const;

describe('CSV and JSON exports of published answers', () => {
  let t: TestApp;
  let officer: string;

  beforeAll(async () => {
    t = await createTestApp();
    officer = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
  });
  afterAll(async () => {
    await t.close();
  });

  const get = (path: string) => request(t.app.getHttpServer()).get(path);

  function expectJsonError(res: request.Response, status: number, code: string): void {
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toContain('application/json');
    expect((res.body as ErrorBody).errors[0].extensions.code).toBe(code);
    // An error is never offered as a download called responses.csv.
    expect(res.headers['content-disposition']).toBeUndefined();
  }

  it('a published questionnaire downloads as a named CSV file and as JSON', async () => {
    const { questionnaireId } = await issuedQuestionnaire(t, officer);
    const published = await t.gql(
      // Early, while the nominee still has time: confirmed (they are exported as PENDING).
      `mutation($id: ID!) { publishResponses(questionnaireId: $id, confirm: true) { publishAt } }`,
      { id: questionnaireId },
      { as: officer },
    );
    expect(published.errors).toBeUndefined();
    const csv = await get(`/questionnaires/${questionnaireId}/responses.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="responses.csv"');
    const json = await get(`/questionnaires/${questionnaireId}/responses.json`);
    expect(json.status).toBe(200);
    expect((json.body as { questionnaire: { id: string } }).questionnaire.id).toBe(questionnaireId);
  });

  it.each(FORMATS)('%s: unknown and unpublished questionnaires answer 404 NOT_FOUND as JSON', async (format) => {
    const { questionnaireId } = await issuedQuestionnaire(t, officer);
    expectJsonError(await get(`/questionnaires/${questionnaireId}/responses.${format}`), 404, 'NOT_FOUND');
    expectJsonError(await get(`/questionnaires/${randomUUID()}/responses.${format}`), 404, 'NOT_FOUND');
  });

  it.each(FORMATS)('%s: a malformed id answers 400 BAD_USER_INPUT as JSON', async (format) => {
    expectJsonError(await get(`/questionnaires/not-a-uuid/responses.${format}`), 400, 'BAD_USER_INPUT');
  });

  it.each(FORMATS)('%s: a failure is an error (500, or 503 when the database is away), not a 404', async (format) => {
    const service = t.app.get(QuestionnairesService);
    const spy = jest.spyOn(service, 'exportRows');
    try {
      spy.mockRejectedValueOnce(new Error('something broke inside'));
      const broken = await get(`/questionnaires/${randomUUID()}/responses.${format}`);
      expectJsonError(broken, 500, 'INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(broken.body)).not.toContain('something broke inside');

      spy.mockRejectedValueOnce(Object.assign(new Error('Connection terminated unexpectedly'), { code: '08006' }));
      expectJsonError(await get(`/questionnaires/${randomUUID()}/responses.${format}`), 503, 'SERVICE_UNAVAILABLE');
    } finally {
      spy.mockRestore();
    }
  });
});

describe('exports are rate limited per address, in the same budget as /graphql', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('past the limit: 429 RATE_LIMITED with Retry-After, whatever the path or id', async () => {
    const get = (path: string) => request(t.app.getHttpServer()).get(path);
    const id = randomUUID();
    for (const path of [`/questionnaires/${id}/responses.csv`, `/questionnaires/${id}/responses.json`]) {
      expect((await get(path)).status).toBe(404);
    }
    expect((await get('/questionnaires/not-a-uuid/responses.csv')).status).toBe(400);
    for (const path of [`/questionnaires/${id}/responses.csv`, '/questionnaires/not-a-uuid/responses.json']) {
      const limited = await get(path);
      expect(limited.status).toBe(429);
      expect((limited.body as ErrorBody).errors[0].extensions.code).toBe('RATE_LIMITED');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(limited.headers['content-disposition']).toBeUndefined();
    }
    // One budget for every way in: the exports spent it for /graphql too.
    const graphql = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: '{ __typename }' });
    expect(graphql.status).toBe(429);
  });
});
