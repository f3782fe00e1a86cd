import { StaffRole } from '../../src/common/domain.enums.js';
import { addDays } from '../../src/common/scalars/local-date.scalar.js';
import { createElection, ELECTION_FIELDS, openElection, today, updateElection } from '../support/factories.js';
import { createTestApp, expectError, type TestApp } from '../support/test-app.js';

const CREATE = `mutation($input: CreateElectionInput!) { createElection(input: $input) { ${ELECTION_FIELDS} } }`;
const EXTEND = `mutation($input: ExtendNominationPeriodInput!) { extendNominationPeriod(input: $input) { ${ELECTION_FIELDS} } }`;

describe('elections', () => {
  let t: TestApp;
  let officer: string;
  const count = async () => Number((await t.dataSource.query('SELECT count(*) AS n FROM election'))[0].n);
  const base = () => ({
    type: 'JUDGES',
    title: 'Election of six judges',
    aspSession: '25th session',
    nominationOpensOn: addDays(today(), -20),
    nominationClosesOn: addDays(today(), 30),
  });

  beforeAll(async () => {
    t = await createTestApp();
    officer = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
  });
  afterAll(async () => {
    await t.close();
  });

  it('an officer creates an election with the usual seats for its type, as DRAFT', async () => {
    const judges = await createElection(t, officer);
    expect(judges).toMatchObject({ type: 'JUDGES', seats: 6, status: 'DRAFT', version: 1 });
    const tfv = await createElection(t, officer, { type: 'TFV_BOARD', title: 'TFV Board of Directors' });
    expect(tfv.seats).toBe(5);
    const prosecutor = await createElection(t, officer, { type: 'PROSECUTOR', title: 'Prosecutor' });
    expect(prosecutor.seats).toBe(1);
  });

  it('refuses observers and panel members, and changes nothing', async () => {
    const before = await count();
    expectError(await t.gql(CREATE, { input: base() }), 'UNAUTHENTICATED');
    const panel = await t.tokenFor(StaffRole.PANEL_MEMBER);
    expectError(await t.gql(CREATE, { input: base() }, { as: panel }), 'FORBIDDEN');
    expectError(await t.gql(CREATE, { input: base() }, { as: 'not-a-token' }), 'UNAUTHENTICATED');
    expect(await count()).toBe(before);
  });

  it.each([
    ['seats out of range for judges', { seats: 19 }],
    ['a Prosecutor election with two seats', { type: 'PROSECUTOR', seats: 2 }],
    ['zero seats', { seats: 0 }],
    ['negative seats', { seats: -3 }],
    ['dates in the wrong order', { nominationOpensOn: '2026-05-01', nominationClosesOn: '2026-04-01' }],
    ['an impossible date', { nominationOpensOn: '2026-02-30' }],
    ['an empty title', { title: '' }],
    ['a 100 kB title', { title: 'x'.repeat(100_000) }],
    ['a number for the title', { title: 42 }],
    ['words for seats', { seats: 'six' }],
    ['an unknown type', { type: 'PRESIDENT' }],
    ['an unknown field', { colour: 'blue' }],
    ['term ending before it starts', { termStartsOn: '2027-03-11', termEndsOn: '2027-03-10' }],
    [
      'sitting judges on a TFV election',
      {
        type: 'TFV_BOARD',
        sittingJudges: [
          { fullName: 'X', nationality: 'FR', gender: 'MALE', list: 'A', regionalGroup: 'WESTERN_EUROPEAN_AND_OTHER' },
        ],
      },
    ],
  ])('refuses %s as BAD_USER_INPUT and stores nothing', async (_label, patch) => {
    const before = await count();
    const res = await t.gql(CREATE, { input: { ...base(), ...patch } }, { as: officer });
    expect(res.status).toBeLessThan(500);
    expectError(res, 'BAD_USER_INPUT');
    expect(await count()).toBe(before);
  });

  it('moves status one step at a time; an illegal move is a RULE_VIOLATION', async () => {
    const e = await createElection(t, officer);
    const res = await t.gql(
      `mutation($input: UpdateElectionInput!) { updateElection(input: $input) { id } }`,
      { input: { id: e.id, version: e.version, status: 'VOTING' } },
      { as: officer },
    );
    expect(expectError(res, 'RULE_VIOLATION').rule).toBe('ILLEGAL_STATUS_TRANSITION');
    const open = await updateElection(t, officer, { id: e.id, version: e.version, status: 'NOMINATIONS_OPEN' });
    expect(open).toMatchObject({ status: 'NOMINATIONS_OPEN', version: 2 });
    const closed = await updateElection(t, officer, { id: e.id, version: 2, status: 'NOMINATIONS_CLOSED' });
    expect(closed.status).toBe('NOMINATIONS_CLOSED');
    const back = await t.gql(
      `mutation($input: UpdateElectionInput!) { updateElection(input: $input) { id } }`,
      { input: { id: e.id, version: closed.version, status: 'DRAFT' } },
      { as: officer },
    );
    expect(expectError(back, 'RULE_VIOLATION').rule).toBe('ILLEGAL_STATUS_TRANSITION');
  });

  it('refuses an update from a stale version as CONFLICT and keeps the newer data', async () => {
    const e = await createElection(t, officer);
    await updateElection(t, officer, { id: e.id, version: 1, title: 'First edit' });
    const res = await t.gql(
      `mutation($input: UpdateElectionInput!) { updateElection(input: $input) { id } }`,
      { input: { id: e.id, version: 1, title: 'Stale edit' } },
      { as: officer },
    );
    expectError(res, 'CONFLICT');
    const read = await t.gql<{ election: { title: string; version: number } }>(
      `query($id: ID!) { election(id: $id) { title version } }`,
      { id: e.id },
      { as: officer }, // a DRAFT election: staff only
    );
    expect(read.data?.election).toEqual({ title: 'First edit', version: 2 });
  });

  it('records sitting judges with a judicial election, readable by observers', async () => {
    const e = await openElection(t, officer, {
      sittingJudges: [
        {
          fullName: 'Judge One',
          nationality: 'FR',
          gender: 'FEMALE',
          list: 'A',
          regionalGroup: 'WESTERN_EUROPEAN_AND_OTHER',
          termEndsOn: '2030-03-10',
        },
        { fullName: 'Judge Two', nationality: 'JP', gender: 'MALE', list: 'B', regionalGroup: 'ASIA_PACIFIC' },
      ],
    });
    const read = await t.gql<{ election: { sittingJudges: unknown[] } }>(
      `query($id: ID!) { election(id: $id) { sittingJudges { fullName nationality gender list regionalGroup termEndsOn } } }`,
      { id: e.id },
    );
    expect(read.data?.election.sittingJudges).toEqual([
      {
        fullName: 'Judge One',
        nationality: 'FR',
        gender: 'FEMALE',
        list: 'A',
        regionalGroup: 'WESTERN_EUROPEAN_AND_OTHER',
        termEndsOn: '2030-03-10',
      },
      {
        fullName: 'Judge Two',
        nationality: 'JP',
        gender: 'MALE',
        list: 'B',
        regionalGroup: 'ASIA_PACIFIC',
        termEndsOn: null,
      },
    ]);
  });

  describe('extendNominationPeriod', () => {
    it('keeps every extension with its reason and date, up to three of two weeks', async () => {
      const e = await openElection(t, officer);
      const closes = e.nominationClosesOn as string;
      let last = e;
      for (let i = 1; i <= 3; i += 1) {
        const res = await t.gql<{ extendNominationPeriod: typeof e }>(
          EXTEND,
          {
            input: {
              electionId: e.id,
              closesOn: addDays(closes, 14 * i),
              reason: `Too few Asia-Pacific candidates (${i})`,
            },
          },
          { as: officer },
        );
        expect(res.errors).toBeUndefined();
        last = res.data!.extendNominationPeriod;
      }
      expect(last.nominationClosesOn).toBe(addDays(closes, 42));
      expect(last.nominationExtensions).toEqual(
        [1, 2, 3].map((i) => ({
          sequence: i,
          previousClosesOn: addDays(closes, 14 * (i - 1)),
          closesOn: addDays(closes, 14 * i),
          reason: `Too few Asia-Pacific candidates (${i})`,
          decidedOn: today(),
        })),
      );
      const fourth = await t.gql(
        EXTEND,
        { input: { electionId: e.id, closesOn: addDays(closes, 50), reason: 'Once more' } },
        { as: officer },
      );
      expect(expectError(fourth, 'RULE_VIOLATION').rule).toBe('TOO_MANY_EXTENSIONS');

      // Beyond the usual limits only by a Bureau decision, named, and shown as exceptional (2020: a month).
      const unnamed = await t.gql(
        EXTEND,
        { input: { electionId: e.id, closesOn: addDays(closes, 72), reason: 'A month more', exceptional: true } },
        { as: officer },
      );
      expect(expectError(unnamed, 'RULE_VIOLATION').rule).toBe('DECISION_REFERENCE_REQUIRED');
      const exceptional = await t.gql<{
        extendNominationPeriod: {
          nominationExtensions: { sequence: number; exceptional: boolean; decisionReference: string | null }[];
        };
      }>(
        `mutation($input: ExtendNominationPeriodInput!) { extendNominationPeriod(input: $input) {
          nominationExtensions { sequence exceptional decisionReference } } }`,
        {
          input: {
            electionId: e.id,
            closesOn: addDays(closes, 72),
            reason: 'A month more',
            exceptional: true,
            decisionReference: 'Bureau decision of 4 November 2020',
          },
        },
        { as: officer },
      );
      expect(exceptional.errors).toBeUndefined();
      expect(
        exceptional.data!.extendNominationPeriod.nominationExtensions.map((x) => [
          x.sequence,
          x.exceptional,
          x.decisionReference,
        ]),
      ).toEqual([
        [1, false, null],
        [2, false, null],
        [3, false, null],
        [4, true, 'Bureau decision of 4 November 2020'],
      ]);
    });

    it('refuses an extension decided in the future, and keeps the period as it was', async () => {
      const e = await openElection(t, officer);
      const closes = e.nominationClosesOn as string;
      const extend = (decidedOn: string, weeks: number) =>
        t.gql<{ extendNominationPeriod: typeof e }>(
          EXTEND,
          {
            input: { electionId: e.id, closesOn: addDays(closes, 7 * weeks), reason: 'Too few candidates', decidedOn },
          },
          { as: officer },
        );
      // At 23:30 UTC it is already tomorrow in The Hague, where the Bureau decides: that day is accepted,
      // the day after it is not.
      const day = today(t);
      t.clock.set(`${day}T23:30:00.000Z`);
      try {
        const refused = expectError(await extend(addDays(day, 2), 1), 'BAD_USER_INPUT');
        expect((refused.fields as { field: string }[]).map((f) => f.field)).toEqual(['decidedOn']);
        const [stored] = await t.dataSource.query<{ closes: string; extensions: number }[]>(
          `SELECT to_char(nomination_closes_on, 'YYYY-MM-DD') AS closes,
                  (SELECT count(*)::int FROM nomination_extension WHERE election_id = $1) AS extensions
             FROM election WHERE id = $1`,
          [e.id],
        );
        expect(stored).toEqual({ closes, extensions: 0 });
        const accepted = await extend(addDays(day, 1), 1);
        expect(accepted.errors).toBeUndefined();
        expect(accepted.data!.extendNominationPeriod.nominationExtensions).toEqual([
          expect.objectContaining({ closesOn: addDays(closes, 7), decidedOn: addDays(day, 1) }),
        ]);
      } finally {
        t.clock.set(null);
      }
    });

    it('still holds an ordinary extension to two weeks after an exceptional one', async () => {
      const e = await openElection(t, officer);
      const closes = e.nominationClosesOn as string;
      const ext = (days: number, extra: Record<string, unknown> = {}) =>
        t.gql(
          EXTEND,
          { input: { electionId: e.id, closesOn: addDays(closes, days), reason: 'More time', ...extra } },
          { as: officer },
        );
      expect((await ext(30, { exceptional: true, decisionReference: 'Bureau, 1st meeting' })).errors).toBeUndefined();
      expect(expectError(await ext(50), 'RULE_VIOLATION').rule).toBe('EXTENSION_TOO_LONG');
      expect((await ext(44)).errors).toBeUndefined();
    });

    it('refuses more than two weeks at a time, an earlier date, and a DRAFT election', async () => {
      const e = await openElection(t, officer);
      const closes = e.nominationClosesOn as string;
      const long = await t.gql(
        EXTEND,
        { input: { electionId: e.id, closesOn: addDays(closes, 15), reason: 'Long' } },
        { as: officer },
      );
      expect(expectError(long, 'RULE_VIOLATION').rule).toBe('EXTENSION_TOO_LONG');
      const earlier = await t.gql(
        EXTEND,
        { input: { electionId: e.id, closesOn: addDays(closes, -1), reason: 'Earlier' } },
        { as: officer },
      );
      expectError(earlier, 'BAD_USER_INPUT');
      const draft = await createElection(t, officer);
      const res = await t.gql(
        EXTEND,
        { input: { electionId: draft.id, closesOn: addDays(closes, 7), reason: 'Draft' } },
        { as: officer },
      );
      expect(expectError(res, 'RULE_VIOLATION').rule).toBe('EXTENSION_NOT_ALLOWED');
      const unknown = await t.gql(
        EXTEND,
        { input: { electionId: '00000000-0000-4000-8000-000000000000', closesOn: closes, reason: 'Nobody' } },
        { as: officer },
      );
      expectError(unknown, 'NOT_FOUND');
    });
  });

  it("takes a sitting judge's regional group from the nationality, refusing one that disagrees", async () => {
    const judge = { fullName: 'Judge Mongolia', nationality: 'MN', gender: 'MALE', list: 'A' };
    const ok = await createElection(t, officer, { sittingJudges: [judge] });
    expect(ok.sittingJudges).toEqual([{ ...judge, regionalGroup: 'ASIA_PACIFIC' }]);
    const q = `mutation($input: CreateElectionInput!) { createElection(input: $input) { id } }`;
    const base = {
      type: 'JUDGES',
      title: 'Judges',
      aspSession: '25th session',
      nominationOpensOn: '2026-01-01',
      nominationClosesOn: '2026-02-01',
    };
    const wrongGroup = { ...judge, regionalGroup: 'EASTERN_EUROPEAN' };
    expectError(await t.gql(q, { input: { ...base, sittingJudges: [wrongGroup] } }, { as: officer }), 'BAD_USER_INPUT');
    const unknownState = { ...judge, nationality: 'US' };
    expectError(
      await t.gql(q, { input: { ...base, sittingJudges: [unknownState] } }, { as: officer }),
      'BAD_USER_INPUT',
    );
  });

  describe('observers', () => {
    it('page through elections with opaque keyset cursors and filters', async () => {
      const local = await createTestApp();
      try {
        const token = await local.tokenFor(StaffRole.ELECTIONS_OFFICER);
        // Observers see elections once nominations open (drafts are staff only).
        for (let i = 0; i < 5; i += 1) {
          await openElection(local, token, {
            title: `Election ${i}`,
            nominationOpensOn: addDays('2026-01-01', i),
            nominationClosesOn: '2026-03-01',
          });
        }
        await openElection(local, token, {
          type: 'TFV_BOARD',
          title: 'TFV',
          nominationOpensOn: '2025-01-01',
          nominationClosesOn: '2025-03-01',
        });
        const query = `query($first: Int, $after: String, $filter: ElectionFilter) {
          elections(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { title } } } }`;
        type Page = {
          elections: {
            totalCount: number;
            pageInfo: { hasNextPage: boolean; endCursor: string };
            edges: { node: { title: string } }[];
          };
        };
        const first = await local.gql<Page>(query, { first: 2, filter: { type: 'JUDGES' } });
        expect(first.data?.elections.totalCount).toBe(5);
        expect(first.data?.elections.edges.map((e) => e.node.title)).toEqual(['Election 4', 'Election 3']);
        const second = await local.gql<Page>(query, {
          first: 2,
          after: first.data?.elections.pageInfo.endCursor,
          filter: { type: 'JUDGES' },
        });
        expect(second.data?.elections.edges.map((e) => e.node.title)).toEqual(['Election 2', 'Election 1']);
        const third = await local.gql<Page>(query, {
          first: 2,
          after: second.data?.elections.pageInfo.endCursor,
          filter: { type: 'JUDGES' },
        });
        expect(third.data?.elections.edges.map((e) => e.node.title)).toEqual(['Election 0']);
        expect(third.data?.elections.pageInfo.hasNextPage).toBe(false);
        expectError(await local.gql(query, { first: 101 }), 'BAD_USER_INPUT');
        expectError(await local.gql(query, { first: 0 }), 'BAD_USER_INPUT');
        expectError(await local.gql(query, { after: 'garbage' }), 'BAD_USER_INPUT');
        // A well-formed cursor holding values PostgreSQL would refuse: still BAD_USER_INPUT, never a 500.
        const crafted = Buffer.from(JSON.stringify(['v1', 'x', 'y'])).toString('base64url');
        expectError(await local.gql(query, { after: crafted }), 'BAD_USER_INPUT');
      } finally {
        await local.close();
      }
    });

    it('get null for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
      const unknown = await t.gql<{ election: null }>(
        `query { election(id: "00000000-0000-4000-8000-000000000000") { id } }`,
      );
      expect(unknown.data?.election).toBeNull();
      expectError(await t.gql(`query { election(id: "42") { id } }`), 'BAD_USER_INPUT');
    });
  });
});
