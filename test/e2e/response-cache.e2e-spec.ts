import type { INestApplication } from '@nestjs/common';
import { createHash } from 'node:crypto';
import request from 'supertest';
import { createApp } from '../../src/bootstrap.js';
import { Clock } from '../../src/common/clock.js';
import { StaffRole } from '../../src/common/domain.enums.js';
import { RESPONSE_CACHE_HEADER } from '../../src/common/graphql/response-cache.js';
import { NotificationsService } from '../../src/common/notifications/notifications.service.js';
import { createElection, openElection, updateElection } from '../support/factories.js';
import { issuedQuestionnaire, tokenIn } from '../support/questionnaire-factories.js';
import { createTestApp, TestClock, type TestApp } from '../support/test-app.js';

interface Answer {
  status: number;
  hit: boolean;
  body: { data?: Record<string, unknown> | null; errors?: { extensions: { code: string } }[] };
}

/** POST /graphql on any instance, telling whether the answer came from the response cache. */
async function post(app: INestApplication, query: string, variables: object = {}, token?: string): Promise<Answer> {
  return postBody(app, { query, variables }, token);
}

async function postBody(app: INestApplication, body: object, token?: string): Promise<Answer> {
  let req = request(app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
  if (token) req = req.set('authorization', `Bearer ${token}`);
  const res = await req.send(body);
  return {
    status: res.status,
    hit: res.headers[RESPONSE_CACHE_HEADER] === 'hit',
    body: res.body as Answer['body'],
  };
}

/**
 * Reads until an answer comes from the cache: a write's notification can still be on its way when
 * the first read runs (it then makes that entry stale), so the first reads may each miss.
 */
async function cached(app: INestApplication, query: string, variables: object = {}): Promise<Answer> {
  for (let i = 0; i < 50; i += 1) {
    const answer = await post(app, query, variables);
    if (answer.hit) return answer;
  }
  throw new Error('never served from the cache');
}

const RESPONSE_OF = `query($id: ID!) { candidacy(id: $id) { id response { outcome answers { key text yes } } } }`;

describe('response cache for anonymous reads', () => {
  let t: TestApp;
  let officer: string;

  beforeAll(async () => {
    t = await createTestApp();
    officer = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
  });

  afterAll(async () => {
    await t.close();
  });

  it('shows answers at the instant of publishAt, not a cached embargo', async () => {
    const deadline = new Date(Date.now() + 3600_000);
    const publishAt = new Date(Date.now() + 2 * 3600_000);
    const { questionnaireId, candidacyIds } = await issuedQuestionnaire(t, officer, {
      nominees: ['SN'],
      deadline,
      publishAt,
    });
    await t.gql(
      `mutation($id: ID!) { sendQuestionnaire(questionnaireId: $id) { invited } }`,
      { id: questionnaireId },
      { as: officer },
    );
    const [mail] = await t.dataSource.query<{ text_body: string }[]>(
      `SELECT m.text_body FROM mail_message m JOIN invitation i ON i.id = m.invitation_id WHERE i.questionnaire_id = $1`,
      [questionnaireId],
    );
    const opened = await t.gql<{ openInvitation: { token: string } }>(
      `mutation($token: String!) { openInvitation(token: $token) { token } }`,
      { token: tokenIn(mail.text_body) },
    );
    const nominee = opened.data!.openInvitation.token;
    const saved = await t.gql<{ saveAnswers: { version: number } }>(
      `mutation($input: SaveAnswersInput!) { saveAnswers(input: $input) { version } }`,
      {
        input: {
          version: 0,
          answers: [
            { key: 'qualifications', text: 'Twenty years on the bench.' },
            { key: 'conflict', yes: false },
          ],
        },
      },
      { as: nominee },
    );
    const submitted = await t.gql(
      `mutation($version: Int!) { submitResponse(version: $version) { status } }`,
      { version: saved.data!.saveAnswers.version },
      { as: nominee },
    );
    expect(submitted.errors).toBeUndefined();

    // One millisecond before the embargo lifts: nothing public, and that answer is cached.
    t.clock.set(new Date(publishAt.getTime() - 1).toISOString());
    const before = await cached(t.app, RESPONSE_OF, { id: candidacyIds[0] });
    expect(before.body.data).toEqual({ candidacy: { id: candidacyIds[0], response: null } });

    // At publishAt exactly, with no write in between: the answers, not the cached embargo.
    t.clock.set(publishAt.toISOString());
    const at = await post(t.app, RESPONSE_OF, { id: candidacyIds[0] });
    expect(at.hit).toBe(false);
    expect(at.body.data).toEqual({
      candidacy: {
        id: candidacyIds[0],
        response: {
          outcome: 'SUBMITTED',
          answers: [
            { key: 'qualifications', text: 'Twenty years on the bench.', yes: null },
            { key: 'conflict', text: null, yes: false },
          ],
        },
      },
    });
    // Moving the clock back never serves what was computed for a later instant.
    t.clock.set(new Date(publishAt.getTime() - 1).toISOString());
    const back = await post(t.app, RESPONSE_OF, { id: candidacyIds[0] });
    expect((back.body.data?.candidacy as { response: unknown }).response).toBeNull();
    t.clock.set(null);
  });

  it("shows this instance's own write on the next read, even before the write's NOTIFY comes back", async () => {
    // Hold back what LISTEN delivers on data_changed: only the local invalidation can explain a fresh read.
    const notifications = t.app.get(NotificationsService);
    const listeners = (notifications as unknown as { listeners: Map<string, Set<(payload: unknown) => void>> })
      .listeners;
    const held = listeners.get('data_changed') ?? new Set();
    const originals = [...held];
    held.clear();
    // Kept until the end of the test, then delivered: the notifications arrive, only too late.
    const late: (() => void)[] = [];
    for (const listener of originals) held.add((payload) => late.push(() => listener(payload)));
    try {
      const election = await openElection(t, officer, { title: 'Read before my write' });
      const doc = `query($id: ID!) { election(id: $id) { id title } }`;
      await cached(t.app, doc, { id: election.id });
      await updateElection(t, officer, { id: election.id, version: election.version, title: 'Read after my write' });
      const next = await post(t.app, doc, { id: election.id });
      expect(next.hit).toBe(false);
      expect(next.body.data).toEqual({ election: { id: election.id, title: 'Read after my write' } });
    } finally {
      held.clear();
      for (const listener of originals) held.add(listener);
      for (const deliver of late) deliver();
    }
  });

  it('a write on one instance is seen by the next read on another instance', async () => {
    // A second instance of the application on the same database (as behind a load balancer).
    const other = await createApp(t.config, t.databaseUrl, {
      logger: ['error'],
      overrides: [{ provide: Clock, useValue: new TestClock() }],
    });
    await other.init();
    try {
      const election = await openElection(t, officer, { title: 'Election before the change' });
      const doc = `query($id: ID!) { election(id: $id) { id title } }`;
      const first = await cached(other, doc, { id: election.id });
      expect(first.body.data).toEqual({ election: { id: election.id, title: 'Election before the change' } });

      await updateElection(t, officer, {
        id: election.id,
        version: election.version,
        title: 'Election after the change',
      });
      const next = await post(other, doc, { id: election.id });
      expect(next.hit).toBe(false);
      expect(next.body.data).toEqual({ election: { id: election.id, title: 'Election after the change' } });
    } finally {
      await other.close();
    }
  });

  it('never serves a staff read from the cache, nor caches it', async () => {
    const draft = await createElection(t, officer, { title: 'A draft only staff see' });
    const doc = `query($id: ID!) { election(id: $id) { id title status } }`;
    const anonymous = await cached(t.app, doc, { id: draft.id });
    expect(anonymous.body.data).toEqual({ election: null });
    for (let i = 0; i < 3; i += 1) {
      const staff = await post(t.app, doc, { id: draft.id }, officer);
      expect(staff.hit).toBe(false);
      expect(staff.body.data).toEqual({ election: { id: draft.id, title: 'A draft only staff see', status: 'DRAFT' } });
    }
  });

  it('serves an automatic persisted query (the hash alone) from the cache, and a write refreshes it', async () => {
    const election = await openElection(t, officer, { title: 'Read by its hash' });
    const doc = `query ByHash($id: ID!) { election(id: $id) { id title } }`;
    const extensions = { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(doc).digest('hex') } };
    const variables = { id: election.id };
    // Not registered yet: the client is told to send the text (and nothing is kept).
    const unknown = await postBody(t.app, { extensions, variables });
    expect(unknown.body.errors?.[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(unknown.hit).toBe(false);
    // Registered with its text, then the hash alone, served from the cache like the text would be.
    const registered = await postBody(t.app, { query: doc, extensions, variables });
    expect(registered.body.data).toEqual({ election: { id: election.id, title: 'Read by its hash' } });
    let hit: Answer | undefined;
    for (let i = 0; i < 50 && !hit; i += 1) {
      const answer = await postBody(t.app, { extensions, variables });
      expect(answer.body.data).toEqual({ election: { id: election.id, title: 'Read by its hash' } });
      if (answer.hit) hit = answer;
    }
    expect(hit).toBeDefined();
    // A hash sent with a text that is not its own is refused, never answered from the cache.
    const mismatch = await postBody(t.app, { query: `{ elections { totalCount } }`, extensions, variables });
    expect(mismatch.hit).toBe(false);
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.errors?.[0].extensions.code).toBe('BAD_REQUEST');
    expect(mismatch.body.data).toBeUndefined();
    const version2 = await postBody(t.app, {
      extensions: { persistedQuery: { ...extensions.persistedQuery, version: 2 } },
    });
    expect(version2.status).toBe(400);
    expect(version2.body.errors?.[0].extensions.code).toBe('BAD_REQUEST');
    // After a write, the hash alone gets the new answer.
    await updateElection(t, officer, {
      id: election.id,
      version: election.version,
      title: 'Read by its hash, changed',
    });
    const next = await postBody(t.app, { extensions, variables });
    expect(next.hit).toBe(false);
    expect(next.body.data).toEqual({ election: { id: election.id, title: 'Read by its hash, changed' } });
  });

  it('never caches an error response', async () => {
    const doc = `{ auditLog(first: 1) { totalCount } }`;
    for (let i = 0; i < 5; i += 1) {
      const answer = await post(t.app, doc);
      expect(answer.hit).toBe(false);
      expect(answer.body.errors?.[0].extensions.code).toMatch(/^(UNAUTHENTICATED|FORBIDDEN)$/);
    }
  });

  it('never answers a mutation from the cache', async () => {
    const doc = `mutation($input: LoginInput!) { login(input: $input) { token } }`;
    const input = { input: { email: 'nobody@example.org', password: 'wrong password, twice' } };
    for (let i = 0; i < 3; i += 1) expect((await post(t.app, doc, input)).hit).toBe(false);
  });
});
