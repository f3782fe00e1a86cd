import { StaffRole } from '../../src/common/domain.enums.js';
import { createElection, nominateRaw, personInput, updateElection } from '../support/factories.js';
import { createTestApp, expectError, type TestApp } from '../support/test-app.js';

const ROUND = `mutation($input: RecordBallotRoundInput!) { recordBallotRound(input: $input) {
  number statesParties validBallots votesRequired elected seatsLeftAfter
  contests { kind value voted seatsBefore seatsLeftAfter elected deferred } } }`;

interface Contest {
  kind: string;
  value: string | null;
  voted: boolean;
  seatsLeftAfter: number;
  elected: string[];
}
interface Round {
  statesParties: number;
  validBallots: number;
  votesRequired: number;
  elected: string[];
  seatsLeftAfter: number;
  contests: Contest[];
}

// The Deputy Prosecutors elected on 10 December 2021 (ASP 20th session): Prosecutor Karim Khan
// (United Kingdom) put forward three candidates per post. Post 1 carries the published figures of
// the list of Mr Niang, Ms Paz y Paz and Mr Whiting (Coalition for the ICC, ASP20 day 5 summary):
// 123 States Parties, so 62 votes needed; round 1: 89 voting, 52 / 11 / 26; round 2: 90 voting,
// 58 / 7 / 25; round 3: 90 voting, 67 / 5 / 18, Mr Niang elected. Post 2's candidates and figures
// are invented (the other list's figures were not at hand).
describe('Deputy Prosecutors: one contest per post (Rome Statute art. 42)', () => {
  let t: TestApp;
  let officer: string;

  beforeAll(async () => {
    t = await createTestApp();
    officer = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
  });
  afterAll(async () => {
    await t.close();
  });

  const deputy = (electionId: string, post: number, nationality: string, fullName: string, extra = {}) =>
    nominateRaw(t, officer, {
      electionId,
      post,
      nominatedOn: '2021-10-01',
      person: personInput({ nationality, fullName }),
      ...extra,
    });

  it('elects each post by an absolute majority of the States Parties, and concludes when both are filled', async () => {
    const created = await createElection(t, officer, {
      type: 'DEPUTY_PROSECUTOR',
      title: 'Election of two Deputy Prosecutors',
      aspSession: '20th session',
      seats: 2,
      nominationOpensOn: '2021-09-01',
      nominationClosesOn: '2021-11-01',
      votingStartsOn: '2021-12-10',
      prosecutorInOffice: { fullName: 'Karim A. A. Khan', nationality: 'GB' },
    });
    let e = await updateElection(t, officer, { id: created.id, version: created.version, status: 'NOMINATIONS_OPEN' });

    const ids: Record<string, string> = {};
    for (const [post, nationality, name] of [
      [1, 'SN', 'Mame Mandiaye Niang'],
      [1, 'GT', 'Claudia Paz y Paz Bailey'],
      [1, 'US', 'Alex Whiting'],
      [2, 'FJ', 'Nazhat Shameem Khan'],
      [2, 'IT', 'Second candidate, post 2'],
    ] as const) {
      const res = await deputy(e.id, post, nationality, name);
      expect(res.errors).toBeUndefined();
      ids[nationality] = res.data!.nominateCandidate.id;
    }
    // Art. 42(4): the Prosecutor's list, not a State's; three per post at most.
    expect(
      expectError(await deputy(e.id, 2, 'CA', 'Nominated by a State', { nominatingState: 'CA' }), 'RULE_VIOLATION')
        .rule,
    ).toBe('NOMINATOR');
    expect(expectError(await deputy(e.id, 1, 'CA', 'A fourth name on post 1'), 'RULE_VIOLATION').rule).toBe(
      'DEPUTY_LIST_FULL',
    );
    // Art. 42(2): not of the Prosecutor's nationality.
    expect(expectError(await deputy(e.id, 2, 'GB', 'A compatriot of the Prosecutor'), 'RULE_VIOLATION').rule).toBe(
      'SAME_NATIONALITY_AS_PROSECUTOR',
    );

    const read = await t.gql<{
      election: {
        prosecutorInOffice: { fullName: string; nationality: string };
        candidacies: {
          edges: { node: { nominatedBy: string; nominatingState: null; regionalGroup: string | null; post: number } }[];
        };
      };
    }>(
      `query($id: ID!) { election(id: $id) { prosecutorInOffice { fullName nationality }
        candidacies(first: 10) { edges { node { nominatedBy nominatingState { code } regionalGroup post } } } } }`,
      { id: e.id },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.election.prosecutorInOffice).toEqual({ fullName: 'Karim A. A. Khan', nationality: 'GB' });
    const nodes = read.data!.election.candidacies.edges.map((x) => x.node);
    expect(new Set(nodes.map((n) => n.nominatedBy))).toEqual(new Set(['PROSECUTOR']));
    expect(nodes.every((n) => n.nominatingState === null)).toBe(true);
    // Mr Whiting is a national of a State that is not a party: no regional group.
    expect(nodes[2]).toMatchObject({ post: 1, regionalGroup: null });

    // Voting opens only on full lists: post 2 has two names.
    e = await updateElection(t, officer, { id: e.id, version: e.version, status: 'NOMINATIONS_CLOSED' });
    const refused = await t.gql(
      `mutation($input: UpdateElectionInput!) { updateElection(input: $input) { status } }`,
      { input: { id: e.id, version: e.version, status: 'VOTING' } },
      { as: officer },
    );
    const rule = expectError(refused, 'RULE_VIOLATION');
    expect(rule.rule).toBe('DEPUTY_CANDIDATES_PER_POST');
    // Reopened by an extension (the closing day moves), the third name for post 2 comes in.
    const ext = await t.gql<{ extendNominationPeriod: { version: number; status: string } }>(
      `mutation($input: ExtendNominationPeriodInput!) { extendNominationPeriod(input: $input) { version status } }`,
      { input: { electionId: e.id, closesOn: '2021-11-15', reason: 'Third name for post 2', decidedOn: '2021-11-02' } },
      { as: officer },
    );
    expect(ext.errors).toBeUndefined();
    const third = await nominateRaw(t, officer, {
      electionId: e.id,
      post: 2,
      nominatedOn: '2021-11-10',
      person: personInput({ nationality: 'CA', fullName: 'Third candidate, post 2' }),
    });
    expect(third.errors).toBeUndefined();
    ids.CA = third.data!.nominateCandidate.id;
    let version = ext.data!.extendNominationPeriod.version;
    version = (await updateElection(t, officer, { id: e.id, version, status: 'NOMINATIONS_CLOSED' })).version;
    await updateElection(t, officer, { id: e.id, version, status: 'VOTING' });

    const record = (votes: Record<string, number>, voting: number, extra: { round: number; post?: number }) =>
      t.gql<{ recordBallotRound: Round }>(
        ROUND,
        {
          input: {
            electionId: e.id,
            heldOn: '2021-12-10',
            ballotPapers: voting,
            invalidBallots: 0,
            abstentions: 0,
            votes: Object.entries(votes).map(([n, v]) => ({ candidacyId: ids[n], votes: v })),
            ...extra,
          },
        },
        { as: officer },
      );

    // Round 1: both posts on the ballot; post 2's votes are invented, and its total cannot exceed
    // the valid ballots (one seat).
    const tooMany = await record({ SN: 52, GT: 11, US: 26, FJ: 64, IT: 20, CA: 10 }, 89, { round: 1 });
    expect(expectError(tooMany, 'RULE_VIOLATION').rule).toBe('TOTAL_VOTES_EXCEED_CAPACITY');
    const r1 = await record({ SN: 52, GT: 11, US: 26, FJ: 64, IT: 15, CA: 10 }, 89, { round: 1 });
    expect(r1.errors).toBeUndefined();
    expect(r1.data!.recordBallotRound).toMatchObject({
      statesParties: 123,
      validBallots: 89,
      votesRequired: 62,
      elected: [ids.FJ],
      seatsLeftAfter: 1,
      contests: [
        { kind: 'POST', value: '1', voted: true, seatsLeftAfter: 1, elected: [] },
        { kind: 'POST', value: '2', voted: true, seatsLeftAfter: 0, elected: [ids.FJ] },
      ],
    });
    // Post 2 is filled: a round for it alone is refused; post 1 carries on.
    expect(expectError(await record({ SN: 58 }, 90, { round: 2, post: 2 }), 'RULE_VIOLATION').rule).toBe(
      'CONTEST_NOT_OPEN',
    );
    const r2 = await record({ SN: 58, GT: 7, US: 25 }, 90, { round: 2 });
    expect(r2.data!.recordBallotRound).toMatchObject({
      elected: [],
      contests: [
        { value: '1', voted: true, seatsLeftAfter: 1 },
        { value: '2', voted: false, seatsLeftAfter: 0 },
      ],
    });
    const r3 = await record({ SN: 67, GT: 5, US: 18 }, 90, { round: 3, post: 1 });
    expect(r3.data!.recordBallotRound).toMatchObject({ votesRequired: 62, elected: [ids.SN], seatsLeftAfter: 0 });

    const done = await t.gql<{
      election: { status: string; candidacies: { edges: { node: { id: string; status: string } }[] } };
    }>(`query($id: ID!) { election(id: $id) { status candidacies(first: 10) { edges { node { id status } } } } }`, {
      id: e.id,
    });
    expect(done.data!.election.status).toBe('CONCLUDED');
    const status = Object.fromEntries(done.data!.election.candidacies.edges.map(({ node }) => [node.id, node.status]));
    expect(Object.fromEntries(Object.entries(ids).map(([n, id]) => [n, status[id]]))).toEqual({
      SN: 'ELECTED',
      GT: 'NOT_ELECTED',
      US: 'NOT_ELECTED',
      FJ: 'ELECTED',
      IT: 'NOT_ELECTED',
      CA: 'NOT_ELECTED',
    });
  });

  it('refuses to record a Prosecutor whose nationality a Deputy candidate shares', async () => {
    const created = await createElection(t, officer, {
      type: 'DEPUTY_PROSECUTOR',
      title: 'Deputies',
      seats: 1,
      nominationOpensOn: '2021-09-01',
      nominationClosesOn: '2021-11-01',
    });
    const e = await updateElection(t, officer, {
      id: created.id,
      version: created.version,
      status: 'NOMINATIONS_OPEN',
    });
    expect((await deputy(e.id, 1, 'GB', 'A British candidate')).errors).toBeUndefined();
    const res = await t.gql(
      `mutation($input: UpdateElectionInput!) { updateElection(input: $input) { id } }`,
      {
        input: {
          id: e.id,
          version: e.version,
          prosecutorInOffice: { fullName: 'Karim A. A. Khan', nationality: 'GB' },
        },
      },
      { as: officer },
    );
    expect(expectError(res, 'RULE_VIOLATION').rule).toBe('SAME_NATIONALITY_AS_PROSECUTOR');
  });
});
