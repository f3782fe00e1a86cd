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
    const admins = await t.dataSource.query(`SELECT count(*) AS n FROM staff_user WHERE role = 'ADMIN'`);
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
    const rows = await t.dataSource.query(`SELECT password_hash FROM staff_user WHERE email = 'officer@example.org'`);
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

  it('refuses an expired or forged token', async () => {
    expectError(await t.gql(`query { me { id } }`, {}, { as: 'eyJhbGciOiJub25lIn0.e30.' }), 'UNAUTHENTICATED');
    expectError(await t.gql(`query { me { id } }`, {}, { headers: { authorization: 'Basic abc' } }), 'UNAUTHENTICATED');
    expectError(await t.gql(`query { me { id } }`), 'UNAUTHENTICATED');
  });
});
