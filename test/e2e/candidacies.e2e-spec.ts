import { StaffRole } from '../../src/common/domain.enums.js';
import { addDays } from '../../src/common/scalars/local-date.scalar.js';
import {
  CANDIDACY_FIELDS,
  createElection,
  nominate,
  nominateRaw,
  openElection,
  personInput,
  today,
  updateElection,
} from '../support/factories.js';
import { createTestApp, expectError, type TestApp } from '../support/test-app.js';

const WITHDRAW = `mutation($input: WithdrawCandidacyInput!) { withdrawCandidacy(input: $input) { ${CANDIDACY_FIELDS} } }`;

describe('nominations and candidacies', () => {
  let t: TestApp;
  let officer: string;
  const candidacies = async () => Number((await t.dataSource.query('SELECT count(*) AS n FROM candidacy'))[0].n);
  const persons = async () => Number((await t.dataSource.query('SELECT count(*) AS n FROM person'))[0].n);

  beforeAll(async () => {
    t = await createTestApp();
    officer = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
  });
  afterAll(async () => {
    await t.close();
  });

  /** Expects a refusal with this rule, and that nothing was stored. */
  async function expectRefused(input: Record<string, unknown>, code: string, rule?: string) {
    const before = [await candidacies(), await persons()];
    const res = await nominateRaw(t, officer, input);
    const extensions = expectError(res, code);
    if (rule) expect(extensions.rule).toBe(rule);
    expect([await candidacies(), await persons()]).toEqual(before);
  }

  const judicial = (electionId: string, state: string, person: Record<string, unknown> = {}) => ({
    electionId,
    nominatingState: state,
    list: 'A',
    nominationProcedure: 'HIGHEST_JUDICIAL_OFFICES',
    person: personInput({ nationality: state, ...person }),
  });

  it('records a nomination that observers read with the person and the nominating State', async () => {
    const e = await openElection(t, officer);
    const c = await nominate(t, officer, e.id, 'SN', { fullName: 'Aminata Diallo', gender: 'FEMALE' });
    const read = await t.gql<{ candidacy: Record<string, unknown> }>(
      `query($id: ID!) { candidacy(id: $id) { ${CANDIDACY_FIELDS} election { id } } }`,
      { id: c.id },
    );
    expect(read.data?.candidacy).toMatchObject({
      status: 'NOMINATED',
      list: 'A',
      nominationProcedure: 'HIGHEST_JUDICIAL_OFFICES',
      nominatedOn: today(),
      regionalGroup: 'AFRICAN',
      warnings: [],
      person: { fullName: 'Aminata Diallo', gender: 'FEMALE', nationality: 'SN' },
      nominatingState: { code: 'SN', name: 'Senegal', regionalGroup: 'AFRICAN' },
      election: { id: e.id },
    });
  });

  it('never exposes the contact e-mail to observers, and shows it to officers only', async () => {
    const e = await openElection(t, officer);
    const c = await nominate(t, officer, e.id, 'GH', { contactEmail: 'private@example.org' });
    const personId = (c.person as { id: string }).id;
    expectError(
      await t.gql(`query($id: ID!) { person(id: $id) { contactEmail } }`, { id: personId }),
      'GRAPHQL_VALIDATION_FAILED',
    );
    const contact = `query($id: ID!) { personContact(id: $id) { contactEmail } }`;
    expectError(await t.gql(contact, { id: personId }), 'UNAUTHENTICATED');
    expectError(await t.gql(contact, { id: personId }, { as: await t.tokenFor(StaffRole.PANEL_MEMBER) }), 'FORBIDDEN');
    const ok = await t.gql<{ personContact: { contactEmail: string } }>(contact, { id: personId }, { as: officer });
    expect(ok.data?.personContact.contactEmail).toBe('private@example.org');
  });

  it('refuses a nominating State that is not a State Party on the day', async () => {
    const e = await openElection(t, officer);
    // United States: never a party. Philippines: withdrawal effective 2019-03-17. Hungary: 2026-06-02.
    for (const state of ['US', 'PH', 'HU', 'ZZ']) {
      await expectRefused(
        judicial(e.id, state, { nationality: 'FR' }),
        'RULE_VIOLATION',
        'NOMINATING_STATE_NOT_A_PARTY',
      );
    }
  });

  it('accepts one candidate per State per judicial election, and another after a withdrawal', async () => {
    const e = await openElection(t, officer);
    const first = await nominate(t, officer, e.id, 'KE');
    await expectRefused(judicial(e.id, 'KE'), 'RULE_VIOLATION', 'ONE_CANDIDATE_PER_STATE');
    await t.gql(WITHDRAW, { input: { id: first.id, reason: 'Withdrawn by Kenya' } }, { as: officer });
    await nominate(t, officer, e.id, 'KE');
  });

  it('allows several candidates per State in non-judicial elections', async () => {
    const e = await openElection(t, officer, { type: 'TFV_BOARD', title: 'TFV Board' });
    const input = (name: string) => ({
      electionId: e.id,
      nominatingState: 'KE',
      person: personInput({ fullName: name, nationality: 'KE' }),
    });
    expect((await nominateRaw(t, officer, input('One'))).errors).toBeUndefined();
    expect((await nominateRaw(t, officer, input('Two'))).errors).toBeUndefined();
  });

  it('requires a judicial candidate to be a national of a State Party, whoever nominates', async () => {
    const e = await openElection(t, officer);
    await expectRefused(
      judicial(e.id, 'SN', { nationality: 'US' }),
      'RULE_VIOLATION',
      'CANDIDATE_NOT_NATIONAL_OF_STATE_PARTY',
    );
    const ok = await nominateRaw(t, officer, judicial(e.id, 'SN', { nationality: 'FR' }));
    expect(ok.errors).toBeUndefined();
  });

  it('refuses a candidate of the nationality of a judge who stays in office (art. 36(7))', async () => {
    const e = await openElection(t, officer, {
      sittingJudges: [
        {
          fullName: 'Sitting',
          nationality: 'BR',
          gender: 'MALE',
          list: 'B',
          regionalGroup: 'LATIN_AMERICAN_AND_CARIBBEAN',
        },
      ],
    });
    await expectRefused(judicial(e.id, 'BR'), 'RULE_VIOLATION', 'NATIONALITY_OF_SITTING_JUDGE');
    await expectRefused(judicial(e.id, 'AR', { nationality: 'BR' }), 'RULE_VIOLATION', 'NATIONALITY_OF_SITTING_JUDGE');
    expect((await nominateRaw(t, officer, judicial(e.id, 'AR'))).errors).toBeUndefined();
  });

  it('accepts nominations only inside the (extended) period and while nominations are open', async () => {
    const draft = await createElection(t, officer);
    await expectRefused(judicial(draft.id, 'SN'), 'RULE_VIOLATION', 'NOMINATIONS_NOT_OPEN');
    const e = await openElection(t, officer, {
      nominationOpensOn: addDays(today(), -40),
      nominationClosesOn: addDays(today(), -5),
    });
    await expectRefused(judicial(e.id, 'SN'), 'RULE_VIOLATION', 'OUTSIDE_NOMINATION_PERIOD');
    await expectRefused(
      { ...judicial(e.id, 'SN'), nominatedOn: addDays(today(), -41) },
      'RULE_VIOLATION',
      'OUTSIDE_NOMINATION_PERIOD',
    );
    expect(
      (await nominateRaw(t, officer, { ...judicial(e.id, 'SN'), nominatedOn: addDays(today(), -6) })).errors,
    ).toBeUndefined();
    const ext = await t.gql(
      `mutation($input: ExtendNominationPeriodInput!) { extendNominationPeriod(input: $input) { nominationClosesOn } }`,
      { input: { electionId: e.id, closesOn: addDays(today(), 9), reason: 'Too few candidates' } },
      { as: officer },
    );
    expect(ext.errors).toBeUndefined();
    expect((await nominateRaw(t, officer, judicial(e.id, 'GH'))).errors).toBeUndefined();
    // After the latest day begun anywhere (UTC+14), whatever the hour the test runs at.
    await expectRefused({ ...judicial(e.id, 'NG'), nominatedOn: addDays(today(), 2) }, 'BAD_USER_INPUT');
  });

  it('requires a list and a nomination procedure for judges, and refuses them elsewhere', async () => {
    const e = await openElection(t, officer);
    await expectRefused({ ...judicial(e.id, 'SN'), list: undefined }, 'RULE_VIOLATION', 'JUDGE_LIST_REQUIRED');
    await expectRefused(
      { ...judicial(e.id, 'SN'), nominationProcedure: undefined },
      'RULE_VIOLATION',
      'NOMINATION_PROCEDURE_REQUIRED',
    );
    const p = await openElection(t, officer, { type: 'PROSECUTOR', title: 'Prosecutor' });
    await expectRefused(judicial(p.id, 'SN'), 'BAD_USER_INPUT');
    const d = await openElection(t, officer, { type: 'DEPUTY_PROSECUTOR', title: 'Deputies', seats: 2 });
    await expectRefused({ electionId: d.id, nominatingState: 'SN', person: personInput() }, 'BAD_USER_INPUT');
    await expectRefused({ electionId: d.id, nominatingState: 'SN', post: 3, person: personInput() }, 'BAD_USER_INPUT');
    expect(
      (await nominateRaw(t, officer, { electionId: d.id, post: 2, person: personInput() })).errors,
    ).toBeUndefined();
  });

  it('refuses malformed nominations as BAD_USER_INPUT', async () => {
    const e = await openElection(t, officer);
    await expectRefused({ ...judicial(e.id, 'SN'), person: personInput({ nationality: 'france' }) }, 'BAD_USER_INPUT');
    await expectRefused({ ...judicial(e.id, 'SN'), person: personInput({ contactEmail: 'nope' }) }, 'BAD_USER_INPUT');
    await expectRefused({ ...judicial(e.id, 'SN'), person: personInput({ fullName: '' }) }, 'BAD_USER_INPUT');
    await expectRefused(
      { ...judicial(e.id, 'SN'), person: personInput({ biography: 'b'.repeat(100_000) }) },
      'BAD_USER_INPUT',
    );
    await expectRefused(
      { ...judicial(e.id, 'SN'), personId: '00000000-0000-4000-8000-000000000000' },
      'BAD_USER_INPUT',
    );
    await expectRefused({ ...judicial(e.id, 'SN'), person: undefined }, 'BAD_USER_INPUT');
    await expectRefused({ ...judicial(e.id, 'SN'), person: null }, 'BAD_USER_INPUT');
    await expectRefused({ ...judicial(e.id, 'SN'), person: null, personId: null }, 'BAD_USER_INPUT');
    await expectRefused({ ...judicial('00000000-0000-4000-8000-000000000000', 'SN') }, 'NOT_FOUND');
  });

  it('keeps one person across elections and refuses the same person twice in one election', async () => {
    const first = await openElection(t, officer);
    const second = await openElection(t, officer);
    const c = await nominate(t, officer, first.id, 'NG');
    const personId = (c.person as { id: string }).id;
    const again = await nominateRaw(t, officer, {
      electionId: second.id,
      nominatingState: 'NG',
      list: 'B',
      nominationProcedure: 'ICJ_PROCEDURE',
      personId,
    });
    expect(again.errors).toBeUndefined();
    await expectRefused(
      { electionId: second.id, nominatingState: 'GH', list: 'B', nominationProcedure: 'ICJ_PROCEDURE', personId },
      'CONFLICT',
    );
    const read = await t.gql<{ person: { candidacies: { election: { id: string } }[] } }>(
      `query($id: ID!) { person(id: $id) { candidacies { election { id } } } }`,
      { id: personId },
    );
    expect(read.data?.person.candidacies.map((x) => x.election.id)).toEqual([first.id, second.id]);
  });

  it('shows two candidates of one nationality with a warning on each', async () => {
    const e = await openElection(t, officer);
    const a = await nominate(t, officer, e.id, 'FR');
    const b = await nominate(t, officer, e.id, 'BE', { nationality: 'FR' });
    const c = await nominate(t, officer, e.id, 'DE');
    const read = await t.gql<{
      election: {
        candidacies: { edges: { node: { id: string; warnings: { code: string; candidacyIds: string[] }[] } }[] };
      };
    }>(
      `query($id: ID!) { election(id: $id) { candidacies { edges { node { id warnings { code candidacyIds } } } } } }`,
      { id: e.id },
    );
    const byId = new Map(read.data!.election.candidacies.edges.map((edge) => [edge.node.id, edge.node.warnings]));
    expect(byId.get(a.id)).toEqual([{ code: 'SAME_NATIONALITY_AS_OTHER_CANDIDATE', candidacyIds: [b.id] }]);
    expect(byId.get(b.id)).toEqual([{ code: 'SAME_NATIONALITY_AS_OTHER_CANDIDATE', candidacyIds: [a.id] }]);
    expect(byId.get(c.id)).toEqual([]);
  });

  it('keeps a withdrawn candidacy with its date and reason; a second withdrawal is refused', async () => {
    const e = await openElection(t, officer);
    const c = await nominate(t, officer, e.id, 'CL');
    const res = await t.gql<{ withdrawCandidacy: Record<string, unknown> }>(
      WITHDRAW,
      { input: { id: c.id, reason: 'Personal reasons' } },
      { as: officer },
    );
    expect(res.data?.withdrawCandidacy).toMatchObject({
      status: 'WITHDRAWN',
      withdrawnOn: today(),
      withdrawalReason: 'Personal reasons',
    });
    const again = await t.gql(WITHDRAW, { input: { id: c.id, reason: 'Again' } }, { as: officer });
    expect(expectError(again, 'RULE_VIOLATION').rule).toBe('CANDIDACY_NOT_ACTIVE');
    expectError(await t.gql(WITHDRAW, { input: { id: c.id, reason: 'Observer' } }), 'UNAUTHENTICATED');
    const future = await nominate(t, officer, e.id, 'PE');
    expectError(
      await t.gql(
        WITHDRAW,
        { input: { id: future.id, reason: 'Later', withdrawnOn: addDays(today(), 3) } },
        { as: officer },
      ),
      'BAD_USER_INPUT',
    );
  });

  it('filters an election’s candidacies by status, list, gender, regional group and State, page by page', async () => {
    const e = await openElection(t, officer);
    await nominate(t, officer, e.id, 'SN', { gender: 'FEMALE' });
    await nominate(t, officer, e.id, 'JP', { gender: 'MALE' }, { list: 'B' });
    await nominate(t, officer, e.id, 'MX', { gender: 'FEMALE' }, { list: 'B' });
    const w = await nominate(t, officer, e.id, 'DE', { gender: 'MALE' });
    await t.gql(WITHDRAW, { input: { id: w.id, reason: 'Withdrawn' } }, { as: officer });
    const q = `query($id: ID!, $filter: CandidacyFilter, $first: Int, $after: String) { election(id: $id) {
      candidacies(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { nominatingState { code } } } } } }`;
    type R = {
      election: {
        candidacies: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { nominatingState: { code: string } } }[];
        };
      };
    };
    const codes = async (filter: Record<string, unknown>) =>
      (await t.gql<R>(q, { id: e.id, filter })).data!.election.candidacies.edges.map(
        (x) => x.node.nominatingState.code,
      );
    expect(await codes({})).toEqual(['SN', 'JP', 'MX', 'DE']);
    expect(await codes({ status: ['NOMINATED'] })).toEqual(['SN', 'JP', 'MX']);
    expect(await codes({ list: 'B' })).toEqual(['JP', 'MX']);
    expect(await codes({ gender: 'FEMALE' })).toEqual(['SN', 'MX']);
    expect(await codes({ regionalGroup: 'ASIA_PACIFIC' })).toEqual(['JP']);
    expect(await codes({ nominatingState: 'MX' })).toEqual(['MX']);
    expect(await codes({ status: ['WITHDRAWN'], gender: 'MALE' })).toEqual(['DE']);
    const page1 = (await t.gql<R>(q, { id: e.id, first: 3 })).data!.election.candidacies;
    expect(page1.totalCount).toBe(4);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await t.gql<R>(q, { id: e.id, first: 3, after: page1.pageInfo.endCursor })).data!.election
      .candidacies;
    expect(page2.edges.map((x) => x.node.nominatingState.code)).toEqual(['DE']);
    expect(page2.pageInfo.hasNextPage).toBe(false);
  });

  it('records a State withdrawal that takes effect one year after notification', async () => {
    const admin = await t.tokenFor(StaffRole.ADMIN);
    const res = await t.gql<{ recordWithdrawal: { leftOn: string } }>(
      `mutation { recordWithdrawal(code: "ML", notifiedOn: "2025-09-30") { leftOn } }`,
      {},
      { as: admin },
    );
    expect(res.data?.recordWithdrawal.leftOn).toBe('2026-09-30');
    const e = await openElection(t, officer);
    await expectRefused(judicial(e.id, 'ML'), 'RULE_VIOLATION', 'NOMINATING_STATE_NOT_A_PARTY');
    const parties = await t.gql<{ statesParties: { code: string }[] }>(
      `query { statesParties(regionalGroup: AFRICAN, on: "2026-01-01") { code } }`,
    );
    expect(parties.data?.statesParties.map((s) => s.code)).toContain('ML');
    const later = await t.gql<{ statesParties: { code: string }[] }>(
      `query { statesParties(regionalGroup: AFRICAN, on: "2026-10-01") { code } }`,
    );
    expect(later.data?.statesParties.map((s) => s.code)).not.toContain('ML');
  });

  it('moves an election to NOMINATIONS_CLOSED and refuses nominations afterwards', async () => {
    const e = await openElection(t, officer);
    await updateElection(t, officer, { id: e.id, version: e.version, status: 'NOMINATIONS_CLOSED' });
    await expectRefused(judicial(e.id, 'SN'), 'RULE_VIOLATION', 'NOMINATIONS_NOT_OPEN');
  });
});
