import fc from 'fast-check';
import request from 'supertest';
import { StaffRole } from '../../src/common/domain.enums.js';
import { openElection } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// Values an attacker or a broken client may send where a string, number or date is expected.
const NASTY_STRINGS = [
  "'; DROP TABLE election; --",
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'a\u0000b',
  '\u202eevil',
  '𝕳𝖊𝖑𝖑𝖔 🌍',
  'x'.repeat(100_000),
  '',
  ' ',
  '\n\t',
  '$where',
  '{"$gt": ""}',
];
const anyValue = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.constantFrom(...NASTY_STRINGS),
  fc.integer(),
  fc.constantFrom(-1, 0, 2 ** 31, 2 ** 53, -(2 ** 53), 1e308),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
  fc.constantFrom('2023-02-30', '2023-13-01', '99999-01-01', '0000-00-00', 'yesterday', '2026-1-1', '1899-12-31'),
);
/** A value that is often valid and sometimes not, so requests get past coercion into the resolvers. */
const maybe = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 3, arbitrary: valid }, { weight: 2, arbitrary: anyValue });
const validDate = fc.constantFrom('2026-01-05', '2026-03-29', '2027-03-11', '2030-12-31');

describe('a few hundred malformed requests', () => {
  let t: TestApp;
  let officer: string;
  let electionId: string;

  beforeAll(async () => {
    t = await createTestApp();
    officer = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
    electionId = (await openElection(t, officer)).id;
  });
  afterAll(async () => {
    await t.close();
  });

  const fingerprint = async () =>
    JSON.stringify(
      await t.dataSource.query(`SELECT
        (SELECT count(*) FROM election) AS elections, (SELECT max(updated_at) FROM election) AS edited,
        (SELECT count(*) FROM candidacy) AS candidacies, (SELECT count(*) FROM person) AS persons,
        (SELECT count(*) FROM audit_entry) AS audit`),
    );

  async function send(query: string, variables: Record<string, unknown>): Promise<void> {
    const before = await fingerprint();
    const res = await t.gql(query, variables, { as: officer });
    expect(res.status).toBeLessThan(500);
    const codes = (res.errors ?? []).map((e) => e.extensions.code);
    expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
    if (codes.length) expect(await fingerprint()).toBe(before);
  }

  it('createElection: no 5xx, no internal error, nothing stored when refused; stored text is verbatim', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          type: maybe(fc.constantFrom('JUDGES', 'PROSECUTOR', 'DEPUTY_PROSECUTOR', 'TFV_BOARD')),
          title: maybe(fc.constantFrom(...NASTY_STRINGS.filter((s) => s.length > 3 && s.length < 300))),
          aspSession: maybe(fc.constant('25th session')),
          seats: maybe(fc.integer({ min: -5, max: 25 })),
          nominationOpensOn: maybe(validDate),
          nominationClosesOn: maybe(validDate),
          colour: fc.option(anyValue, { nil: undefined }),
        }),
        async (input) => {
          const before = await fingerprint();
          const res = await t.gql<{ createElection: { id: string; title: string } }>(
            `mutation($input: CreateElectionInput!) { createElection(input: $input) { id title } }`,
            { input },
            { as: officer },
          );
          expect(res.status).toBeLessThan(500);
          const codes = (res.errors ?? []).map((e) => e.extensions.code);
          expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
          if (codes.length) expect(await fingerprint()).toBe(before);
          else expect(res.data?.createElection.title).toBe((input.title as string).trim());
        },
      ),
      { numRuns: 120 },
    );
  });

  it('nominateCandidate: no 5xx, no internal error, nothing stored when refused', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          electionId: maybe(fc.constant(electionId)),
          nominatingState: maybe(fc.constantFrom('SN', 'FR', 'US', 'ZZ', 'sn')),
          list: maybe(fc.constantFrom('A', 'B')),
          nominationProcedure: maybe(fc.constant('HIGHEST_JUDICIAL_OFFICES')),
          person: maybe(
            fc.record({
              fullName: maybe(fc.constantFrom(...NASTY_STRINGS)),
              gender: maybe(fc.constantFrom('FEMALE', 'MALE')),
              nationality: maybe(fc.constantFrom('SN', 'FR', 'GB')),
              languages: maybe(fc.constant(['en'])),
              contactEmail: maybe(fc.constant('a@example.org')),
            }),
          ),
        }),
        (input) =>
          send(`mutation($input: NominateCandidateInput!) { nominateCandidate(input: $input) { id } }`, { input }),
      ),
      { numRuns: 120 },
    );
  });

  it('updates, extensions, withdrawals and reads: no 5xx, no internal error', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('update', 'extend', 'withdraw', 'election', 'elections', 'states'),
        anyValue,
        anyValue,
        async (kind, a, b) => {
          const docs: Record<string, [string, Record<string, unknown>]> = {
            update: [
              `mutation($input: UpdateElectionInput!) { updateElection(input: $input) { id } }`,
              { input: { id: electionId, version: a, title: b } },
            ],
            extend: [
              `mutation($input: ExtendNominationPeriodInput!) { extendNominationPeriod(input: $input) { id } }`,
              { input: { electionId, closesOn: a, reason: b } },
            ],
            withdraw: [
              `mutation($input: WithdrawCandidacyInput!) { withdrawCandidacy(input: $input) { id } }`,
              { input: { id: a, reason: b } },
            ],
            election: [`query($id: ID!) { election(id: $id) { id } }`, { id: a }],
            elections: [
              `query($first: Int, $after: String) { elections(first: $first, after: $after) { totalCount } }`,
              { first: a, after: b },
            ],
            states: [`query($on: Date) { statesParties(on: $on) { code } }`, { on: a }],
          };
          const [query, variables] = docs[kind];
          await send(query, variables);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('raw bodies that are not GraphQL requests: never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.json(),
          fc.constantFrom('{"query": 1}', '[]', '{"query": "{", "variables": 5}', 'null'),
        ),
        async (body) => {
          const res = await request(t.app.getHttpServer())
            .post('/graphql')
            .set('content-type', 'application/json')
            .send(body);
          expect(res.status).toBeLessThan(500);
        },
      ),
      { numRuns: 60 },
    );
  });
});
