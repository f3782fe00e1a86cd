import request from 'supertest';
import { StaffRole } from '../../src/common/domain.enums.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// What the observers' reads send beyond their data, kept while their cost goes down (issue 12).
describe('observer reads over HTTP', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  const post = (body: object, token?: string) => {
    const req = request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
    return (token ? req.set('authorization', `Bearer ${token}`) : req).send(body);
  };

  it('answers cache-control: no-store to a query, a signed-in query and an invalid one, without an ETag', async () => {
    const token = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
    for (const res of [
      await post({ query: '{ elections(first: 1) { totalCount } }' }),
      await post({ query: '{ elections(first: 1) { totalCount } }' }, token),
      await post({ query: '{ elections(first: 0) { totalCount } }' }),
      await post({ query: '{ nope }' }),
    ]) {
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers.etag).toBeUndefined();
    }
  });
});
