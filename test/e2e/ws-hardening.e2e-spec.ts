import fc from 'fast-check';
import WebSocket from 'ws';
import { NotificationsService } from '../../src/common/notifications/notifications.service.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

interface Message {
  readonly id?: string;
  readonly type: string;
  readonly payload?: unknown;
}
interface FormattedError {
  message: string;
  extensions?: Record<string, unknown>;
}

/** A graphql-transport-ws client speaking the raw protocol, to send what a real client never would. */
class RawSocket {
  private readonly received: Message[] = [];
  private readonly waiters: (() => void)[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data: WebSocket.RawData) => {
      this.received.push(JSON.parse((data as Buffer).toString('utf8')) as Message);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.closed = new Promise((resolve) => {
      ws.on('close', (code, reason) => {
        resolve({ code, reason: String(reason) });
        for (const wake of this.waiters.splice(0)) wake();
      });
    });
  }

  /** Opens a socket; with `init`, also sends connection_init and waits for the acknowledgement (or a close). */
  static async open(url: string, init = true): Promise<RawSocket> {
    const ws = new WebSocket(url, 'graphql-transport-ws');
    const socket = new RawSocket(ws);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    if (init) {
      socket.send({ type: 'connection_init' });
      await socket.message((m) => m.type === 'connection_ack', 5000).catch(() => undefined);
    }
    return socket;
  }

  get isOpen(): boolean {
    return this.ws.readyState === WebSocket.OPEN;
  }

  send(message: unknown): void {
    this.ws.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  subscribe(id: string, query: string, variables: Record<string, unknown> = {}): void {
    this.send({ id, type: 'subscribe', payload: { query, variables } });
  }

  /** The first message (received so far or later) that matches; rejects on close or after `ms`. */
  async message(match: (m: Message) => boolean, ms = 5000): Promise<Message> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.received.find(match);
      if (found) return found;
      if (!this.isOpen) throw new Error('socket closed');
      if (Date.now() > deadline) throw new Error('no such message in time');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(1, deadline - Date.now()));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Sends a subscription and waits for its errors: one at a time, clear of the per-connection limit. */
  async ask(id: string, query: string, variables: Record<string, unknown> = {}): Promise<FormattedError[]> {
    this.subscribe(id, query, variables);
    return this.errorsFor(id);
  }

  /** The errors sent for subscription `id` (as `error`, or `next` with errors). */
  async errorsFor(id: string, ms = 5000): Promise<FormattedError[]> {
    const m = await this.message((x) => x.id === id && (x.type === 'error' || x.type === 'next'), ms);
    if (m.type === 'error') return m.payload as FormattedError[];
    return (m.payload as { errors?: FormattedError[] }).errors ?? [];
  }

  all(): readonly Message[] {
    return this.received;
  }

  async close(): Promise<void> {
    if (this.ws.readyState !== WebSocket.CLOSED) this.ws.terminate();
    await this.closed;
  }
}

const DEEP_QUERY = `{ elections { edges { node { candidacies { edges { node { person { candidacies { election { candidacies { edges { node { person { candidacies { id } } } } } } } } } } } } } } }`;
const ALIASED_SUBSCRIPTION = `subscription($id: ID!) { ballotRoundRecorded(electionId: $id) { ${Array.from({ length: 20 }, (_, i) => `a${i}: number`).join(' ')} } }`;
const TOO_MANY_TOKENS = `subscription { ${Array.from({ length: 1500 }, () => 'statesParties { code }').join(' ')} }`;
const ROUND = `subscription($id: ID!) { ballotRoundRecorded(electionId: $id) { number } }`;
const ELECTION_ID = '00000000-0000-4000-8000-000000000000';

describe('the WebSocket path has the HTTP protections', () => {
  let t: TestApp;
  let url: string;
  const sockets: RawSocket[] = [];
  const open = async (init = true): Promise<RawSocket> => {
    const socket = await RawSocket.open(url, init);
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    t = await createTestApp({ WS_CONNECTIONS_PER_ADDRESS: '4', WS_SUBSCRIPTIONS_PER_CONNECTION: '2' });
    await t.app.listen(0, '127.0.0.1');
    url = `${(await t.app.getUrl()).replace(/^http/, 'ws')}/graphql`;
  });
  afterEach(async () => {
    await Promise.all(sockets.splice(0).map((s) => s.close()));
  });
  afterAll(async () => {
    await t.close();
  });

  it.each([
    ['the deep query HTTP refuses', DEEP_QUERY, {}],
    ['a subscription with too many aliases', ALIASED_SUBSCRIPTION, { id: ELECTION_ID }],
    ['a document over the token limit', TOO_MANY_TOKENS, {}],
  ])('refuses %s at once as QUERY_TOO_COMPLEX, and memory does not move', async (_label, query, variables) => {
    const http = await t.gql(query, variables);
    expect(http.errors?.[0]?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    const socket = await open();
    const before = process.memoryUsage();
    const started = Date.now();
    socket.subscribe('deep', query, variables);
    const errors = await socket.errorsFor('deep', 2000);
    const elapsed = Date.now() - started;
    const after = process.memoryUsage();
    expect(errors.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(elapsed).toBeLessThan(1000);
    // Before the fix this query ran for minutes and grew the process to 4 GB.
    expect(after.rss - before.rss).toBeLessThan(64 * 1024 * 1024);
    expect(after.heapUsed - before.heapUsed).toBeLessThan(64 * 1024 * 1024);
    expect(socket.isOpen).toBe(true);
  });

  it('refuses queries and mutations (login among them): use HTTP', async () => {
    const socket = await open();
    for (let i = 0; i < 40; i += 1) {
      const [error] = await socket.ask(
        `login-${i}`,
        `mutation { login(input: { email: "admin@example.org", password: "guess number ${i}" }) { token } }`,
      );
      expect(error.extensions).toEqual({ code: 'BAD_REQUEST', reason: 'SUBSCRIPTIONS_ONLY' });
    }
    const [query] = await socket.ask('query', '{ statesParties { code } }');
    expect(query.extensions).toEqual({ code: 'BAD_REQUEST', reason: 'SUBSCRIPTIONS_ONLY' });
    expect(socket.all().filter((m) => m.type === 'next')).toEqual([]);
  });

  it('answers client mistakes with their codes, never an internal error or a schema hint', async () => {
    const socket = await open();
    const code = async (id: string, query: string, variables: Record<string, unknown> = {}) => {
      const errors = await socket.ask(id, query, variables);
      expect(errors).toHaveLength(1);
      return errors[0].extensions?.code;
    };
    await expect(code('syntax', 'subscription {')).resolves.toBe('GRAPHQL_PARSE_FAILED');
    const [unknown] = await socket.ask('unknown', 'subscription { ballotRoundRecordd(electionId: "x") { number } }');
    expect(unknown.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(unknown.message).not.toContain('ballotRoundRecorded');
    await expect(code('object', ROUND, { id: {} })).resolves.toBe('BAD_USER_INPUT');
    await expect(code('number', ROUND, { id: 42 })).resolves.toBe('BAD_USER_INPUT');
    await expect(code('missing', ROUND, {})).resolves.toBe('BAD_USER_INPUT');
    await expect(code('notUuid', ROUND, { id: 'not-a-uuid' })).resolves.toBe('BAD_USER_INPUT');
    // The text check HTTP makes once per request: any variable, used by the operation or not.
    const [surrogate] = await socket.ask('surrogate', ROUND, { id: ELECTION_ID, note: 'a\ud800b' });
    expect(surrogate.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'note' }] });
    await expect(
      code('several', `${ROUND} subscription Other { ballotRoundRecorded(electionId: "x") { number } }`),
    ).resolves.toBe('GRAPHQL_VALIDATION_FAILED');
    await expect(
      code(
        'which',
        `${ROUND.replace('subscription', 'subscription One')} ${ROUND.replace('subscription', 'subscription Two')}`,
        {
          id: ELECTION_ID,
        },
      ),
    ).resolves.toBe('OPERATION_RESOLUTION_FAILURE');
  });

  it('holds each connection to a number of subscriptions, and frees a slot when one completes', async () => {
    const notifications = t.app.get(NotificationsService);
    const base = notifications.subscriberCount('ballot_round_recorded');
    const socket = await open();
    socket.subscribe('a', ROUND, { id: ELECTION_ID });
    socket.subscribe('b', ROUND, { id: ELECTION_ID });
    socket.subscribe('c', ROUND, { id: ELECTION_ID });
    const [third] = await socket.errorsFor('c');
    expect(third.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'SUBSCRIPTIONS_PER_CONNECTION' });
    await until(() => notifications.subscriberCount('ballot_round_recorded') === base + 2);
    socket.send({ id: 'a', type: 'complete' });
    await until(() => notifications.subscriberCount('ballot_round_recorded') === base + 1);
    socket.subscribe('d', ROUND, { id: ELECTION_ID });
    await until(() => notifications.subscriberCount('ballot_round_recorded') === base + 2);
    expect(socket.all().filter((m) => m.id === 'd')).toEqual([]);
  });

  it('holds each address to a number of open connections', async () => {
    const held = await Promise.all([open(), open(), open(), open()]);
    expect(held.every((s) => s.isOpen)).toBe(true);
    const fifth = await open(false);
    await expect(fifth.closed).resolves.toEqual({ code: 1013, reason: 'Too many open connections from this address' });
    await held[0].close();
    const again = await open();
    expect(again.isOpen).toBe(true);
  });

  it('random malformed subscribe messages never crash it nor answer an internal error', async () => {
    const anything = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.integer(),
      fc.constant(null),
      fc.boolean(),
      fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
      fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
    );
    const query = fc.oneof(
      anything,
      fc.constantFrom(ROUND, DEEP_QUERY, ALIASED_SUBSCRIPTION, 'subscription { slateFlagChanged { electionId } }'),
      fc
        .tuple(
          fc.constantFrom(ROUND, ALIASED_SUBSCRIPTION, '{ statesParties { code } }'),
          fc.nat(80),
          fc.string({ maxLength: 8 }),
        )
        .map(([q, at, junk]) => q.slice(0, at) + junk + q.slice(at)),
    );
    const message = fc.oneof(
      fc.record({
        id: fc.oneof(fc.constant('p'), anything),
        type: fc.constant('subscribe'),
        payload: fc.oneof(
          anything,
          fc.record(
            { query, variables: fc.oneof(anything, fc.record({ id: anything })), operationName: anything },
            { requiredKeys: [] },
          ),
        ),
      }),
      fc.string({ maxLength: 60 }),
    );
    await fc.assert(
      fc.asyncProperty(message, async (sent) => {
        const socket = await open();
        socket.send(typeof sent === 'string' ? sent : JSON.stringify(sent));
        // Either an answer to the message, or the socket closed as a bad request (4400).
        const answer = await Promise.race([
          socket.message((m) => m.type === 'error' || m.type === 'next' || m.type === 'complete', 3000),
          socket.closed,
        ]).catch(() => null);
        if (answer && 'code' in answer) expect(answer.code).toBe(4400);
        const codes = socket
          .all()
          .flatMap((m) =>
            m.type === 'error'
              ? (m.payload as FormattedError[])
              : ((m.payload as { errors?: FormattedError[] } | undefined)?.errors ?? []),
          )
          .map((e) => e.extensions?.code);
        expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
        expect(codes).not.toContain(undefined);
        await socket.close();
        sockets.splice(sockets.indexOf(socket), 1);
      }),
      { numRuns: 150 },
    );
    // Still answering: over the socket and over HTTP.
    const socket = await open();
    socket.subscribe('after', '{ statesParties { code } }');
    expect((await socket.errorsFor('after'))[0].extensions?.code).toBe('BAD_REQUEST');
    expect((await t.gql('{ statesParties { code } }')).errors).toBeUndefined();
  });
});

describe('a flood over the WebSocket is rate-limited like HTTP', () => {
  let t: TestApp;
  let url: string;

  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_PER_MINUTE: '30' });
    await t.app.listen(0, '127.0.0.1');
    url = `${(await t.app.getUrl()).replace(/^http/, 'ws')}/graphql`;
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses subscribe messages over the per-address limit, a burst of them, then new connections', async () => {
    const socket = await RawSocket.open(url);
    try {
      // 30 a minute, one of them spent on the connection itself.
      const answers: unknown[] = [];
      for (let i = 0; i < 35; i += 1)
        answers.push((await socket.ask(`s${i}`, 'subscription { nothingHere }'))[0].extensions);
      expect(answers.slice(0, 29)).toEqual(Array(29).fill({ code: 'GRAPHQL_VALIDATION_FAILED' }));
      expect(answers.slice(29)).toEqual(
        Array(6).fill({ code: 'RATE_LIMITED', limit: 'REQUESTS_PER_MINUTE', retryAfter: expect.any(Number) }),
      );
      // One budget for every way in: HTTP from the same address is refused too, with Retry-After.
      const http = await t.gql('{ statesParties(regionalGroup: AFRICAN) { code } }');
      expect(http.status).toBe(429);
      expect(http.errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
      // A burst: refused by this limit or, while many are in flight, by the per-connection one.
      const ids = Array.from({ length: 300 }, (_, i) => `burst${i}`);
      for (const id of ids) socket.subscribe(id, 'subscription { nothingHere }');
      const codes = await Promise.all(ids.map(async (id) => (await socket.errorsFor(id))[0].extensions?.code));
      expect(new Set(codes)).toEqual(new Set(['RATE_LIMITED']));
      expect(socket.isOpen).toBe(true);
      const refused = await RawSocket.open(url, false);
      await expect(refused.closed).resolves.toEqual({
        code: 1013,
        reason: 'Too many requests from this address: wait a minute',
      });
    } finally {
      await socket.close();
    }
  });
});

async function until(condition: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
