import { randomBytes } from 'node:crypto';
import { systemAuthor } from '../../src/common/author.js';
import { StaffRole } from '../../src/common/domain.enums.js';
import { AuditService } from '../../src/modules/audit/audit.service.js';
import { StaffUsersService } from '../../src/modules/auth/staff-users.service.js';
import { createElection } from '../support/factories.js';
import { createTestApp, expectError, type TestApp } from '../support/test-app.js';

// What the console's Admin area needs from the API: changing a staff account's role (admins only,
// audited, versioned, never oneself nor the last active admin, effective on the next request) and a
// server-side verification of the audit chain.
const PASSWORD = 'a long enough password';
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token user { id role version } } }`;
const SET_ROLE = `mutation($input: SetStaffUserRoleInput!) { setStaffUserRole(input: $input) { id role version disabledAt allowedOperations } }`;
const VERIFY = `{ verifyAuditChain { intact count headHash failure failedAtSeq publishedDigests verifiedAt } }`;
const LOG = `query($filter: AuditLogFilter) { auditLog(filter: $filter) { totalCount edges { node { actorId operation entityType entityId before after } } } }`;

type Role = { id: string; role: string; version: number; allowedOperations: string[] };
type Verdict = {
  intact: boolean;
  count: number;
  headHash: string;
  failure: string | null;
  failedAtSeq: string | null;
  publishedDigests: number;
  verifiedAt: string;
};

async function account(t: TestApp, role: StaffRole): Promise<{ id: string; email: string; token: string }> {
  const email = `admin-api-${randomBytes(4).toString('hex')}@example.org`;
  await t.app
    .get(StaffUsersService)
    .create({ email, password: PASSWORD, role, displayName: 'Someone' }, systemAuthor('test'));
  const res = await t.gql<{ login: { token: string; user: { id: string } } }>(LOGIN, {
    input: { email, password: PASSWORD },
  });
  return { id: res.data!.login.user.id, email, token: res.data!.login.token };
}

describe('changing a staff account’s role', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const me = (token: string) => t.gql<{ me: { id: string; role: string } }>(`{ me { id role } }`, {}, { as: token });
  const setRole = (token: string, input: Record<string, unknown>) =>
    t.gql<{ setStaffUserRole: Role }>(SET_ROLE, { input }, { as: token });

  it('takes effect on the next request: the old token loses its powers, a new sign-in has the new role', async () => {
    const admin = await t.tokenFor(StaffRole.ADMIN);
    const officer = await account(t, StaffRole.ELECTIONS_OFFICER);
    await createElection(t, officer.token, { title: 'Before the demotion' });

    const changed = await setRole(admin, { id: officer.id, version: 1, role: 'PANEL_MEMBER' });
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.setStaffUserRole).toMatchObject({ id: officer.id, role: 'PANEL_MEMBER', version: 2 });
    expect(changed.data!.setStaffUserRole.allowedOperations).not.toContain('Mutation.createElection');

    // The token signed for the officer is dead at once, for reads and writes alike.
    expectError(await me(officer.token), 'UNAUTHENTICATED');
    expectError(
      await t.gql(
        `mutation { createElection(input: { type: PROSECUTOR, title: "After the demotion", aspSession: "1st", nominationOpensOn: "2030-01-01", nominationClosesOn: "2030-03-01" }) { id } }`,
        {},
        { as: officer.token },
      ),
      'UNAUTHENTICATED',
    );
    // Signed in again, the account has the new role and only its powers.
    const again = await t.gql<{ login: { token: string; user: { role: string } } }>(LOGIN, {
      input: { email: officer.email, password: PASSWORD },
    });
    expect(again.data!.login.user.role).toBe('PANEL_MEMBER');
    expectError(
      await t.gql(
        `mutation { createElection(input: { type: PROSECUTOR, title: "After the demotion", aspSession: "1st", nominationOpensOn: "2030-01-01", nominationClosesOn: "2030-03-01" }) { id } }`,
        {},
        { as: again.data!.login.token },
      ),
      'FORBIDDEN',
    );
    const elections = await t.dataSource.query<unknown[]>(`SELECT 1 FROM election WHERE title = 'After the demotion'`);
    expect(elections).toHaveLength(0);
  });

  it('is audited with the role before and after, and no secret', async () => {
    const admin = await account(t, StaffRole.ADMIN);
    const member = await account(t, StaffRole.PANEL_MEMBER);
    expect((await setRole(admin.token, { id: member.id, role: 'ELECTIONS_OFFICER' })).errors).toBeUndefined();
    const log = await t.gql<{
      auditLog: {
        totalCount: number;
        edges: {
          node: {
            actorId: string;
            operation: string;
            before: Record<string, unknown>;
            after: Record<string, unknown>;
          };
        }[];
      };
    }>(
      LOG,
      { filter: { entityType: 'StaffUser', entityId: member.id, operation: 'setStaffUserRole' } },
      { as: admin.token },
    );
    expect(log.data!.auditLog.totalCount).toBe(1);
    const entry = log.data!.auditLog.edges[0].node;
    expect(entry.actorId).toBe(admin.id);
    expect(entry.before).toMatchObject({ role: 'PANEL_MEMBER', version: 1 });
    expect(entry.after).toMatchObject({ role: 'ELECTIONS_OFFICER', version: 2 });
    expect(JSON.stringify(entry)).not.toMatch(/argon2|passwordHash/);
    // The filter by actor finds it too.
    const byActor = await t.gql<{ auditLog: { edges: { node: { entityId: string } }[] } }>(
      LOG,
      { filter: { actorId: admin.id } },
      { as: admin.token },
    );
    expect(byActor.data!.auditLog.edges.map((e) => e.node.entityId)).toEqual([member.id]);
  });

  it('refuses a stale version, and changes nothing (no entry, sessions kept) when the role is the same', async () => {
    const admin = await t.tokenFor(StaffRole.ADMIN);
    const officer = await account(t, StaffRole.ELECTIONS_OFFICER);
    const stale = expectError(await setRole(admin, { id: officer.id, version: 7, role: 'PANEL_MEMBER' }), 'CONFLICT');
    expect(stale.reason).toBe('STALE_VERSION');
    const digest = async () => (await t.gql<{ auditDigest: { count: number } }>(`{ auditDigest { count } }`)).data!;
    const before = await digest();
    const same = await setRole(admin, { id: officer.id, version: 1, role: 'ELECTIONS_OFFICER' });
    expect(same.data!.setStaffUserRole).toMatchObject({ role: 'ELECTIONS_OFFICER', version: 1 });
    expect(await digest()).toEqual(before);
    expect((await me(officer.token)).data!.me.role).toBe('ELECTIONS_OFFICER');
  });

  it('refuses to change the role of an account that sits on a panel, naming the panels; others still change', async () => {
    const admin = await t.tokenFor(StaffRole.ADMIN);
    const officer = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
    const onPanel = await account(t, StaffRole.PANEL_MEMBER);
    const onNoPanel = await account(t, StaffRole.PANEL_MEMBER);
    const election = await createElection(t, officer, { title: 'Panel role election' });
    const name = `Role panel ${randomBytes(3).toString('hex')}`;
    const panel = await t.gql<{ createPanel: { id: string } }>(
      `mutation($input: CreatePanelInput!) { createPanel(input: $input) { id } }`,
      { input: { name, kind: 'ADVISORY_COMMITTEE', electionIds: [election.id], rubricKey: 'judges-default' } },
      { as: officer },
    );
    expect(panel.errors).toBeUndefined();
    const panelId = panel.data!.createPanel.id;
    const added = await t.gql(
      `mutation($input: AddPanelMemberInput!) { addPanelMember(input: $input) { id } }`,
      { input: { panelId, fullName: 'Sitting Member', nationality: 'FR', role: 'MEMBER', staffUserId: onPanel.id } },
      { as: officer },
    );
    expect(added.errors).toBeUndefined();

    const refused = expectError(await setRole(admin, { id: onPanel.id, role: 'ELECTIONS_OFFICER' }), 'RULE_VIOLATION');
    expect(refused.rule).toBe('ACCOUNT_SITS_ON_PANEL');
    expect(refused.panelIds).toEqual([panelId]);
    expect(refused.panelNames).toEqual([name]);
    expect((await me(onPanel.token)).data!.me.role).toBe('PANEL_MEMBER');
    const [row] = await t.dataSource.query<{ role: string; version: number }[]>(
      `SELECT role, version FROM staff_user WHERE id = $1`,
      [onPanel.id],
    );
    expect(row).toEqual({ role: 'PANEL_MEMBER', version: 1 });

    const changed = await setRole(admin, { id: onNoPanel.id, role: 'ELECTIONS_OFFICER' });
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.setStaffUserRole.role).toBe('ELECTIONS_OFFICER');
  });

  it('is for admins only, and refuses a role that does not exist', async () => {
    const officer = await account(t, StaffRole.ELECTIONS_OFFICER);
    const member = await account(t, StaffRole.PANEL_MEMBER);
    const admin = await t.tokenFor(StaffRole.ADMIN);
    expectError(await setRole(officer.token, { id: member.id, role: 'ADMIN' }), 'FORBIDDEN');
    expectError(await setRole(member.token, { id: member.id, role: 'ADMIN' }), 'FORBIDDEN');
    expectError(await t.gql(SET_ROLE, { input: { id: member.id, role: 'ADMIN' } }), 'UNAUTHENTICATED');
    expectError(await setRole(admin, { id: member.id, role: 'SUPERUSER' }), 'BAD_USER_INPUT');
    expectError(await setRole(admin, { id: 'not-an-id', role: 'ADMIN' }), 'BAD_USER_INPUT');
    expectError(await setRole(admin, { id: '00000000-0000-4000-8000-000000000000', role: 'ADMIN' }), 'NOT_FOUND');
    expect((await me(member.token)).data!.me.role).toBe('PANEL_MEMBER');
  });
});

describe('the last admin and one’s own role', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('an admin cannot change their own role; two admins demoting each other at once leave one admin', async () => {
    const a = await account(t, StaffRole.ADMIN);
    const b = await account(t, StaffRole.ADMIN);
    const own = expectError(
      await t.gql(SET_ROLE, { input: { id: a.id, role: 'ELECTIONS_OFFICER' } }, { as: a.token }),
      'RULE_VIOLATION',
    );
    expect(own.rule).toBe('CANNOT_CHANGE_OWN_ROLE');

    const both = await Promise.all([
      t.gql(SET_ROLE, { input: { id: b.id, role: 'ELECTIONS_OFFICER' } }, { as: a.token }),
      t.gql(SET_ROLE, { input: { id: a.id, role: 'ELECTIONS_OFFICER' } }, { as: b.token }),
    ]);
    expect(both.filter((r) => !r.errors)).toHaveLength(1);
    const refused = both.find((r) => r.errors)!;
    // Refused by the rule, or (when the other committed first) because the caller's token died with its role.
    expect(['RULE_VIOLATION', 'UNAUTHENTICATED']).toContain(refused.errors![0].extensions.code);
    if (refused.errors![0].extensions.code === 'RULE_VIOLATION') {
      expect(refused.errors![0].extensions.rule).toBe('LAST_ACTIVE_ADMIN');
    }
    const admins = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM staff_user WHERE role = 'ADMIN' AND disabled_at IS NULL`,
    );
    expect(admins).toHaveLength(1);

    // Whoever asks (a script, too), the last active admin keeps the role.
    await expect(
      t.app.get(StaffUsersService).setRole({ id: admins[0].id, role: StaffRole.PANEL_MEMBER }, systemAuthor('test')),
    ).rejects.toMatchObject({ code: 'RULE_VIOLATION', extensions: { rule: 'LAST_ACTIVE_ADMIN' } });

    // A disabled admin is no active admin: demoting one is allowed.
    const c = await account(t, StaffRole.ADMIN);
    const survivor = admins[0].id === a.id ? a : b;
    expect(
      (await t.gql(`mutation($id: ID!) { disableStaffUser(id: $id) { id } }`, { id: c.id }, { as: survivor.token }))
        .errors,
    ).toBeUndefined();
    const demoted = await t.gql<{ setStaffUserRole: Role }>(
      SET_ROLE,
      { input: { id: c.id, role: 'PANEL_MEMBER' } },
      { as: survivor.token },
    );
    expect(demoted.data!.setStaffUserRole.role).toBe('PANEL_MEMBER');
  });
});

describe('verifying the audit chain from the console', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const verify = (token?: string) => t.gql<{ verifyAuditChain: Verdict }>(VERIFY, {}, { as: token });

  it('says the chain is intact, agrees with the digest and the published ones; admins only', async () => {
    t.clock.set('2031-05-04T10:00:00.000Z');
    try {
      const admin = await t.tokenFor(StaffRole.ADMIN);
      const officer = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
      for (let i = 0; i < 3; i += 1) await createElection(t, officer, { title: `Verified ${i}` });
      const audit = t.app.get(AuditService);
      const digest = await audit.digest();
      await audit.publishDigest({ count: digest.count, headHash: digest.headHash });

      const res = await verify(admin);
      expect(res.errors).toBeUndefined();
      expect(res.data!.verifyAuditChain).toEqual({
        intact: true,
        count: digest.count,
        headHash: digest.headHash,
        failure: null,
        failedAtSeq: null,
        publishedDigests: 1,
        verifiedAt: '2031-05-04T10:00:00.000Z',
      });
      expectError(await verify(officer), 'FORBIDDEN');
      expectError(await verify(await t.tokenFor(StaffRole.PANEL_MEMBER)), 'FORBIDDEN');
      expectError(await verify(), 'UNAUTHENTICATED');
    } finally {
      t.clock.set(null);
    }
  });

  it('names the first broken entry once the database owner rewrites one, then a truncation', async () => {
    // Its own database: the rewrite and truncation below would break the chain the other test verifies.
    const own = await createTestApp();
    try {
      await tamperAndVerify(own);
    } finally {
      await own.close();
    }
  });
});

async function tamperAndVerify(t: TestApp): Promise<void> {
  const verify = (token?: string) => t.gql<{ verifyAuditChain: Verdict }>(VERIFY, {}, { as: token });
  const admin = await t.tokenFor(StaffRole.ADMIN);
  const officer = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
  for (let i = 0; i < 2; i += 1) await createElection(t, officer, { title: `To be broken ${i}` });
  const audit = t.app.get(AuditService);
  const digest = await audit.digest();
  await audit.publishDigest({ count: digest.count, headHash: digest.headHash });
  const [{ seq }] = await t.dataSource.query<{ seq: string }[]>(
    `SELECT seq FROM audit_entry WHERE operation = 'createElection' AND after->>'title' = 'To be broken 0'`,
  );
  // The owner switches the append-only trigger off for one transaction: what an attacker with owner rights can do.
  const owner = await t.owner();
  const unprotected = (statements: [string, unknown[]][]) =>
    owner.transaction(async (m) => {
      await m.query(`ALTER TABLE audit_entry DISABLE TRIGGER tr_audit_entry_no_update_delete`);
      for (const [sql, params] of statements) await m.query(sql, params);
      await m.query(`ALTER TABLE audit_entry ENABLE TRIGGER tr_audit_entry_no_update_delete`);
    });
  const retitle = (title: string): [string, unknown[]] => [
    `UPDATE audit_entry SET after = jsonb_set(after, '{title}', to_jsonb($2::text)) WHERE seq = $1`,
    [seq, title],
  ];

  await unprotected([retitle('Rewritten')]);
  expect((await verify(admin)).data!.verifyAuditChain).toMatchObject({
    intact: false,
    failure: 'HASH_MISMATCH',
    failedAtSeq: seq,
    count: Number(seq) - 1,
  });

  // Put back as it was, and the entries after it removed: the chain links up, but the published digest counted more.
  await unprotected([retitle('To be broken 0'), [`DELETE FROM audit_entry WHERE seq > $1`, [seq]]]);
  expect((await verify(admin)).data!.verifyAuditChain).toMatchObject({
    intact: false,
    failure: 'TRUNCATED',
    failedAtSeq: String(Number(seq) + 1),
    count: Number(seq),
  });
}
