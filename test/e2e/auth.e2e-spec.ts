import jwt from 'jsonwebtoken';
import { systemAuthor } from '../../src/common/author.js';
import { StaffRole } from '../../src/common/domain.enums.js';
import { StaffUsersService } from '../../src/modules/auth/staff-users.service.js';
import { createTestApp, expectError, type TestApp } from '../support/test-app.js';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token expiresAt user { email role } } }`;
const PASSWORD = 'a long enough password';

describe('staff accounts and access', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ ADMIN_EMAIL: 'First.Admin@Example.org', ADMIN_PASSWORD: 'first admin password' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates the first admin from ADMIN_EMAIL and ADMIN_PASSWORD, once', async () => {
    const res = await t.gql<{ login: { user: { email: string; role: string } } }>(LOGIN, {
      input: { email: 'first.admin@example.org', password: 'first admin password' },
    });
    expect(res.data?.login.user).toEqual({ email: 'first.admin@example.org', role: 'ADMIN' });
    await t.app.get(StaffUsersService).onApplicationBootstrap();
    // Other tests add admins of their own: count this one's address.
    const admins = await t.dataSource.query(
      `SELECT count(*) AS n FROM staff_user WHERE role = 'ADMIN' AND email = 'first.admin@example.org'`,
    );
    expect(Number(admins[0].n)).toBe(1);
  });

  it('gives the same UNAUTHENTICATED answer for a wrong e-mail and a wrong password', async () => {
    await t.app.get(StaffUsersService).create(
      {
        email: 'officer@example.org',
        password: PASSWORD,
        role: StaffRole.ELECTIONS_OFFICER,
        displayName: 'O',
      },
      systemAuthor('test'),
    );
    const wrongEmail = await t.gql(LOGIN, { input: { email: 'nobody@example.org', password: PASSWORD } });
    const wrongPassword = await t.gql(LOGIN, { input: { email: 'officer@example.org', password: 'wrong password!!' } });
    expectError(wrongEmail, 'UNAUTHENTICATED');
    expectError(wrongPassword, 'UNAUTHENTICATED');
    expect(wrongEmail.errors).toEqual(wrongPassword.errors);
    const ok = await t.gql<{ login: { token: string; user: { role: string } } }>(LOGIN, {
      input: { email: 'OFFICER@example.org', password: PASSWORD },
    });
    expect(ok.data?.login.user.role).toBe('ELECTIONS_OFFICER');
    const me = await t.gql<{ me: { email: string } }>(`query { me { email } }`, {}, { as: ok.data!.login.token });
    expect(me.data?.me.email).toBe('officer@example.org');
  });

  it('stores passwords as argon2id hashes', async () => {
    // Its own account: no test relies on another's.
    await t.app
      .get(StaffUsersService)
      .create(
        { email: 'hashed@example.org', password: PASSWORD, role: StaffRole.PANEL_MEMBER, displayName: 'H' },
        systemAuthor('test'),
      );
    const rows = await t.dataSource.query(`SELECT password_hash FROM staff_user WHERE email = 'hashed@example.org'`);
    expect(JSON.stringify(rows)).not.toContain(PASSWORD);
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
  });

  it('lets admins create accounts, and a disabled account’s token stops working at once', async () => {
    const admin = await t.tokenFor(StaffRole.ADMIN);
    const officerToken = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
    expectError(
      await t.gql(
        `mutation { createStaffUser(input: { email: "x@example.org", displayName: "X", password: "${PASSWORD}", role: ADMIN }) { id } }`,
        {},
        { as: officerToken },
      ),
      'FORBIDDEN',
    );
    const created = await t.gql<{ createStaffUser: { id: string } }>(
      `mutation { createStaffUser(input: { email: "panel@example.org", displayName: "P", password: "${PASSWORD}", role: PANEL_MEMBER }) { id } }`,
      {},
      { as: admin },
    );
    const dup = await t.gql(
      `mutation { createStaffUser(input: { email: "Panel@example.org", displayName: "P", password: "${PASSWORD}", role: PANEL_MEMBER }) { id } }`,
      {},
      { as: admin },
    );
    expectError(dup, 'CONFLICT');
    const short = await t.gql(
      `mutation { createStaffUser(input: { email: "short@example.org", displayName: "S", password: "short", role: PANEL_MEMBER }) { id } }`,
      {},
      { as: admin },
    );
    expectError(short, 'BAD_USER_INPUT');
    const login = await t.gql<{ login: { token: string } }>(LOGIN, {
      input: { email: 'panel@example.org', password: PASSWORD },
    });
    const token = login.data!.login.token;
    expect((await t.gql(`query { me { id } }`, {}, { as: token })).errors).toBeUndefined();
    await t.gql(
      `mutation($id: ID!) { disableStaffUser(id: $id) { disabledAt } }`,
      { id: created.data!.createStaffUser.id },
      { as: admin },
    );
    expectError(await t.gql(`query { me { id } }`, {}, { as: token }), 'UNAUTHENTICATED');
    expectError(await t.gql(LOGIN, { input: { email: 'panel@example.org', password: PASSWORD } }), 'UNAUTHENTICATED');
  });

  it('a re-enabled account’s old tokens stay dead: disabling bumps the token epoch', async () => {
    const admin = await t.tokenFor(StaffRole.ADMIN);
    const created = await t.gql<{ createStaffUser: { id: string } }>(
      `mutation { createStaffUser(input: { email: "epoch@example.org", displayName: "E", password: "${PASSWORD}", role: ELECTIONS_OFFICER }) { id } }`,
      {},
      { as: admin },
    );
    const id = created.data!.createStaffUser.id;
    const signIn = async () =>
      (await t.gql<{ login: { token: string } }>(LOGIN, { input: { email: 'epoch@example.org', password: PASSWORD } }))
        .data!.login.token;
    const old = await signIn();
    for (const operation of ['disableStaffUser', 'enableStaffUser']) {
      const res = await t.gql(`mutation($id: ID!) { ${operation}(id: $id) { id } }`, { id }, { as: admin });
      expect(res.errors).toBeUndefined();
    }
    expectError(await t.gql(`query { me { id } }`, {}, { as: old }), 'UNAUTHENTICATED');
    const fresh = await signIn();
    expect((await t.gql(`query { me { id } }`, {}, { as: fresh })).errors).toBeUndefined();
    expect(jwt.decode(fresh)).toMatchObject({ sub: id, ep: 1 });
    // Enabling alone does not bump it: the new token keeps working.
    await t.gql(`mutation($id: ID!) { enableStaffUser(id: $id) { id } }`, { id }, { as: admin });
    expect((await t.gql(`query { me { id } }`, {}, { as: fresh })).errors).toBeUndefined();
  });

  it('answers UNAUTHENTICATED, never INTERNAL_SERVER_ERROR, to a signed token with a malformed subject', async () => {
    const sign = (claims: object) => jwt.sign(claims, t.config.jwtSecret, { issuer: 'icc-vetting', expiresIn: 60 });
    const claims = [
      { typ: 'staff', sub: 'not-a-uuid', ep: 0 },
      { typ: 'staff', ep: 0 },
      { typ: 'staff', sub: 42, ep: 0 },
      { typ: 'staff', sub: "00000000-0000-0000-0000-000000000000' OR 1=1 --", ep: 0 },
      { typ: 'staff', sub: '00000000-0000-4000-8000-000000000000', ep: 0 },
      { typ: 'nominee', sub: 'not-a-uuid', inv: 'nor-this' },
      { typ: 'nominee', sub: '00000000-0000-4000-8000-000000000000', inv: 'x' },
    ];
    for (const c of claims) {
      const res = await t.gql(`query { me { id } }`, {}, { as: sign(c) });
      expect(res.status).toBe(200);
      expectError(res, 'UNAUTHENTICATED');
    }
  });

  it('refuses an expired or forged token', async () => {
    expectError(await t.gql(`query { me { id } }`, {}, { as: 'eyJhbGciOiJub25lIn0.e30.' }), 'UNAUTHENTICATED');
    expectError(await t.gql(`query { me { id } }`, {}, { headers: { authorization: 'Basic abc' } }), 'UNAUTHENTICATED');
    expectError(await t.gql(`query { me { id } }`), 'UNAUTHENTICATED');
  });
});

describe('the last admin', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const me = async (token: string) =>
    (await t.gql<{ me: { id: string } }>(`query { me { id } }`, {}, { as: token })).data!.me.id;
  const disable = (token: string, id: string) =>
    t.gql(`mutation($id: ID!) { disableStaffUser(id: $id) { id disabledAt } }`, { id }, { as: token });

  it('an admin cannot disable themselves, and two admins disabling each other at once leave one active', async () => {
    const a = await t.tokenFor(StaffRole.ADMIN);
    const b = await t.tokenFor(StaffRole.ADMIN);
    const [aId, bId] = [await me(a), await me(b)];
    expect(expectError(await disable(a, aId), 'RULE_VIOLATION').rule).toBe('CANNOT_DISABLE_SELF');

    const both = await Promise.all([disable(a, bId), disable(b, aId)]);
    expect(both.filter((r) => !r.errors)).toHaveLength(1);
    const refused = both.find((r) => r.errors)!;
    // Refused by the rule, or (if the other one committed first) because the caller is now disabled.
    expect(['RULE_VIOLATION', 'UNAUTHENTICATED']).toContain(refused.errors![0].extensions.code);
    if (refused.errors![0].extensions.code === 'RULE_VIOLATION') {
      expect(refused.errors![0].extensions.rule).toBe('LAST_ACTIVE_ADMIN');
    }
    const active = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM staff_user WHERE role = 'ADMIN' AND disabled_at IS NULL`,
    );
    expect(active).toHaveLength(1);

    // Whoever asks (a script, too), the last active admin stays.
    await expect(
      t.app.get(StaffUsersService).setDisabled(active[0].id, true, new Date(), systemAuthor('test')),
    ).rejects.toMatchObject({ extensions: { rule: 'LAST_ACTIVE_ADMIN' } });
  });
});
