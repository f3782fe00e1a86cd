import type { FormattedExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { StaffRole } from '../../src/common/domain.enums.js';
import {
  LISTENER_APPLICATION_NAME,
  NotificationsService,
  type Channel,
} from '../../src/common/notifications/notifications.service.js';
import { nominateRaw, openElection, personInput, updateElection } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

interface Changed {
  slateFlagChanged: { electionId: string; events: { change: string; kind: string; operation: string }[] };
}
interface Recorded {
  ballotRoundRecorded: { number: number; byAcclamation: boolean; elected: string[] };
}

/** Polls `condition` every 20 ms until it holds; fails after `ms`. */
async function until(what: string, condition: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * The first result of a subscription, once `act` has run. graphql-ws does not acknowledge a
 * subscription, so the test waits for the server's own signal: one more subscriber on the channel.
 */
async function firstResult<T>(
  t: TestApp,
  client: Client,
  channel: Channel,
  query: string,
  variables: Record<string, unknown>,
  act: () => Promise<void>,
): Promise<FormattedExecutionResult<T, unknown> | undefined> {
  const notifications = t.app.get(NotificationsService);
  const before = notifications.subscriberCount(channel);
  const results = client.iterate<T>({ query, variables });
  const next = results.next();
  await until('the subscription to start', () => notifications.subscriberCount(channel) > before);
  await act();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('no event within 10 s')), 10000);
  });
  try {
    const result = await Promise.race([next, timeout]);
    return result.done ? undefined : result.value;
  } finally {
    clearTimeout(timer);
    await results.return?.();
  }
}

describe('subscriptions (graphql-ws)', () => {
  let t: TestApp;
  let officer: string;
  let client: Client;

  beforeAll(async () => {
    t = await createTestApp();
    officer = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
    await t.app.listen(0, '127.0.0.1');
    const url = (await t.app.getUrl()).replace(/^http/, 'ws');
    client = createClient({ url: `${url}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
  });
  afterAll(async () => {
    await client.dispose();
    await t.close();
  });

  const nominateProsecutor = (electionId: string, state: string) =>
    nominateRaw(t, officer, { electionId, nominatingState: state, person: personInput({ nationality: state }) });

  it('slateFlagChanged: tells observers of an election when its flags change, after commit', async () => {
    const followed = await openElection(t, officer, { type: 'PROSECUTOR', title: 'Followed', seats: 1 });
    const other = await openElection(t, officer, { type: 'PROSECUTOR', title: 'Other', seats: 1 });
    const value = await firstResult<Changed>(
      t,
      client,
      'slate_flag_changed',
      `subscription($id: ID!) { slateFlagChanged(electionId: $id) { electionId events { change kind operation } } }`,
      { id: followed.id },
      async () => {
        // A change in another election is not sent to this subscriber.
        expect((await nominateProsecutor(other.id, 'IE')).errors).toBeUndefined();
        expect((await nominateProsecutor(followed.id, 'GH')).errors).toBeUndefined();
      },
    );
    expect(value?.errors).toBeUndefined();
    expect(value?.data?.slateFlagChanged.electionId).toBe(followed.id);
    expect(value?.data?.slateFlagChanged.events.map((e) => `${e.operation} ${e.change} ${e.kind}`).sort()).toEqual([
      'nominateCandidate CLEARED UNDERSUBSCRIBED',
      'nominateCandidate RAISED CLEAN_SLATE',
      'nominateCandidate RAISED SINGLE_CANDIDATE',
    ]);
  });

  it('ballotRoundRecorded: sends each round recorded in the election', async () => {
    const e = await openElection(t, officer, { type: 'PROSECUTOR', title: 'Acclaimed', seats: 1 });
    const only = await nominateProsecutor(e.id, 'GH');
    const closed = await updateElection(t, officer, { id: e.id, version: e.version, status: 'NOMINATIONS_CLOSED' });
    await updateElection(t, officer, { id: e.id, version: closed.version, status: 'VOTING' });
    const value = await firstResult<Recorded>(
      t,
      client,
      'ballot_round_recorded',
      `subscription($id: ID!) { ballotRoundRecorded(electionId: $id) { number byAcclamation elected } }`,
      { id: e.id },
      async () => {
        const res = await t.gql(
          `mutation($input: RecordAcclamationInput!) { recordAcclamation(input: $input) { id } }`,
          { input: { electionId: e.id } },
          { as: officer },
        );
        expect(res.errors).toBeUndefined();
      },
    );
    expect(value?.data?.ballotRoundRecorded).toEqual({
      number: 1,
      byAcclamation: true,
      elected: [only.data!.nominateCandidate.id],
    });
  });

  it('keeps listening after the LISTEN connection is killed (database restart, failover)', async () => {
    const e = await openElection(t, officer, { type: 'PROSECUTOR', title: 'Reconnected', seats: 1 });
    const listener = async (): Promise<number | undefined> => {
      // Idle after its LISTEN statements: connected and listening.
      const rows: { pid: number }[] = await t.dataSource.query(
        `SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()
           AND state = 'idle' AND query LIKE 'LISTEN%'`,
        [LISTENER_APPLICATION_NAME],
      );
      return rows.length === 1 ? rows[0].pid : undefined;
    };
    const value = await firstResult<Changed>(
      t,
      client,
      'slate_flag_changed',
      `subscription($id: ID!) { slateFlagChanged(electionId: $id) { electionId } }`,
      { id: e.id },
      async () => {
        const killed = await listener();
        expect(killed).toBeDefined();
        await t.dataSource.query('SELECT pg_terminate_backend($1)', [killed]);
        await until('a new LISTEN connection', async () => {
          const pid = await listener();
          return pid !== undefined && pid !== killed;
        });
        expect((await nominateProsecutor(e.id, 'GH')).errors).toBeUndefined();
      },
    );
    expect(value?.errors).toBeUndefined();
    expect(value?.data?.slateFlagChanged.electionId).toBe(e.id);
  });
});
