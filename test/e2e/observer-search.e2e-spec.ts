import { StaffRole } from '../../src/common/domain.enums.js';
import { nominate, openElection } from '../support/factories.js';
import { createTestApp, expectError, type TestApp } from '../support/test-app.js';

const SEARCH = `query($filter: CandidacySearchFilter, $first: Int, $after: String) {
  candidacies(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id person { fullName } } } } }`;
const PEOPLE = `query($search: String, $updatedSince: DateTime) {
  people(search: $search, updatedSince: $updatedSince) { totalCount edges { node { fullName } } } }`;

type Page = {
  candidacies: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; person: { fullName: string } } }[];
  };
};

describe("observers' search across elections", () => {
  let t: TestApp;
  let officer: string;
  let ids: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp();
    officer = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
    const judges = await openElection(t, officer, { title: 'Judges 2031' });
    const other = await openElection(t, officer, { title: 'Judges again' });
    ids = {
      gonzalez: (await nominate(t, officer, judges.id, 'AR', { fullName: 'José González', gender: 'MALE' })).id,
      muller: (await nominate(t, officer, judges.id, 'DE', { fullName: 'Zoë Müller', gender: 'FEMALE' })).id,
      nkosi: (await nominate(t, officer, other.id, 'ZA', { fullName: 'Thandi Nkosi', gender: 'FEMALE' })).id,
    };
  });
  afterAll(() => t.close());

  const names = async (filter: Record<string, unknown>) => {
    const res = await t.gql<Page>(SEARCH, { filter, first: 100 });
    expect(res.errors).toBeUndefined();
    return res.data!.candidacies.edges.map((e) => e.node.person.fullName).sort();
  };

  it('finds names whatever their accents and case', async () => {
    await expect(names({ name: 'gonzalez' })).resolves.toEqual(['José González']);
    await expect(names({ name: 'JOSE GONZ' })).resolves.toEqual(['José González']);
    await expect(names({ name: 'müller' })).resolves.toEqual(['Zoë Müller']);
    await expect(names({ name: 'zoe mul' })).resolves.toEqual(['Zoë Müller']);
    // LIKE's wildcards are taken literally.
    await expect(names({ name: '%_' })).resolves.toEqual([]);
  });

  it('filters by nationality, State, regional group, type, year, status, list, gender', async () => {
    await expect(names({ nationality: 'DE' })).resolves.toEqual(['Zoë Müller']);
    await expect(names({ nominatingState: 'ZA' })).resolves.toEqual(['Thandi Nkosi']);
    await expect(names({ regionalGroup: 'LATIN_AMERICAN_AND_CARIBBEAN' })).resolves.toEqual(['José González']);
    await expect(names({ gender: 'FEMALE', list: 'A' })).resolves.toEqual(['Thandi Nkosi', 'Zoë Müller']);
    await expect(names({ electionType: 'PROSECUTOR' })).resolves.toEqual([]);
    // openElection opens nominations 20 days before today (by the app's clock).
    const year = new Date(t.clock.now().getTime() - 20 * 86_400_000).getUTCFullYear();
    await expect(names({ electionType: 'JUDGES', year })).resolves.toHaveLength(3);
    await expect(names({ year: 2003 })).resolves.toEqual([]);
    await expect(names({ status: ['ELECTED', 'NOT_ELECTED'] })).resolves.toEqual([]);
  });

  it('pages with keyset cursors', async () => {
    const first = await t.gql<Page>(SEARCH, { first: 2 });
    expect(first.data?.candidacies.totalCount).toBe(3);
    expect(first.data?.candidacies.pageInfo.hasNextPage).toBe(true);
    const second = await t.gql<Page>(SEARCH, { first: 2, after: first.data!.candidacies.pageInfo.endCursor });
    expect(second.data?.candidacies.edges.map((e) => e.node.id)).toEqual([ids.nkosi]);
    expect(second.data?.candidacies.pageInfo.hasNextPage).toBe(false);
    expectError(await t.gql(SEARCH, { first: 2, after: 'not-a-cursor' }), 'BAD_USER_INPUT');
  });

  it('syncs by change time (updatedSince)', async () => {
    const [{ now }] = await t.dataSource.query<{ now: Date }[]>('SELECT clock_timestamp() AS now');
    await t.gql(
      `mutation($input: WithdrawCandidacyInput!) { withdrawCandidacy(input: $input) { id } }`,
      { input: { id: ids.muller, reason: 'Withdrawn by the State' } },
      { as: officer },
    );
    await expect(names({ updatedSince: now.toISOString() })).resolves.toEqual(['Zoë Müller']);
    await expect(names({ status: ['WITHDRAWN'] })).resolves.toEqual(['Zoë Müller']);
    await expect(names({ updatedSince: '2099-01-01T00:00:00Z' })).resolves.toEqual([]);
  });

  it('people(search) finds nominees, accent- and case-insensitive', async () => {
    const res = await t.gql<{ people: { totalCount: number; edges: { node: { fullName: string } }[] } }>(PEOPLE, {
      search: 'THANDI',
    });
    expect(res.data?.people.edges.map((e) => e.node.fullName)).toEqual(['Thandi Nkosi']);
    const all = await t.gql<{ people: { totalCount: number } }>(PEOPLE, {});
    expect(all.data?.people.totalCount).toBe(3);
  });

  it('refuses a blank search as BAD_USER_INPUT naming the field', async () => {
    const res = await t.gql(SEARCH, { filter: { name: '   ' } });
    expect((expectError(res, 'BAD_USER_INPUT').fields as { field: string }[]).map((f) => f.field)).toEqual([
      'filter.name',
    ]);
    expectError(await t.gql(PEOPLE, { search: ' ' }), 'BAD_USER_INPUT');
  });
});
