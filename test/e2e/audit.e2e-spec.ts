import { StaffRole } from '../../src/common/domain.enums.js';
import { auditVerifyReport } from '../../src/modules/audit/audit-verify.js';
import { AuditService } from '../../src/modules/audit/audit.service.js';
import { createElection, nominate, openElection } from '../support/factories.js';
import { createTestApp, expectError, type TestApp } from '../support/test-app.js';

const LOG = `query($filter: AuditLogFilter, $first: Int, $after: String) { auditLog(filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { seq occurredAt actorKind actorId operation entityType entityId before after requestId clientAddress prevHash hash } } } }`;
const DIGEST = `query { auditDigest { count headSeq headHash } }`;

type Entry = {
  seq: string;
  actorKind: string;
  actorId: string;
  operation: string;
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  requestId: string;
  clientAddress: string;
  prevHash: string;
  hash: string;
};
type Log = {
  auditLog: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: Entry }[] };
};

describe('audit log', () => {
  let t: TestApp;
  let admin: string;
  let officer: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.tokenFor(StaffRole.ADMIN);
    officer = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
  });
  afterAll(async () => {
    await t.close();
  });

  const digest = async () =>
    (await t.gql<{ auditDigest: { count: number; headHash: string } }>(DIGEST)).data!.auditDigest;

  it('records who, what, when, before and after, with the request id, in the same transaction', async () => {
    const me = await t.gql<{ me: { id: string } }>(`query { me { id } }`, {}, { as: officer });
    const res = await t.gql<{ createElection: { id: string } }>(
      `mutation { createElection(input: { type: PROSECUTOR, title: "Prosecutor 2030", aspSession: "29th", nominationOpensOn: "2029-01-01", nominationClosesOn: "2029-03-01" }) { id } }`,
      {},
      { as: officer, headers: { 'x-request-id': 'req-audit-0001' } },
    );
    const id = res.data!.createElection.id;
    const log = await t.gql<Log>(LOG, { filter: { entityId: id } }, { as: admin });
    expect(log.data?.auditLog.totalCount).toBe(1);
    const entry = log.data!.auditLog.edges[0].node;
    expect(entry).toMatchObject({
      actorKind: 'staff',
      actorId: me.data!.me.id,
      operation: 'createElection',
      entityType: 'Election',
      entityId: id,
      before: null,
      requestId: 'req-audit-0001',
    });
    expect(entry.after).toMatchObject({ title: 'Prosecutor 2030', seats: 1, status: 'DRAFT' });
    expect(entry.clientAddress).toMatch(/127\.0\.0\.1|::1/);
    expect(entry.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('records before and after of an update, and a nomination as person and candidacy', async () => {
    const e = await openElection(t, officer);
    const c = await nominate(t, officer, e.id, 'SN');
    const updates = await t.gql<Log>(LOG, { filter: { entityId: e.id, operation: 'updateElection' } }, { as: admin });
    expect(updates.data!.auditLog.edges[0].node.before).toMatchObject({ status: 'DRAFT', version: 1 });
    expect(updates.data!.auditLog.edges[0].node.after).toMatchObject({ status: 'NOMINATIONS_OPEN', version: 2 });
    const nominations = await t.gql<Log>(LOG, { filter: { operation: 'nominateCandidate' } }, { as: admin });
    const types = nominations
      .data!.auditLog.edges.filter((x) => [c.id, (c.person as { id: string }).id].includes(x.node.entityId))
      .map((x) => x.node.entityType);
    expect(types.sort()).toEqual(['Candidacy', 'Person']);
  });

  it('appends nothing for a refused or failed mutation', async () => {
    const before = await digest();
    expectError(
      await t.gql(
        `mutation { createElection(input: { type: JUDGES, title: "x", aspSession: "1", nominationOpensOn: "2029-01-01", nominationClosesOn: "2029-03-01", seats: 40 }) { id } }`,
        {},
        { as: officer },
      ),
      'BAD_USER_INPUT',
    );
    const e = await createElection(t, officer);
    const afterCreate = await digest();
    expect(afterCreate.count).toBe(before.count + 1);
    // Refused by a rule after the transaction began (it read and locked the election): rolled back whole.
    expectError(
      await t.gql(
        `mutation($id: ID!) { updateElection(input: { id: $id, version: 1, status: CONCLUDED }) { id } }`,
        { id: e.id },
        { as: officer },
      ),
      'RULE_VIOLATION',
    );
    expect(await digest()).toEqual(afterCreate);
  });

  it('keeps passwords out of the log', async () => {
    const log = await t.gql<Log>(LOG, { filter: { entityType: 'StaffUser' } }, { as: admin });
    expect(log.data!.auditLog.totalCount).toBeGreaterThan(0);
    expect(JSON.stringify(log.data)).not.toMatch(/argon2|passwordHash/);
  });

  it('is for admins; the digest is for everyone', async () => {
    expectError(await t.gql(LOG, {}, { as: officer }), 'FORBIDDEN');
    expectError(await t.gql(LOG, {}), 'UNAUTHENTICATED');
    const d = await digest();
    expect(d.count).toBeGreaterThan(0);
    const page = await t.gql<Log>(LOG, { first: 1 }, { as: admin });
    expect(page.data!.auditLog.edges[0].node.hash).toBe(d.headHash);
    const next = await t.gql<Log>(LOG, { first: 1, after: page.data!.auditLog.pageInfo.endCursor }, { as: admin });
    expect(next.data!.auditLog.edges[0].node.hash).toBe(page.data!.auditLog.edges[0].node.prevHash);
  });

  it('is refused UPDATE, DELETE and TRUNCATE by the database itself', async () => {
    await expect(t.dataSource.query(`UPDATE audit_entry SET operation = 'x'`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`DELETE FROM audit_entry`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`TRUNCATE audit_entry`)).rejects.toThrow(/append-only/);
  });

  it('does not fork under concurrent writers', async () => {
    await Promise.all(Array.from({ length: 12 }, (_, i) => createElection(t, officer, { title: `Concurrent ${i}` })));
    const report = await auditVerifyReport(t.app.get(AuditService));
    expect(report.intact).toBe(true);
    const seqs = await t.dataSource.query<{ seq: string }[]>(`SELECT seq FROM audit_entry ORDER BY seq`);
    expect(seqs.map((r) => Number(r.seq))).toEqual(seqs.map((_, i) => i + 1));
  });
});

describe('audit:verify', () => {
  it('reports an intact chain, then finds a row tampered with by the database owner', async () => {
    const t = await createTestApp();
    try {
      const officer = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
      for (let i = 0; i < 3; i += 1) await createElection(t, officer, { title: `Election ${i}` });
      const audit = t.app.get(AuditService);
      const intact = await auditVerifyReport(audit);
      expect(intact.intact).toBe(true);
      expect(intact.line).toMatch(/^intact, 4 entries, head [0-9a-f]{64}$/);
      // The owner bypasses the trigger and quietly rewrites the third entry.
      await t.dataSource.transaction(async (m) => {
        await m.query(`ALTER TABLE audit_entry DISABLE TRIGGER tr_audit_entry_no_update_delete`);
        await m.query(`UPDATE audit_entry SET after = jsonb_set(after, '{title}', '"Rewritten"') WHERE seq = 3`);
        await m.query(`ALTER TABLE audit_entry ENABLE TRIGGER tr_audit_entry_no_update_delete`);
      });
      const broken = await auditVerifyReport(audit);
      expect(broken.intact).toBe(false);
      expect(broken.line).toMatch(/^BROKEN at entry 3: its content does not match its hash/);
    } finally {
      await t.close();
    }
  });
});
