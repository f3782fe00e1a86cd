import request from 'supertest';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe('hardened API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ SIGN_IN_RATE_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(async () => {
    await t.close();
  });

  const nested = (depth: number): string => {
    let q = 'code';
    for (let i = 0; i < depth; i += 1)
      q = `candidacies { person { ${i % 2 ? 'nationalityState { code }' : 'id'} candidacies { id } } }`.replace(
        'candidacies { id }',
        i === 0 ? 'candidacies { id }' : q,
      );
    return `{ person(id: "00000000-0000-4000-8000-000000000000") { ${q} } }`;
  };

  it.each([
    [
      'too deep',
      `{ elections { edges { node { candidacies { edges { node { person { candidacies { election { candidacies { edges { node { person { candidacies { id } } } } } } } } } } } } } } }`,
    ],
    ['too many aliases', `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: auditDigest { count }`).join(' ')} }`],
    ['too many directives', `{ auditDigest { count ${'@include(if: true) '.repeat(30)} } }`],
    ['too many tokens', `{ ${Array.from({ length: 1500 }, () => 'statesParties { code }').join(' ')} }`],
  ])('refuses a query %s before running it, with a clear code', async (_label, query) => {
    const res = await t.gql(query);
    expect(res.status).toBeLessThan(500);
    expect(res.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.data ?? null).toBeNull();
  });

  it('accepts a reasonable nested query', async () => {
    const res = await t.gql(nested(1));
    expect(res.errors).toBeUndefined();
  });

  it('answers a body over the limit with 413 and a JSON error', async () => {
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ query: '{ auditDigest { count } }', variables: { x: 'y'.repeat(1_100_000) } }));
    expect(res.status).toBe(413);
    expect(res.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers malformed JSON with 400 and a JSON error', async () => {
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send('{"query": ');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('keeps CSRF prevention on: a simple cross-site request is refused', async () => {
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'text/plain')
      .send('{"query":"{ auditDigest { count } }"}');
    expect(res.status).toBe(400);
    const get = await request(t.app.getHttpServer()).get('/graphql?query=%7BauditDigest%7Bcount%7D%7D');
    expect(get.status).toBe(400);
  });

  it('limits sign-in attempts per address: RATE_LIMITED, 429 with Retry-After, and the attempt is not run', async () => {
    const login = `mutation { login(input: { email: "nobody@example.org", password: "wrong password" }) { token } }`;
    const codes: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const res = await request(t.app.getHttpServer())
        .post('/graphql')
        .set('content-type', 'application/json')
        .send({ query: login });
      codes.push(String((res.body as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code));
      if (i === 4) {
        expect(res.status).toBe(429);
        expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
        expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(60);
      }
    }
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED', 'RATE_LIMITED']);
    // Other operations from the same address still work.
    expect((await t.gql(`{ auditDigest { count } }`)).errors).toBeUndefined();
  });

  it('never sends a stack trace', async () => {
    const res = await t.gql(`{ election(id: "nope") { id } }`);
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|at .*\.js:\d+/);
  });
});
