import { jest } from '@jest/globals';
import pg from 'pg';
import { StaffRole } from '../../src/common/domain.enums.js';
import { auditVerifyReport } from '../../src/modules/audit/audit-verify.js';
import { AuditService } from '../../src/modules/audit/audit.service.js';
import { createElection } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const UPDATE = `mutation($input: UpdateElectionInput!) { updateElection(input: $input) { title version } }`;

describe('a database connection lost in the middle of a write', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('fails the request cleanly, leaves nothing half-written, keeps the chain intact, and the next request works', async () => {
    const officer = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
    const e = await createElection(t, officer, { title: 'Before the fault' });
    const auditBefore = await t.app.get(AuditService).digest();

    // Hold the election's row lock from outside, so the app's write stops mid-transaction, waiting.
    const blocker = new pg.Client({ connectionString: t.databaseUrl });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('SELECT id FROM election WHERE id = $1 FOR UPDATE', [e.id]);
      const pending = t.gql(
        UPDATE,
        { input: { id: e.id, version: e.version, title: 'During the fault' } },
        { as: officer },
      );

      let victim: number | undefined;
      for (let i = 0; i < 100 && victim === undefined; i += 1) {
        await new Promise((r) => setTimeout(r, 50));
        const rows = await blocker.query<{ pid: number }>(
          `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
        );
        victim = rows.rows[0]?.pid;
      }
      expect(victim).toBeDefined();
      await blocker.query('SELECT pg_terminate_backend($1)', [victim]);
      await blocker.query('ROLLBACK');

      const res = await pending;
      // 503, not 200: a load balancer and a client's retry logic see the outage (Retry-After in format-error.spec).
      expect(res.status).toBe(503);
      expect(res.errors?.[0]?.extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(JSON.stringify(res.errors)).not.toMatch(/terminat|pg_|stack/i);
    } finally {
      await blocker.end();
    }

    const stored = await t.dataSource.query<{ title: string; version: number }[]>(
      `SELECT title, version FROM election WHERE id = $1`,
      [e.id],
    );
    expect(stored).toEqual([{ title: 'Before the fault', version: 1 }]);
    expect(await t.app.get(AuditService).digest()).toEqual(auditBefore);
    expect((await auditVerifyReport(t.app.get(AuditService))).intact).toBe(true);

    const next = await t.gql<{ updateElection: { title: string; version: number } }>(
      UPDATE,
      { input: { id: e.id, version: 1, title: 'After the fault' } },
      { as: officer },
    );
    expect(next.errors).toBeUndefined();
    expect(next.data?.updateElection).toEqual({ title: 'After the fault', version: 2 });
  });

  it('answers SERVICE_UNAVAILABLE when the connection dies between two statements of a write', async () => {
    const officer = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
    const e = await createElection(t, officer, { title: 'Between statements' });
    const auditBefore = await t.app.get(AuditService).digest();

    // Pause the write after its update and before its audit entry: the transaction sits idle.
    const audit = t.app.get(AuditService);
    const original = audit.append.bind(audit);
    let reached!: () => void;
    const paused = new Promise<void>((r) => (reached = r));
    let resume!: () => void;
    const gate = new Promise<void>((r) => (resume = r));
    const spy = jest.spyOn(audit, 'append').mockImplementationOnce(async (...args) => {
      reached();
      await gate;
      return original(...args);
    });
    const killer = new pg.Client({ connectionString: t.databaseUrl });
    await killer.connect();
    try {
      const pending = t.gql(
        UPDATE,
        { input: { id: e.id, version: e.version, title: 'Lost between statements' } },
        { as: officer },
      );
      await paused;
      const { rows } = await killer.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction'`,
      );
      expect(rows).toHaveLength(1);
      await killer.query('SELECT pg_terminate_backend($1)', [rows[0].pid]);
      // Let the driver see the connection go, so TypeORM releases the query runner.
      await new Promise((r) => setTimeout(r, 300));
      resume();
      const res = await pending;
      // 503, not 200: a load balancer and a client's retry logic see the outage (Retry-After in format-error.spec).
      expect(res.status).toBe(503);
      expect(res.errors?.[0]?.extensions.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      spy.mockRestore();
      await killer.end();
    }
    const stored = await t.dataSource.query<{ title: string }[]>(`SELECT title FROM election WHERE id = $1`, [e.id]);
    expect(stored).toEqual([{ title: 'Between statements' }]);
    expect(await t.app.get(AuditService).digest()).toEqual(auditBefore);
  });
});
