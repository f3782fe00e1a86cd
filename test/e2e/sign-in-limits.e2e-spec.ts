import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createApp } from '../../src/bootstrap.js';
import { systemAuthor } from '../../src/common/author.js';
import { Clock } from '../../src/common/clock.js';
import { StaffRole } from '../../src/common/domain.enums.js';
import { StaffUsersService } from '../../src/modules/auth/staff-users.service.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

interface Answer {
  status: number;
  retryAfter: string | undefined;
  codes: string[];
  data: Record<string, unknown> | null | undefined;
}

/** A GraphQL request with the response's status and headers (the test app's `gql` keeps only the body). */
async function post(
  app: INestApplication,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Answer> {
  let req = request(app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
  for (const [k, v] of Object.entries(headers)) req = req.set(k, v);
  const res = await req.send({ query, variables });
  const body = res.body as { data?: Record<string, unknown> | null; errors?: { extensions: { code: string } }[] };
  return {
    status: res.status,
    retryAfter: res.headers['retry-after'],
    codes: (body.errors ?? []).map((e) => e.extensions.code),
    data: body.data,
  };
}

const PASSWORD = 'correct horse battery staple';
const LOGIN = (email: string, password = 'wrong password') =>
  `login(input: { email: "${email}", password: "${password}" }) { token }`;
const NO_INVITATION = 'not-a-real-invitation-code-at-all-0123456789';

let accounts = 0;
async function account(t: TestApp): Promise<string> {
  accounts += 1;
  const email = `limited-${accounts}@example.org`;
  await t.app
    .get(StaffUsersService)
    .create(
      { email, password: PASSWORD, role: StaffRole.ELECTIONS_OFFICER, displayName: 'Limited' },
      systemAuthor('test'),
    );
  return email;
}

// Each test counts in minutes of its own, so no test sees another's attempts.
let minute = 0;
function freshMinute(t: TestApp, second = 0): Date {
  minute += 2;
  const at = new Date(Date.UTC(2031, 0, 1, 0, 0, second) + minute * 60_000);
  t.clock.set(at.toISOString());
  return at;
}

describe('sign-in limits (3 attempts a minute per address)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ SIGN_IN_RATE_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(async () => {
    await t.close();
  });
  // Each test sets its own minute; none leaves the clock frozen for a test that does not.
  afterEach(() => t.clock.set(null));

  it.each([
    ['login in an inline fragment', (e: string) => `mutation { ... on Mutation { ${LOGIN(e)} } }`],
    ['login in a named fragment', (e: string) => `mutation { ...SignIn } fragment SignIn on Mutation { ${LOGIN(e)} }`],
    [
      'openInvitation in a named fragment',
      () => `mutation { ...Open } fragment Open on Mutation { openInvitation(token: "${NO_INVITATION}") { token } }`,
    ],
    ['openInvitation with a malformed code', () => `mutation { openInvitation(token: "short") { token } }`],
    [
      'openDiscussionInvitation (a discussion code)',
      () => `mutation { openDiscussionInvitation(token: "d.${NO_INVITATION}") { token } }`,
    ],
  ])('counts %s, failures included: the fourth attempt is RATE_LIMITED with 429', async (_label, document) => {
    freshMinute(t);
    const email = `nobody-${minute}@example.org`;
    const answers: Answer[] = [];
    for (let i = 0; i < 4; i += 1) answers.push(await post(t.app, document(email)));
    expect(answers.slice(0, 3).map((a) => a.codes[0])).not.toContain('RATE_LIMITED');
    expect(answers[3]?.codes).toEqual(['RATE_LIMITED']);
    expect(answers[3]?.status).toBe(429);
  });

  it('counts every alias: the fourth login of one document is refused', async () => {
    freshMinute(t);
    const email = await account(t);
    const logins = ['a', 'b', 'c', 'd'].map((alias) => `${alias}: ${LOGIN(email, PASSWORD)}`).join(' ');
    const res = await post(t.app, `mutation { ${logins} }`);
    expect(res.codes).toEqual(['RATE_LIMITED']);
    expect(res.status).toBe(429);
  });

  it('counts login and openInvitation against one limit per address', async () => {
    freshMinute(t);
    await post(t.app, `mutation { ${LOGIN('someone@example.org')} }`);
    await post(t.app, `mutation { openInvitation(token: "${NO_INVITATION}") { token } }`);
    await post(t.app, `mutation { ${LOGIN('someone-else@example.org')} }`);
    const res = await post(t.app, `mutation { openInvitation(token: "${NO_INVITATION}") { token } }`);
    expect(res.codes).toEqual(['RATE_LIMITED']);
    // A discussion code is one more way to the same session: the same count.
    const discussion = await post(
      t.app,
      `mutation { openDiscussionInvitation(token: "d.${NO_INVITATION}") { token } }`,
    );
    expect(discussion.codes).toEqual(['RATE_LIMITED']);
  });

  it('says when to retry: Retry-After and extensions.retryAfter are the seconds left in the minute', async () => {
    freshMinute(t, 20);
    for (let i = 0; i < 3; i += 1) await post(t.app, `mutation { ${LOGIN('late@example.org')} }`);
    const refused = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: `mutation { ${LOGIN('late@example.org')} }` });
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBe('40');
    expect((refused.body as { errors: { extensions: Record<string, unknown> }[] }).errors[0]?.extensions).toEqual({
      code: 'RATE_LIMITED',
      retryAfter: 40,
    });
    // The next minute starts a new count.
    t.clock.set(new Date(t.clock.now().getTime() + 40_000).toISOString());
    const again = await post(t.app, `mutation { ${LOGIN('late@example.org')} }`);
    expect(again.codes).toEqual(['UNAUTHENTICATED']);
    expect(again.retryAfter).toBeUndefined();
  });

  it('ignores X-Forwarded-For by default: a client cannot pick the address it is counted under', async () => {
    freshMinute(t);
    const codes: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      const res = await post(
        t.app,
        `mutation { ${LOGIN('spoof@example.org')} }`,
        {},
        {
          'x-forwarded-for': `203.0.113.${i + 1}`,
        },
      );
      codes.push(res.codes[0] ?? '');
    }
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED']);
  });

  it('ignores X-Forwarded-For by default in the audit log too', async () => {
    freshMinute(t);
    const admin = await t.tokenFor(StaffRole.ADMIN);
    const created = await post(
      t.app,
      `mutation($input: CreateStaffUserInput!) { createStaffUser(input: $input) { id } }`,
      {
        input: {
          email: 'audited-default@example.org',
          displayName: 'Audited',
          password: PASSWORD,
          role: 'PANEL_MEMBER',
        },
      },
      { authorization: `Bearer ${admin}`, 'x-forwarded-for': '203.0.113.9' },
    );
    const id = (created.data?.createStaffUser as { id: string }).id;
    const [entry] = await t.dataSource.query<{ client_address: string }[]>(
      `SELECT client_address FROM audit_entry WHERE entity_id = $1`,
      [id],
    );
    expect(entry?.client_address).toMatch(/127\.0\.0\.1|::1/);
  });

  it('shares the counters between instances on one database', async () => {
    freshMinute(t);
    const second = await createApp(t.config, t.databaseUrl, {
      logger: ['error'],
      overrides: [{ provide: Clock, useValue: t.clock }],
    });
    await second.init();
    try {
      const codes: string[] = [];
      for (const app of [t.app, second, t.app, second]) {
        codes.push((await post(app, `mutation { ${LOGIN('shared@example.org')} }`)).codes[0] ?? '');
      }
      expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED']);
    } finally {
      await second.close();
    }
  });

  it('answers the general per-address limit with 429 and Retry-After too', async () => {
    const strict = await createApp({ ...t.config, rateLimitPerMinute: 2 }, t.databaseUrl, { logger: ['error'] });
    await strict.init();
    try {
      const answers: Answer[] = [];
      for (let i = 0; i < 3; i += 1) answers.push(await post(strict, `{ auditDigest { count } }`));
      expect(answers.map((a) => a.codes[0] ?? 'OK')).toEqual(['OK', 'OK', 'RATE_LIMITED']);
      expect(answers[2]?.status).toBe(429);
      expect(Number(answers[2]?.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(Number(answers[2]?.retryAfter)).toBeLessThanOrEqual(60);
    } finally {
      await strict.close();
    }
  });
});

describe('behind a trusted proxy (TRUST_PROXY=loopback), with per-account back-off', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ SIGN_IN_RATE_LIMIT_PER_MINUTE: '3', TRUST_PROXY: 'loopback' });
  });
  afterAll(async () => {
    await t.close();
  });
  // Each test sets its own minute; none leaves the clock frozen for a test that does not.
  afterEach(() => t.clock.set(null));

  const from = (address: string) => ({ 'x-forwarded-for': address });
  let addresses = 0;
  /** Each attempt from a new address, as a distributed guesser would: only the account back-off stops it. */
  const attempt = (email: string, password?: string) =>
    post(t.app, `mutation { ${LOGIN(email, password)} }`, {}, from(`198.51.100.${(addresses += 1)}`));

  it('counts each forwarded client address on its own', async () => {
    freshMinute(t);
    const codes: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      codes.push(
        (await post(t.app, `mutation { ${LOGIN('proxied@example.org')} }`, {}, from('203.0.113.1'))).codes[0] ?? '',
      );
    }
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED']);
    const other = await post(t.app, `mutation { ${LOGIN('proxied@example.org')} }`, {}, from('203.0.113.2'));
    expect(other.codes).toEqual(['UNAUTHENTICATED']);
  });

  it('writes the forwarded client address into the audit log', async () => {
    freshMinute(t);
    const admin = await t.tokenFor(StaffRole.ADMIN);
    const created = await post(
      t.app,
      `mutation($input: CreateStaffUserInput!) { createStaffUser(input: $input) { id } }`,
      {
        input: {
          email: 'audited-proxied@example.org',
          displayName: 'Audited',
          password: PASSWORD,
          role: 'PANEL_MEMBER',
        },
      },
      { authorization: `Bearer ${admin}`, 'x-forwarded-for': '203.0.113.9' },
    );
    const id = (created.data?.createStaffUser as { id: string }).id;
    const [entry] = await t.dataSource.query<{ client_address: string }[]>(
      `SELECT client_address FROM audit_entry WHERE entity_id = $1`,
      [id],
    );
    expect(entry?.client_address).toBe('203.0.113.9');
  });

  it('backs off an e-mail after five failures, known or not, with the same answers; a success resets it', async () => {
    const start = freshMinute(t);
    const known = await account(t);
    const unknown = `never-registered-${minute}@example.org`;
    for (const email of [known, unknown]) {
      const failures: string[] = [];
      for (let i = 0; i < 5; i += 1) failures.push((await attempt(email)).codes[0] ?? '');
      expect(failures).toEqual(Array(5).fill('UNAUTHENTICATED'));
      // Even the right password waits: the answer does not tell whether the account exists.
      const refused = await attempt(email, PASSWORD);
      expect(refused.codes).toEqual(['RATE_LIMITED']);
      expect(refused.status).toBe(429);
      expect(refused.retryAfter).toBe('30');
    }

    t.clock.set(new Date(start.getTime() + 31_000).toISOString());
    expect((await attempt(known, PASSWORD)).codes).toEqual([]);
    // The success forgot the failures: the next wrong password is an ordinary failure, not a wait.
    expect((await attempt(known)).codes).toEqual(['UNAUTHENTICATED']);
    expect((await attempt(known)).codes).toEqual(['UNAUTHENTICATED']);

    // No success for the unknown e-mail: its sixth failure makes it wait twice as long.
    expect((await attempt(unknown)).codes).toEqual(['UNAUTHENTICATED']);
    const longer = await attempt(unknown);
    expect(longer.codes).toEqual(['RATE_LIMITED']);
    expect(longer.retryAfter).toBe('60');
  });

  it('backs off an e-mail whatever its letter case', async () => {
    freshMinute(t);
    const email = await account(t);
    for (let i = 0; i < 5; i += 1) await attempt(i % 2 ? email.toUpperCase() : email);
    expect((await attempt(email.toUpperCase(), PASSWORD)).codes).toEqual(['RATE_LIMITED']);
  });
});
