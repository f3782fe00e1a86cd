import type { DataSource } from 'typeorm';
import { StaffRole } from '../../src/common/domain.enums.js';
import { entryHash } from '../../src/modules/audit/audit-chain.js';
import { auditVerifyReport } from '../../src/modules/audit/audit-verify.js';
import { AuditService, contentOf } from '../../src/modules/audit/audit.service.js';
import { AuditEntryEntity } from '../../src/modules/audit/entities/audit-entry.entity.js';
import {
  createElection,
  nominate,
  nominateRaw,
  openElection,
  personInput,
  updateElection,
} from '../support/factories.js';
import { nomineeToken } from '../support/questionnaire-factories.js';
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
      actorKind: 'STAFF',
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

  it('is refused UPDATE, DELETE and TRUNCATE by the database itself, even to its owner', async () => {
    const owner = await t.owner();
    await expect(owner.query(`UPDATE audit_entry SET operation = 'x'`)).rejects.toThrow(/append-only/);
    await expect(owner.query(`DELETE FROM audit_entry`)).rejects.toThrow(/append-only/);
    await expect(owner.query(`TRUNCATE audit_entry`)).rejects.toThrow(/append-only/);
    await expect(owner.query(`TRUNCATE audit_digest`)).rejects.toThrow(/append-only/);
  });

  it("the app's own database role cannot switch the protection off, rewrite or truncate", async () => {
    const [role] = await t.dataSource.query<{ rolsuper: boolean; rolbypassrls: boolean }[]>(
      `SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`,
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
    const sqlState = (sql: string) =>
      t.dataSource.query(sql).then(
        () => 'succeeded',
        (error: { driverError?: { code?: string } }) => error.driverError?.code,
      );
    // 42501 insufficient_privilege; 42501 also for "must be owner of table".
    expect(await sqlState(`ALTER TABLE audit_entry DISABLE TRIGGER ALL`)).toBe('42501');
    expect(await sqlState(`ALTER TABLE audit_entry DISABLE TRIGGER tr_audit_entry_no_update_delete`)).toBe('42501');
    expect(await sqlState(`SET session_replication_role = replica`)).toBe('42501');
    expect(await sqlState(`DELETE FROM audit_entry`)).toBe('42501');
    expect(await sqlState(`UPDATE audit_entry SET operation = 'x'`)).toBe('42501');
    expect(await sqlState(`TRUNCATE audit_entry`)).toBe('42501');
    expect(await sqlState(`DROP TABLE audit_entry`)).toBe('42501');
    expect(await sqlState(`DELETE FROM audit_digest`)).toBe('42501');
    expect(await sqlState(`DELETE FROM schema_migration`)).toBe('42501');
  });

  it('records a ballot round whole: its votes and its outcome', async () => {
    const e = await openElection(t, officer, { type: 'PROSECUTOR', title: 'Prosecutor (audited)', seats: 1 });
    const ids: string[] = [];
    for (const state of ['GH', 'IE']) {
      const res = await nominateRaw(t, officer, {
        electionId: e.id,
        nominatingState: state,
        person: personInput({ nationality: state }),
      });
      ids.push(res.data!.nominateCandidate.id);
    }
    const closed = await updateElection(t, officer, { id: e.id, version: 2, status: 'NOMINATIONS_CLOSED' });
    await updateElection(t, officer, { id: e.id, version: closed.version, status: 'VOTING' });
    const recorded = await t.gql<{ recordBallotRound: { id: string } }>(
      `mutation($input: RecordBallotRoundInput!) { recordBallotRound(input: $input) { id } }`,
      {
        input: {
          electionId: e.id,
          round: 1,
          heldOn: '2025-12-01',
          ballotPapers: 90,
          invalidBallots: 0,
          abstentions: 0,
          votes: [
            { candidacyId: ids[0], votes: 62 },
            { candidacyId: ids[1], votes: 28 },
          ],
        },
      },
      { as: officer },
    );
    expect(recorded.errors).toBeUndefined();
    const log = await t.gql<Log>(LOG, { filter: { entityId: recorded.data!.recordBallotRound.id } }, { as: admin });
    const after = log.data!.auditLog.edges[0].node.after!;
    expect(after.votes).toEqual({ [ids[0]]: 62, [ids[1]]: 28 });
    expect(after.outcome).toEqual(expect.objectContaining({ elected: [] }));
    expect(after.withdrawnBefore).toEqual([]);
  });

  it("records a nominee's saved and submitted answers", async () => {
    const session = await nomineeToken(t);
    const SAVE = `mutation($input: SaveAnswersInput!) { saveAnswers(input: $input) { version } }`;
    const saved = await t.gql<{ saveAnswers: { version: number } }>(
      SAVE,
      {
        input: {
          version: 0,
          answers: [
            { key: 'qualifications', text: 'Twenty years on the bench.' },
            { key: 'conflict', yes: false },
            { key: 'languages', choices: ['en', 'fr'] },
          ],
        },
      },
      { as: session },
    );
    expect(saved.errors).toBeUndefined();
    const submitted = await t.gql(`mutation { submitResponse(version: 1) { status } }`, {}, { as: session });
    expect(submitted.errors).toBeUndefined();
    const log = await t.gql<Log>(LOG, { filter: { entityType: 'Response' } }, { as: admin });
    const [submit, save] = log.data!.auditLog.edges.map((e) => e.node);
    expect(save.before!.answers).toEqual({});
    expect(save.after!.answers).toEqual({
      qualifications: 'Twenty years on the bench.',
      conflict: false,
      languages: ['en', 'fr'],
    });
    expect(submit.before!.answers).toEqual(save.after!.answers);
    expect(submit.after).toMatchObject({ status: 'SUBMITTED', answers: save.after!.answers });
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
  /** Rows as stored, oldest first. */
  const entries = (owner: DataSource) => owner.getRepository(AuditEntryEntity).find({ order: { seq: 'ASC' } });

  /** The owner switches the trigger off for one transaction: what an attacker with owner rights can do. */
  const asOwnerUnprotected = (
    owner: DataSource,
    sql: (q: (s: string, p?: unknown[]) => Promise<unknown>) => Promise<void>,
  ) =>
    owner.transaction(async (m) => {
      await m.query(`ALTER TABLE audit_entry DISABLE TRIGGER tr_audit_entry_no_update_delete`);
      await sql((q, p) => m.query(q, p));
      await m.query(`ALTER TABLE audit_entry ENABLE TRIGGER tr_audit_entry_no_update_delete`);
    });

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
      await asOwnerUnprotected(await t.owner(), (q) =>
        q(`UPDATE audit_entry SET after = jsonb_set(after, '{title}', '"Rewritten"') WHERE seq = 3`).then(
          () => undefined,
        ),
      );
      const broken = await auditVerifyReport(audit);
      expect(broken.intact).toBe(false);
      expect(broken.line).toMatch(/^BROKEN at entry 3: its content does not match its hash/);
    } finally {
      await t.close();
    }
  });

  it('catches a truncation and a re-hashed rewrite against digests kept elsewhere and published ones', async () => {
    const t = await createTestApp();
    try {
      const officer = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
      for (let i = 0; i < 5; i += 1) await createElection(t, officer, { title: `Kept ${i}` });
      const audit = t.app.get(AuditService);
      const owner = await t.owner();
      // An observer keeps the digest of the day; it is also published.
      const kept = await auditVerifyReport(audit);
      expect(kept).toMatchObject({ intact: true, count: 6 });
      await audit.publishDigest({ count: kept.count, headHash: kept.headHash });
      const history = await t.gql<{
        auditDigestHistory: { totalCount: number; edges: { node: { count: number; headHash: string } }[] };
      }>(`{ auditDigestHistory { totalCount edges { node { count headHash publishedAt } } } }`);
      expect(history.data!.auditDigestHistory.edges[0].node).toMatchObject({ count: 6, headHash: kept.headHash });
      expect(await auditVerifyReport(audit, { expectCount: 6, expectHead: kept.headHash })).toMatchObject({
        intact: true,
      });
      expect((await auditVerifyReport(audit, { expectHead: kept.headHash })).intact).toBe(true);

      // Truncation: the owner deletes the two newest entries. The chain that is left links up...
      await asOwnerUnprotected(owner, (q) => q(`DELETE FROM audit_entry WHERE seq > 4`).then(() => undefined));
      expect((await audit.verify()).broken).toBeNull();
      // ...but it no longer has the entries the digests counted.
      expect((await auditVerifyReport(audit, { expectCount: 6 })).line).toMatch(/^TRUNCATED/);
      expect((await auditVerifyReport(audit, { expectHead: kept.headHash })).intact).toBe(false);
      const published = await auditVerifyReport(audit);
      expect(published.intact).toBe(false);
      expect(published.line).toMatch(/^TRUNCATED: the digest published at .* counts 6 entries, the chain has 4/);
    } finally {
      await t.close();
    }
  });

  it('catches an edit re-hashed from the edited entry to the head', async () => {
    const t = await createTestApp();
    try {
      const officer = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
      for (let i = 0; i < 4; i += 1) await createElection(t, officer, { title: `Original ${i}` });
      const audit = t.app.get(AuditService);
      const owner = await t.owner();
      const kept = await auditVerifyReport(audit);
      expect(kept.count).toBe(5);

      // The owner edits entry 3 and recomputes every hash from there: the chain verifies on its own.
      const rows = await entries(owner);
      let prev = rows[1].hash;
      const forged = rows.slice(2).map((row, i) => {
        const content = contentOf(row);
        const after = i === 0 ? { ...content.after!, title: 'Forged' } : content.after;
        const next = { ...content, after, prevHash: prev };
        const { hash: _old, ...body } = next;
        prev = entryHash(body);
        return { seq: row.seq, after, prevHash: next.prevHash, hash: prev };
      });
      await asOwnerUnprotected(owner, async (q) => {
        for (const f of forged) {
          await q(`UPDATE audit_entry SET after = $2, prev_hash = $3, hash = $4 WHERE seq = $1`, [
            f.seq,
            JSON.stringify(f.after),
            f.prevHash,
            `x${f.hash.slice(1)}`,
          ]);
        }
        // Two steps, as the unique index on hash may see an old and a new value collide on the way.
        for (const f of forged) await q(`UPDATE audit_entry SET hash = $2 WHERE seq = $1`, [f.seq, f.hash]);
      });
      const alone = await auditVerifyReport(audit);
      expect(alone).toMatchObject({ intact: true, count: 5 });
      expect(alone.headHash).not.toBe(kept.headHash);

      const caught = await auditVerifyReport(audit, { expectCount: kept.count, expectHead: kept.headHash });
      expect(caught.intact).toBe(false);
      expect(caught.line).toMatch(/^REWRITTEN: --expect-count\/--expect-head gives entry 5 the hash/);
    } finally {
      await t.close();
    }
  });
});
