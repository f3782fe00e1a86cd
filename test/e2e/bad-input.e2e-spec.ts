import fc from 'fast-check';
import request from 'supertest';
import { StaffRole } from '../../src/common/domain.enums.js';
import { nominate, openElection } from '../support/factories.js';
import { TEMPLATE_QUESTIONS } from '../support/questionnaire-factories.js';
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

const base64url = (value: unknown): string => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
/** What a crafted cursor may hold where a sort key is expected: impossible days, absurd instants, wrong types. */
const crafted = {
  day: fc.constantFrom(
    '2026-02-30',
    '2023-02-29',
    '2026-04-31',
    '0000-01-01',
    '2026-13-01',
    '1899-12-31',
    '2026-01-05',
  ),
  instant: fc.constantFrom(
    '2026-02-30T00:00:00.000Z',
    '2026-04-31T12:00:00Z',
    '0000-01-01T00:00:00.000Z',
    '+275760-09-13T00:00:00.000Z',
    '9999-12-31T23:59:59.999Z',
    '2026-01-01T24:00:00Z',
    '2026-01-01T00:00:00.000Z',
  ),
  seq: fc.constantFrom('0', '42', '-1', '99999999999999999999', '1e3', 1e21, -5, 1.5),
  other: fc.oneof(
    fc.integer(),
    fc.double(),
    fc.constant(null),
    fc.string({ maxLength: 20 }),
    fc.array(fc.string({ maxLength: 3 }), { maxLength: 2 }),
    fc.dictionary(fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 }), { maxKeys: 2 }),
  ),
};
const cursorPart = fc.oneof(crafted.day, crafted.instant, crafted.seq, crafted.other);
const idPart = fc.oneof({ weight: 3, arbitrary: fc.uuid() }, { weight: 1, arbitrary: cursorPart });
const anyCursor = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.tuple(fc.oneof(crafted.day, crafted.instant), idPart).map((key) => base64url(['v1', ...key])),
  },
  { weight: 1, arbitrary: crafted.seq.map((seq) => base64url(['v1', seq])) },
  { weight: 1, arbitrary: fc.array(cursorPart, { maxLength: 3 }).map((parts) => base64url(['v1', ...parts])) },
  { weight: 1, arbitrary: fc.array(cursorPart, { maxLength: 3 }).map((parts) => base64url(parts)) },
  { weight: 1, arbitrary: fc.json().map((json) => Buffer.from(json).toString('base64url')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
  { weight: 1, arbitrary: fc.base64String({ maxLength: 60 }) },
);

/** A string holding at least one UTF-16 surrogate without its pair. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const withLoneSurrogate = fc
  .tuple(
    fc.string({ maxLength: 20 }),
    fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit)),
    fc.constantFrom('', '🌍', '\udc00\ud800', 'x'),
    fc.string({ maxLength: 20 }),
  )
  .map(([before, lone, extra, after]) => `${before}${lone}${extra}${after}`)
  .filter((text) => LONE_SURROGATE.test(text));

/** Instants that are no instants of this platform's business: outside 1900-2200, impossible, or not RFC 3339. */
const badInstant = fc.oneof(
  fc.constantFrom(
    '0000-01-01T00:00:00Z',
    '+275760-09-13T00:00:00.000Z',
    '+275760-09-13T00:00:00.001Z',
    '-271821-04-20T00:00:00.000Z',
    '-000001-01-01T00:00:00Z',
    '1899-12-31T23:59:59Z',
    '2201-01-01T00:00:00Z',
    '2026-02-30T00:00:00Z',
    '2026-01-01T24:00:00Z',
    '2026-01-01T12:00:00',
    '2026-01-01',
    'yesterday',
    '',
  ),
  fc
    .date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true })
    .filter((d) => d.getUTCFullYear() < 1900 || d.getUTCFullYear() > 2200)
    .map((d) => d.toISOString()),
  fc.integer(),
  fc.constantFrom(0, 8.64e15, 8.64e15 + 1, -8.64e15, 1e308),
  fc.boolean(),
);
const goodInstant = fc.constantFrom('2031-01-01T00:00:00Z', '2031-02-01T12:30:00+01:00');

describe('a few hundred malformed requests', () => {
  let t: TestApp;
  let officer: string;
  let admin: string;
  let electionId: string;
  let templateId: string;

  beforeAll(async () => {
    t = await createTestApp();
    officer = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
    admin = await t.tokenFor(StaffRole.ADMIN);
    electionId = (await openElection(t, officer)).id;
    await nominate(t, officer, electionId, 'SN');
    const template = await t.gql<{ createQuestionnaireTemplate: { id: string } }>(
      `mutation($input: CreateQuestionnaireTemplateInput!) { createQuestionnaireTemplate(input: $input) { id } }`,
      { input: { title: 'Questionnaire', electionType: 'JUDGES', questions: TEMPLATE_QUESTIONS } },
      { as: officer },
    );
    templateId = template.data!.createQuestionnaireTemplate.id;
  });
  afterAll(async () => {
    await t.close();
  });

  const fingerprint = async () =>
    JSON.stringify(
      await t.dataSource.query(`SELECT
        (SELECT count(*) FROM election) AS elections, (SELECT max(updated_at) FROM election) AS edited,
        (SELECT count(*) FROM candidacy) AS candidacies, (SELECT count(*) FROM person) AS persons,
        (SELECT count(*) FROM questionnaire) AS questionnaires, (SELECT count(*) FROM audit_entry) AS audit`),
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

  /** Sends a request that must be refused: every error BAD_USER_INPUT (or `also`), nothing stored. */
  async function refused(
    query: string,
    variables: Record<string, unknown>,
    as: string | undefined,
    also: readonly string[] = [],
  ): Promise<void> {
    const before = await fingerprint();
    const res = await t.gql(query, variables, { as });
    expect(res.status).toBeLessThan(500);
    const codes = (res.errors ?? []).map((e) => e.extensions.code);
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) expect(['BAD_USER_INPUT', ...also]).toContain(code);
    expect(await fingerprint()).toBe(before);
  }

  it.each([
    ['elections', base64url(['v1', '2026-02-30', '4a0e1f0c-0000-4000-8000-000000000000'])],
    ['elections', base64url(['v1', '0000-01-01', '4a0e1f0c-0000-4000-8000-000000000000'])],
    ['candidacies', base64url(['v1', '2026-02-30T00:00:00.000Z', '4a0e1f0c-0000-4000-8000-000000000000'])],
    ['candidacies', base64url(['v1', '+275760-09-13T00:00:00.000Z', '4a0e1f0c-0000-4000-8000-000000000000'])],
    ['auditLog', base64url(['v1', 1e21])],
  ])('a crafted %s cursor with an impossible value is BAD_USER_INPUT', async (list, after) => {
    const docs: Record<string, string> = {
      elections: `query($after: String) { elections(after: $after) { totalCount } }`,
      candidacies: `query($id: ID!, $after: String) { election(id: $id) { candidacies(after: $after) { totalCount } } }`,
      auditLog: `query($after: String) { auditLog(after: $after) { totalCount } }`,
    };
    await refused(docs[list], { after, id: electionId }, admin);
  });

  it('generated cursors: each page answers or refuses as BAD_USER_INPUT, never an internal error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('elections', 'candidacies', 'auditLog'), anyCursor, async (list, after) => {
        const docs: Record<string, string> = {
          elections: `query($after: String) { elections(first: 2, after: $after) { totalCount } }`,
          candidacies: `query($id: ID!, $after: String) { election(id: $id) { candidacies(first: 2, after: $after) { totalCount } } }`,
          auditLog: `query($after: String) { auditLog(first: 2, after: $after) { totalCount } }`,
        };
        const res = await t.gql(docs[list], { after, id: electionId }, { as: admin });
        expect(res.status).toBeLessThan(500);
        for (const error of res.errors ?? []) expect(error.extensions.code).toBe('BAD_USER_INPUT');
      }),
      { numRuns: 150 },
    );
  });

  it('a lone UTF-16 surrogate in any string input, at any depth: BAD_USER_INPUT, nothing stored', async () => {
    const election = (title: unknown, aspSession: unknown = '25th session') => ({
      type: 'JUDGES',
      title,
      aspSession,
      seats: 6,
      nominationOpensOn: '2026-01-05',
      nominationClosesOn: '2026-03-29',
    });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          'title',
          'aspSession',
          'fullName',
          'biography',
          'languages',
          'reason',
          'filter',
          'auditFilter',
          'login',
          'invitation',
        ),
        withLoneSurrogate,
        async (where, text) => {
          const person = (overrides: Record<string, unknown>) => ({
            fullName: 'Ada Lovelace',
            gender: 'FEMALE',
            nationality: 'SN',
            ...overrides,
          });
          const nominate = (p: Record<string, unknown>): [string, Record<string, unknown>, string?] => [
            `mutation($input: NominateCandidateInput!) { nominateCandidate(input: $input) { id } }`,
            {
              input: {
                electionId,
                nominatingState: 'SN',
                list: 'A',
                nominationProcedure: 'HIGHEST_JUDICIAL_OFFICES',
                person: p,
              },
            },
            officer,
          ];
          const cases: Record<string, [string, Record<string, unknown>, string?]> = {
            title: [
              `mutation($input: CreateElectionInput!) { createElection(input: $input) { id } }`,
              { input: election(`Judges ${text}`) },
              officer,
            ],
            aspSession: [
              `mutation($input: CreateElectionInput!) { createElection(input: $input) { id } }`,
              { input: election('Judges', text) },
              officer,
            ],
            fullName: nominate(person({ fullName: text })),
            biography: nominate(person({ biography: text })),
            languages: nominate(person({ languages: ['en', text] })),
            reason: [
              `mutation($input: ExtendNominationPeriodInput!) { extendNominationPeriod(input: $input) { id } }`,
              { input: { electionId, closesOn: '2026-04-30', reason: text } },
              officer,
            ],
            filter: [
              `query($aspSession: String) { elections(filter: { aspSession: $aspSession }) { totalCount } }`,
              { aspSession: text },
            ],
            auditFilter: [
              `query($filter: AuditLogFilter) { auditLog(filter: $filter) { totalCount } }`,
              { filter: { entityType: text } },
              admin,
            ],
            login: [
              `mutation($input: LoginInput!) { login(input: $input) { token } }`,
              { input: { email: 'someone@example.org', password: text } },
            ],
            invitation: [`mutation($token: String!) { openInvitation(token: $token) { token } }`, { token: text }],
          };
          const [query, variables, as] = cases[where];
          await refused(query, variables, as);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('a lone surrogate or a NUL written in the document itself: refused, never an internal error', async () => {
    // graphql-js refuses a lone surrogate in a literal while parsing; a NUL is legal GraphQL text.
    await refused(
      `mutation { extendNominationPeriod(input: { electionId: "${electionId}", closesOn: "2026-04-30", reason: "a\\ud800" }) { id } }`,
      {},
      officer,
      ['GRAPHQL_PARSE_FAILED'],
    );
    await refused(
      `mutation { extendNominationPeriod(input: { electionId: "${electionId}", closesOn: "2026-04-30", reason: "a\\u0000" }) { id } }`,
      {},
      officer,
    );
    await refused(`query { elections(filter: { aspSession: "\\u0000" }) { totalCount } }`, {}, officer);
  });

  it('instants out of range, impossible or without an offset: BAD_USER_INPUT, nothing stored', async () => {
    await fc.assert(
      fc.asyncProperty(
        badInstant,
        fc.oneof(goodInstant, badInstant),
        fc.boolean(),
        fc.constantFrom('variables', 'literal', 'auditLog'),
        async (bad, other, badFirst, how) => {
          const [deadline, publishAt] = badFirst ? [bad, other] : [other, bad];
          if (how === 'auditLog') {
            await refused(
              `query($filter: AuditLogFilter) { auditLog(filter: $filter) { totalCount } }`,
              { filter: { from: deadline, to: publishAt } },
              admin,
            );
          } else if (how === 'variables') {
            await refused(
              `mutation($input: IssueQuestionnaireInput!) { issueQuestionnaire(input: $input) { id } }`,
              { input: { electionId, templateId, deadline, publishAt } },
              officer,
            );
          } else {
            await refused(
              `mutation { issueQuestionnaire(input: { electionId: "${electionId}", templateId: "${templateId}",
                deadline: ${JSON.stringify(deadline)}, publishAt: ${JSON.stringify(publishAt)} }) { id } }`,
              {},
              officer,
              // A literal is checked by the scalar while the document is validated, as for every scalar.
              ['GRAPHQL_VALIDATION_FAILED'],
            );
          }
        },
      ),
      { numRuns: 150 },
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
