import request from 'supertest';
import { StaffRole } from '../../src/common/domain.enums.js';
import { nominate, openElection } from '../support/factories.js';
import { throughResolvers } from '../support/compiled-reads.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// What the observers' reads send beyond their data, kept while their cost goes down (issue 12).
describe('observer reads over HTTP', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  const post = (body: object, token?: string) => {
    const req = request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
    return (token ? req.set('authorization', `Bearer ${token}`) : req).send(body);
  };

  it('answers cache-control: no-store to a query, a signed-in query and an invalid one, without an ETag', async () => {
    const token = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
    for (const res of [
      await post({ query: '{ elections(first: 1) { totalCount } }' }),
      await post({ query: '{ elections(first: 1) { totalCount } }' }, token),
      await post({ query: '{ elections(first: 0) { totalCount } }' }),
      await post({ query: '{ nope }' }),
    ]) {
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers.etag).toBeUndefined();
    }
  });

  it('reads biographies only where they are asked for: not in a list that shows names, batched in one that shows them', async () => {
    // The resolvers' reads (signed-in readers and what is not compiled go through them); compiled,
    // each read below is one statement (public-reads.e2e-spec.ts).
    await throughResolvers(t, biographies);
  });

  async function biographies() {
    const token = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
    const election = await openElection(t, token, { title: 'Biographies on demand' });
    const long = Array.from({ length: 400 }, () => 'Thirty years on the bench.').join(' ');
    const withBio = await nominate(t, token, election.id, 'SN', { fullName: 'Awa Long', biography: long });
    const without = await nominate(t, token, election.id, 'GH', { fullName: 'Kofi None', biography: null });
    const page = (person: string) => `query($id: ID!) { election(id: $id) { candidacies(first: 10) {
      edges { node { id person { ${person} } } } } } }`;
    const read = async (query: string, variables: Record<string, unknown>) => {
      const before = t.statementCount();
      const res = await t.gql<{ election: { candidacies: { edges: { node: { id: string; person: object } }[] } } }>(
        query,
        variables,
      );
      expect(res.errors).toBeUndefined();
      return { statements: t.statementCount() - before, data: res.data! };
    };
    // Names only: the election, its page of candidacies with persons and States. No biography read.
    const names = await read(page('fullName'), { id: election.id });
    // With biographies: one more statement for all of them, whatever their number.
    const bios = await read(page('fullName biography'), { id: election.id });
    expect(bios.statements).toBe(names.statements + 1);
    expect(Object.fromEntries(bios.data.election.candidacies.edges.map((e) => [e.node.id, e.node.person]))).toEqual({
      [withBio.id]: { fullName: 'Awa Long', biography: long },
      [without.id]: { fullName: 'Kofi None', biography: null },
    });
    // One candidacy (its page shows the biography): read with it, no statement of its own.
    const one = `query($id: ID!) { candidacy(id: $id) { person { fullName } } }`;
    const oneWithBio = `query($id: ID!) { candidacy(id: $id) { person { fullName biography } } }`;
    const plain = await read(one, { id: withBio.id });
    const before = t.statementCount();
    const res = await t.gql<{ candidacy: { person: { biography: string } } }>(oneWithBio, { id: withBio.id });
    expect(res.data?.candidacy.person.biography).toBe(long);
    expect(t.statementCount() - before).toBe(plain.statements);
    // And a person read on their own has it too.
    const person = await t.gql<{ person: { biography: string | null } }>(
      `query($id: ID!) { person(id: $id) { biography } }`,
      { id: (withBio.person as { id: string }).id },
    );
    expect(person.data?.person?.biography).toBe(long);
  }
});
