import { jest } from '@jest/globals';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import request from 'supertest';
import { StaffRole } from '../../src/common/domain.enums.js';
import { Lifecycle } from '../../src/health/lifecycle.js';
import { StatesService } from '../../src/modules/states/states.service.js';
import { createElection } from '../support/factories.js';
import { LogLines } from '../support/log-lines.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('health, request ids and the access log', () => {
  let t: TestApp;
  const log = new LogLines();
  beforeAll(async () => {
    t = await createTestApp(
      { RATE_LIMIT_PER_MINUTE: '25', MAIL_POLL_MS: '60000', METRICS_TOKEN: 'metrics-token-0123456789' },
      { logger: ['log', 'warn', 'error'], logDestination: log },
    );
  });
  afterAll(async () => {
    await t.close();
  });

  it('live and ready answer without a token and without counting against the rate limit', async () => {
    for (let i = 0; i < 30; i += 1) {
      const live = await request(t.app.getHttpServer()).get('/health/live');
      expect(live.status).toBe(200);
      expect(live.body).toEqual({ status: 'ok' });
    }
    const ready = await request(t.app.getHttpServer()).get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({
      status: 'ok',
      details: {
        shutdown: { status: 'up' },
        database: { status: 'up' },
        migrations: { status: 'up' },
        mailSender: { status: 'up' },
        notifications: { status: 'up' },
      },
    });
    // Probes are neither logged per request nor spent from the address's budget (25 a minute here).
    const after = await t.gql('{ statesParties { code } }');
    expect(after.errors).toBeUndefined();
    expect(log.lines.filter((l) => typeof l.path === 'string' && l.path.startsWith('/health'))).toEqual([]);
    const metrics = await request(t.app.getHttpServer())
      .get('/metrics')
      .set('authorization', 'Bearer metrics-token-0123456789');
    expect(metrics.text).not.toMatch(/operation="[^"]*health/);
  });

  it('ready answers 503 when the LISTEN connection is down, and up again once it is back', async () => {
    const owner = new pg.Client({ connectionString: t.ownerUrl });
    await owner.connect();
    try {
      await owner.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'icc-notifications' AND datname = current_database()`,
      );
      let down: request.Response | undefined;
      for (let i = 0; i < 20 && down?.status !== 503; i += 1) {
        down = await request(t.app.getHttpServer()).get('/health/ready');
        if (down.status !== 503) await sleep(10);
      }
      expect(down?.status).toBe(503);
      expect(down?.body).toMatchObject({ status: 'error', error: { notifications: { status: 'down' } } });
      let up: request.Response | undefined;
      for (let i = 0; i < 50 && up?.status !== 200; i += 1) {
        await sleep(100);
        up = await request(t.app.getHttpServer()).get('/health/ready');
      }
      expect(up?.status).toBe(200);
    } finally {
      await owner.end();
    }
  });

  it('echoes X-Request-Id (given or made) and writes one JSON line per request, with no variables or token', async () => {
    const officer = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
    log.lines.length = 0;
    const secret = 'A private title 7f3a';
    const given = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('authorization', `Bearer ${officer}`)
      .set('x-request-id', 'lb-request-0001')
      .send({
        query: 'query Mine($id: ID!) { election(id: $id) { id } }',
        operationName: 'Mine',
        variables: { id: '00000000-0000-4000-8000-000000000000', note: secret },
      });
    expect(given.headers['x-request-id']).toBe('lb-request-0001');
    const made = await request(t.app.getHttpServer()).post('/graphql').send({ query: '{ statesParties { code } }' });
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const unsafe = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('x-request-id', 'no spaces\tor tabs allowed')
      .send({ query: '{ statesParties { code } }' });
    expect(unsafe.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);

    const lines = log.lines.filter((l) => l.path === '/graphql');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({
      level: 'info',
      requestId: 'lb-request-0001',
      method: 'POST',
      status: 200,
      operation: 'query election',
      operationName: 'Mine',
      caller: 'staff',
      durationMs: expect.any(Number) as unknown,
    });
    expect(lines[1]).toMatchObject({ requestId: made.headers['x-request-id'], caller: 'anonymous' });
    const text = JSON.stringify(log.lines);
    expect(text).not.toContain(secret);
    expect(text).not.toContain(officer);
    expect(text).not.toContain('00000000-0000-4000-8000-000000000000');
  });

  it('names the request on the lines about its failure: the error (with its stack) and its access line', async () => {
    log.lines.length = 0;
    const spy = jest.spyOn(t.app.get(StatesService), 'list').mockRejectedValueOnce(new TypeError('a bug'));
    try {
      const res = await request(t.app.getHttpServer())
        .post('/graphql')
        .set('x-request-id', 'traced-request-42')
        // A query of its own: the response cache would answer one seen before.
        .send({ query: 'query Traced { statesParties { code name } }' });
      expect(res.body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      spy.mockRestore();
    }
    const caused = log.lines.filter((l) => l.requestId === 'traced-request-42');
    expect(caused.map((l) => l.level)).toEqual(['error', 'info']);
    expect(caused[1]).toMatchObject({ operation: 'query statesParties', errors: ['INTERNAL_SERVER_ERROR'] });
    expect(String(caused[0].msg)).toMatch(/^Traced failed: a bug/);
    expect(caused[0].error).toMatchObject({
      type: 'TypeError',
      message: 'a bug',
      stack: expect.stringMatching(/TypeError: a bug/),
    });
  });

  it('/metrics: Prometheus text behind the METRICS_TOKEN bearer token', async () => {
    const server = t.app.getHttpServer();
    const refused = await request(server).get('/metrics');
    expect(refused.status).toBe(401);
    expect(refused.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const wrong = await request(server).get('/metrics').set('authorization', 'Bearer metrics-token-0123456788');
    expect(wrong.status).toBe(401);
    await t.gql('query Counted { statesParties(regionalGroup: AFRICAN) { code } }');
    const res = await request(server).get('/metrics').set('authorization', 'Bearer metrics-token-0123456789');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    const metric = (name: string) => new RegExp(`^${name} (\\d+)`, 'm').exec(res.text)?.[1];
    expect(res.text).toMatch(/^icc_requests_total\{operation="query statesParties",outcome="ok"\} \d+/m);
    expect(res.text).toMatch(
      /^icc_requests_total\{operation="query statesParties",outcome="INTERNAL_SERVER_ERROR"\} 1/m,
    );
    expect(res.text).toMatch(/^icc_request_duration_seconds_bucket\{le="0.1",operation="query statesParties"\}/m);
    expect(metric('icc_db_pool_in_use')).toBeDefined();
    expect(metric('icc_db_pool_waiting')).toBe('0');
    expect(res.text).toMatch(/^icc_outbox_messages\{status="PENDING"\} \d+/m);
    expect(res.text).toMatch(/^icc_outbox_messages\{status="FAILED"\} 0/m);
    expect(res.text).toMatch(/^icc_subscriptions\{channel="slate_flag_changed"\} 0/m);
    expect(metric('icc_notifications_listening')).toBe('1');
    const [{ n }] = await t.dataSource.query<{ n: string }[]>('SELECT max(seq)::text AS n FROM audit_entry');
    expect(metric('icc_audit_chain_length')).toBe(n);
    expect(res.text).toMatch(/^process_cpu_seconds_total/m);
  });

  it('on shutdown: ready turns 503 first, the request in flight finishes, then the app closes without an error line', async () => {
    const officer = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
    const e = await createElection(t, officer, { title: 'In flight at shutdown' });
    await t.app.listen(0, '127.0.0.1');
    const server = t.app.getHttpServer() as Server;
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // Hold the election's row so the write is still running when the shutdown begins.
    const blocker = new pg.Client({ connectionString: t.databaseUrl });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('SELECT id FROM election WHERE id = $1 FOR UPDATE', [e.id]);
    const events: string[] = [];
    const write = fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${officer}` },
      body: JSON.stringify({
        query: 'mutation($input: UpdateElectionInput!) { updateElection(input: $input) { title } }',
        variables: { input: { id: e.id, version: e.version, title: 'Finished during shutdown' } },
      }),
    }).then(async (res) => {
      events.push('write answered');
      return (await res.json()) as { data?: { updateElection: { title: string } } };
    });
    await sleep(200);
    log.lines.length = 0;
    const drained = t.app
      .get(Lifecycle)
      .drain(server, 300)
      .then(() => events.push('drained'));
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ error: { shutdown: { status: 'down' } } });
    await sleep(400);
    // Past the delay the server takes no new connection, but the drain waits for the write in flight.
    expect(events).toEqual([]);
    await blocker.query('COMMIT');
    await blocker.end();
    const answer = await write;
    await drained;
    expect(answer.data?.updateElection.title).toBe('Finished during shutdown');
    expect(events.sort()).toEqual(['drained', 'write answered']);
    await t.app.close();
    expect(log.lines.filter((l) => l.level === 'error' || l.level === 'fatal')).toEqual([]);
    // t.close() closes the app again (a no-op) and drops the database.
  });
});
