import { StaffRole } from '../../src/common/domain.enums.js';
import { ACCESS_POLICY } from '../../src/modules/auth/access-policy.js';
import { createElection } from '../support/factories.js';
import { createTestApp, expectError, type TestApp } from '../support/test-app.js';

// What the staff console asks of the API beyond the core: the operations a role may call (so it
// never offers one the API refuses) and elections filtered by year.
describe('the API the console uses', () => {
  let t: TestApp;
  let officer: string;

  beforeAll(async () => {
    t = await createTestApp();
    officer = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
  });
  afterAll(async () => {
    await t.close();
  });

  const ME = '{ me { role allowedOperations } }';

  it.each([StaffRole.ADMIN, StaffRole.ELECTIONS_OFFICER, StaffRole.PANEL_MEMBER])(
    'me.allowedOperations for %s is exactly its rows of the access table',
    async (role) => {
      const token = await t.tokenFor(role);
      const res = await t.gql<{ me: { role: string; allowedOperations: string[] } }>(ME, {}, { as: token });
      const expected = Object.entries(ACCESS_POLICY)
        .filter(([, callers]) => (callers as readonly string[]).includes(role))
        .map(([operation]) => operation)
        .sort();
      expect(res.data?.me.allowedOperations).toEqual(expected);
    },
  );

  it('tells a panel member they may not create elections or nominate, and an officer that they may', async () => {
    const panel = await t.tokenFor(StaffRole.PANEL_MEMBER);
    const mine = (await t.gql<{ me: { allowedOperations: string[] } }>(ME, {}, { as: panel })).data?.me
      .allowedOperations;
    expect(mine).toEqual(expect.arrayContaining(['Query.me', 'Query.elections', 'Mutation.recordAssessment']));
    expect(mine).not.toContain('Mutation.createElection');
    expect(mine).not.toContain('Mutation.nominateCandidate');
    const theirs = (await t.gql<{ me: { allowedOperations: string[] } }>(ME, {}, { as: officer })).data?.me
      .allowedOperations;
    expect(theirs).toEqual(expect.arrayContaining(['Mutation.createElection', 'Mutation.nominateCandidate']));
    expect(theirs).not.toContain('Mutation.recordAssessment');
  });

  it('filters elections by the year their nomination period opens', async () => {
    const a = await createElection(t, officer, {
      title: 'Judges 2023',
      nominationOpensOn: '2023-01-01',
      nominationClosesOn: '2023-03-01',
    });
    const b = await createElection(t, officer, {
      title: 'Judges 2023 late',
      nominationOpensOn: '2023-12-31',
      nominationClosesOn: '2024-02-01',
    });
    await createElection(t, officer, {
      title: 'Judges 2024',
      nominationOpensOn: '2024-01-01',
      nominationClosesOn: '2024-03-01',
    });
    const res = await t.gql<{ elections: { totalCount: number; edges: { node: { id: string } }[] } }>(
      'query($f: ElectionFilter) { elections(filter: $f) { totalCount edges { node { id } } } }',
      { f: { year: 2023 } },
      { as: officer },
    );
    expect(res.data?.elections.edges.map((e) => e.node.id).sort()).toEqual([a.id, b.id].sort());
    expect(res.data?.elections.totalCount).toBe(2);
  });

  it.each([[1800], [99999], ['2023']])('refuses the year %p as BAD_USER_INPUT', async (year) => {
    const res = await t.gql('query($f: ElectionFilter) { elections(filter: $f) { totalCount } }', { f: { year } });
    expectError(res, 'BAD_USER_INPUT');
  });
});
