import type { INestApplication } from '@nestjs/common';
import type { FormattedExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import request from 'supertest';
import WebSocket from 'ws';
import { createApp } from '../../src/bootstrap.js';
import { StaffRole } from '../../src/common/domain.enums.js';
import { NotificationsService } from '../../src/common/notifications/notifications.service.js';
import { nominateRaw, openElection, personInput } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

interface Changed {
  slateFlagChanged: { electionId: string; events: { operation: string }[] };
}

async function until(what: string, condition: () => boolean, ms = 10_000): Promise<void> {
  for (const deadline = Date.now() + ms; !condition(); await new Promise((r) => setTimeout(r, 20))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
  }
}

/**
 * Two instances of the application on one database, as behind a load balancer: nothing but
 * PostgreSQL is shared. Also proven elsewhere, on two instances: the outbox sends each mail once
 * (questionnaires.e2e-spec: "two sender instances on one database deliver each message exactly
 * once") and the sign-in limit is shared (sign-in-limits.e2e-spec: "shares the counters between
 * instances on one database").
 */
describe('several instances on one database', () => {
  let a: TestApp;
  let b: INestApplication;
  let client: Client;

  beforeAll(async () => {
    a = await createTestApp();
    // The same configuration (JWT_SECRET included), as every instance of a deployment gets.
    b = await createApp(a.config, a.databaseUrl, { logger: ['error'] });
    await b.listen(0, '127.0.0.1');
    const url = (await b.getUrl()).replace(/^http/, 'ws');
    client = createClient({ url: `${url}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
  });
  afterAll(async () => {
    await client.dispose();
    await b.close();
    await a.close();
  });

  it('a token signed by one instance is accepted by the other', async () => {
    const officer = await a.tokenFor(StaffRole.ELECTIONS_OFFICER);
    const res = await request(b.getHttpServer())
      .post('/graphql')
      .set('authorization', `Bearer ${officer}`)
      .send({ query: '{ me { role } }' });
    expect(res.body).toEqual({ data: { me: { role: 'ELECTIONS_OFFICER' } } });
  });

  it('a write on one instance reaches a subscriber of the other (through PostgreSQL NOTIFY)', async () => {
    const officer = await a.tokenFor(StaffRole.ELECTIONS_OFFICER);
    const election = await openElection(a, officer, { type: 'PROSECUTOR', title: 'Across instances', seats: 1 });
    const notifications = b.get(NotificationsService);
    const before = notifications.subscriberCount('slate_flag_changed');
    const results = client.iterate<Changed>({
      query: 'subscription($id: ID!) { slateFlagChanged(electionId: $id) { electionId events { operation } } }',
      variables: { id: election.id },
    });
    const next = results.next();
    await until('the subscription on instance B', () => notifications.subscriberCount('slate_flag_changed') > before);
    // Written through instance A.
    const nominated = await nominateRaw(a, officer, {
      electionId: election.id,
      nominatingState: 'GH',
      person: personInput({ nationality: 'GH' }),
    });
    expect(nominated.errors).toBeUndefined();
    let timer: NodeJS.Timeout | undefined;
    try {
      const result = await Promise.race([
        next,
        new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('no event in 10 s')), 10_000))),
      ]);
      const value = result.value as FormattedExecutionResult<Changed>;
      expect(value.data?.slateFlagChanged.electionId).toBe(election.id);
      expect(value.data?.slateFlagChanged.events[0].operation).toBe('nominateCandidate');
    } finally {
      clearTimeout(timer);
      await results.return?.();
    }
  });

  it('each instance answers its own probes; /metrics does not exist without METRICS_TOKEN', async () => {
    for (const server of [a.app.getHttpServer(), b.getHttpServer()]) {
      expect((await request(server).get('/health/ready')).status).toBe(200);
      expect((await request(server).get('/metrics')).status).toBe(404);
    }
  });
});
