import { StaffRole } from '../../src/common/domain.enums.js';
import { nominate, openElection } from '../support/factories.js';
import { nomineeToken } from '../support/questionnaire-factories.js';
import { createTestApp, expectError, type GqlResponse, type TestApp } from '../support/test-app.js';

// What the console's panels screens ask of the API: the panels of an election, a member's own
// panels with what waits for them, a panel's interviews (a recused member told why, nothing more),
// the recusals of an interview with their grounds; each role seeing only what the rules allow.
const JUDGE_CRITERIA = [
  'moral_character',
  'highest_judicial_office',
  'legal_competence',
  'relevant_experience',
  'language_fluency',
  'violence_against_women_children',
];
const PRIVATE_NOTE = 'PRIVATE-NOTE-only-for-the-panel';
const scores = (rating = 'MEETS') =>
  JUDGE_CRITERIA.map((criterionKey) => ({ criterionKey, rating, reasoning: 'Clear and consistent answers.' }));

const ENTRY = `id candidacyId status waitingForMe myRecusal { memberId ground reason }
  candidacy { id person { fullName } }
  interview { id privateNotes assessments { memberId } }`;
const PANEL = `id name kind electionIds elections { id title } rubric { key criteria { key } }
  members { id fullName role } myMember { id role }`;

interface Member {
  id: string;
  token: string;
}
interface Entry {
  id: string;
  candidacyId: string;
  waitingForMe: string[];
  myRecusal: { memberId: string; ground: string; reason: string | null } | null;
  candidacy: { id: string; person: { fullName: string } };
  interview: { id: string; privateNotes: string | null; assessments: { memberId: string }[] } | null;
}
interface PanelData {
  id: string;
  name: string;
  electionIds: string[];
  elections: { id: string; title: string }[];
  rubric: { key: string };
  members: { id: string; fullName: string; role: string }[];
  myMember: { id: string; role: string } | null;
}

const daysFrom = (now: Date, days: number): string => new Date(now.getTime() + days * 86_400_000).toISOString();

describe('the API of the console’s panels screens', () => {
  let t: TestApp;
  let officer: string;

  beforeAll(async () => {
    t = await createTestApp();
    officer = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
  });
  afterAll(async () => {
    await t.close();
  });

  async function ok<T>(res: GqlResponse<T>): Promise<T> {
    if (!res.data || res.errors) throw new Error(JSON.stringify(res.errors));
    return Promise.resolve(res.data);
  }

  async function createPanel(electionId: string, name: string): Promise<string> {
    const res = await ok(
      await t.gql<{ createPanel: { id: string } }>(
        `mutation($input: CreatePanelInput!) { createPanel(input: $input) { id } }`,
        { input: { name, kind: 'INDEPENDENT_PANEL', electionIds: [electionId], rubricKey: 'judges-default' } },
        { as: officer },
      ),
    );
    return res.createPanel.id;
  }

  async function member(panelId: string, nationality: string, role: 'CHAIR' | 'MEMBER' = 'MEMBER'): Promise<Member> {
    const token = await t.tokenFor(StaffRole.PANEL_MEMBER);
    const me = await ok(await t.gql<{ me: { id: string } }>('{ me { id } }', {}, { as: token }));
    const added = await ok(
      await t.gql<{ addPanelMember: { id: string } }>(
        `mutation($input: AddPanelMemberInput!) { addPanelMember(input: $input) { id } }`,
        { input: { panelId, fullName: `Member ${nationality}`, nationality, role, staffUserId: me.me.id } },
        { as: officer },
      ),
    );
    return { id: added.addPanelMember.id, token };
  }

  async function schedule(panelId: string, candidacyId: string, scheduledAt: string): Promise<string> {
    const res = await ok(
      await t.gql<{ scheduleInterview: { id: string } }>(
        `mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id } }`,
        { input: { panelId, candidacyId, scheduledAt, mode: 'VIDEO' } },
        { as: officer },
      ),
    );
    return res.scheduleInterview.id;
  }

  /**
   * A judicial election with two candidacies (Kenyan nominated by Senegal; Ghanaian by Ghana), the
   * panel with a chair (BR) and members JP, DE and KE (KE recused from the Kenyan by nationality),
   * a second panel on the same election with its own member, and interviews: the Kenyan's held
   * yesterday (not yet recorded), the Ghanaian's in ten days.
   */
  async function setup() {
    const now = t.clock.now();
    const election = await openElection(t, officer, { title: 'Panels console election' });
    const kenyan = await nominate(t, officer, election.id, 'SN', { nationality: 'KE', fullName: 'Amina Kenyan' });
    const ghanaian = await nominate(t, officer, election.id, 'GH', { fullName: 'Kofi Ghanaian' });
    const panelId = await createPanel(election.id, 'Advisory Committee on Nominations');
    const chair = await member(panelId, 'BR', 'CHAIR');
    const jp = await member(panelId, 'JP');
    const de = await member(panelId, 'DE');
    const ke = await member(panelId, 'KE');
    const otherPanelId = await createPanel(election.id, 'A second panel');
    const outsider = await member(otherPanelId, 'FR', 'CHAIR');
    const held = await schedule(panelId, kenyan.id, daysFrom(now, -1));
    const later = await schedule(panelId, ghanaian.id, daysFrom(now, 10));
    return { now, election, kenyan, ghanaian, panelId, otherPanelId, chair, jp, de, ke, outsider, held, later };
  }

  const panelsOf = (electionId: string, as: string) =>
    t.gql<{ panels: PanelData[] }>(
      `query($id: ID!) { panels(electionId: $id) { ${PANEL} } }`,
      { id: electionId },
      { as },
    );

  const myPanels = (as: string, waitingForMe = false) =>
    t.gql<{ myPanels: (PanelData & { interviews: Entry[] })[] }>(
      `query($w: Boolean!) { myPanels { ${PANEL} interviews(waitingForMe: $w) { ${ENTRY} } } }`,
      { w: waitingForMe },
      { as },
    );

  const interviewsOf = async (as: string, panelId: string, waitingForMe = false): Promise<Entry[]> => {
    const res = await ok(await myPanels(as, waitingForMe));
    return res.myPanels.find((p) => p.id === panelId)?.interviews ?? [];
  };

  const recordInterview = async (as: string, id: string, heldAt: string, membersPresent: string[]) => {
    const read = await ok(
      await t.gql<{ panelInterview: { version: number } }>(
        `query($id: ID!) { panelInterview(id: $id) { version } }`,
        { id },
        { as },
      ),
    );
    return ok(
      await t.gql<{ recordInterview: { version: number } }>(
        `mutation($input: RecordInterviewInput!) { recordInterview(input: $input) { version } }`,
        {
          input: {
            id,
            version: read.panelInterview.version,
            heldAt,
            durationMinutes: 60,
            membersPresent,
            publicSummary: 'The committee heard the candidate for an hour.',
            privateNotes: PRIVATE_NOTE,
          },
        },
        { as },
      ),
    );
  };

  const assess = async (as: string, interviewId: string) =>
    ok(
      await t.gql(
        `mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }`,
        { input: { interviewId, scores: scores() } },
        { as },
      ),
    );

  it('lists the panels of an election: all for officers, only their own for a member, none for others', async () => {
    const s = await setup();
    const all = (await ok(await panelsOf(s.election.id, officer))).panels;
    expect(all.map((p) => p.name)).toEqual(['Advisory Committee on Nominations', 'A second panel']);
    expect(all[0]).toMatchObject({
      electionIds: [s.election.id],
      elections: [{ id: s.election.id, title: 'Panels console election' }],
      rubric: { key: 'judges-default' },
      myMember: null,
    });
    expect(all[0].members.map((m) => [m.fullName, m.role])).toEqual([
      ['Member BR', 'CHAIR'],
      ['Member JP', 'MEMBER'],
      ['Member DE', 'MEMBER'],
      ['Member KE', 'MEMBER'],
    ]);

    const admin = await t.tokenFor(StaffRole.ADMIN);
    expect((await ok(await panelsOf(s.election.id, admin))).panels).toHaveLength(2);

    const asJp = (await ok(await panelsOf(s.election.id, s.jp.token))).panels;
    expect(asJp.map((p) => p.id)).toEqual([s.panelId]);
    expect(asJp[0].myMember).toEqual({ id: s.jp.id, role: 'MEMBER' });
    const asOutsider = (await ok(await panelsOf(s.election.id, s.outsider.token))).panels;
    expect(asOutsider.map((p) => p.id)).toEqual([s.otherPanelId]);

    // A member of no panel of the election sees none; a nominee and an observer may not ask.
    const stranger = await t.tokenFor(StaffRole.PANEL_MEMBER);
    expect((await ok(await panelsOf(s.election.id, stranger))).panels).toEqual([]);
    expectError(await panelsOf(s.election.id, await nomineeToken(t)), 'FORBIDDEN');
    expectError(
      await t.gql('{ panels(electionId: "00000000-0000-4000-8000-000000000000") { id } }'),
      'UNAUTHENTICATED',
    );
    expectError(await panelsOf('not-a-uuid', officer), 'BAD_USER_INPUT');
  });

  it('gives a member their own panels; officers have none to ask for', async () => {
    const s = await setup();
    const mine = (await ok(await myPanels(s.chair.token))).myPanels;
    expect(mine.map((p) => p.id)).toEqual([s.panelId]);
    expect(mine[0].myMember).toEqual({ id: s.chair.id, role: 'CHAIR' });
    expectError(await myPanels(officer), 'FORBIDDEN');
    expectError(await t.gql('{ myPanels { id } }', {}, { as: await t.tokenFor(StaffRole.ADMIN) }), 'FORBIDDEN');
  });

  it('says what waits for each member, and shows a recused member why, without the record', async () => {
    const s = await setup();
    // The held interview waits to be recorded; the one in ten days waits for nothing yet.
    const jpEntries = await interviewsOf(s.jp.token, s.panelId);
    expect(jpEntries.map((e) => [e.id, e.waitingForMe])).toEqual([
      [s.held, ['RECORD_INTERVIEW']],
      [s.later, []],
    ]);
    expect(jpEntries[0].candidacy.person.fullName).toBe('Amina Kenyan');
    expect(jpEntries[0].myRecusal).toBeNull();

    // The Kenyan member is recused from the Kenyan candidate: told why, given no record, owed nothing.
    const keEntries = await interviewsOf(s.ke.token, s.panelId);
    expect(keEntries[0]).toMatchObject({
      id: s.held,
      waitingForMe: [],
      myRecusal: { memberId: s.ke.id, ground: 'SAME_NATIONALITY_AS_CANDIDATE', reason: null },
      interview: null,
    });
    expect(keEntries[1]).toMatchObject({ id: s.later, myRecusal: null, interview: { id: s.later } });
    expect(JSON.stringify(keEntries)).not.toContain(PRIVATE_NOTE);
    const opened = await t.gql(
      `query($id: ID!) { panelInterview(id: $id) { id } }`,
      { id: s.held },
      { as: s.ke.token },
    );
    expect(expectError(opened, 'FORBIDDEN')).toMatchObject({
      reason: 'RECUSED',
      recusal: { ground: 'SAME_NATIONALITY_AS_CANDIDATE' },
    });

    await recordInterview(s.jp.token, s.held, daysFrom(s.now, -1), [s.chair.id, s.jp.id, s.de.id]);
    expect((await interviewsOf(s.jp.token, s.panelId, true)).map((e) => [e.id, e.waitingForMe])).toEqual([
      [s.held, ['ASSESS']],
    ]);
    expect((await interviewsOf(s.chair.token, s.panelId, true)).map((e) => e.waitingForMe)).toEqual([
      ['ASSESS', 'CONCLUDE'],
    ]);
    expect(await interviewsOf(s.ke.token, s.panelId, true)).toEqual([]);
    // Now that the record (with its private notes) exists, the recused member's list still holds none of it,
    // while a member who sits sees the notes.
    expect(JSON.stringify(await interviewsOf(s.ke.token, s.panelId))).not.toContain(PRIVATE_NOTE);
    expect(JSON.stringify(await interviewsOf(s.jp.token, s.panelId))).toContain(PRIVATE_NOTE);

    // Once JP has scored, nothing more waits for JP.
    await assess(s.jp.token, s.held);
    expect(await interviewsOf(s.jp.token, s.panelId, true)).toEqual([]);
  });

  it('keeps scores blind in the panel’s list too: a member sees others’ only after their own', async () => {
    const s = await setup();
    await recordInterview(s.chair.token, s.held, daysFrom(s.now, -1), [s.chair.id, s.jp.id, s.de.id]);
    await assess(s.jp.token, s.held);
    const before = (await interviewsOf(s.de.token, s.panelId)).find((e) => e.id === s.held)!;
    expect(before.interview?.assessments).toEqual([]);
    await assess(s.de.token, s.held);
    const after = (await interviewsOf(s.de.token, s.panelId)).find((e) => e.id === s.held)!;
    expect(after.interview?.assessments.map((a) => a.memberId).sort()).toEqual([s.jp.id, s.de.id].sort());
  });

  it('lists an interview’s recusals with their grounds, and tells officers what waits to be published', async () => {
    const s = await setup();
    // DE declares a conflict about the Ghanaian.
    await ok(
      await t.gql(
        `mutation($input: RecuseInput!) { recuse(input: $input) { ground } }`,
        { input: { panelId: s.panelId, candidacyId: s.ghanaian.id, reason: 'Former colleague at the bar' } },
        { as: s.de.token },
      ),
    );
    const RECUSALS = `query($id: ID!) { panelInterview(id: $id) { id waitingForMe panel { id name }
      candidacy { id } recusals { memberId ground reason } } }`;
    type Read = {
      panelInterview: {
        waitingForMe: string[];
        panel: { id: string };
        candidacy: { id: string };
        recusals: { memberId: string; ground: string; reason: string | null }[];
      };
    };
    const kenyan = (await ok(await t.gql<Read>(RECUSALS, { id: s.held }, { as: officer }))).panelInterview;
    expect(kenyan.panel.id).toBe(s.panelId);
    expect(kenyan.candidacy.id).toBe(s.kenyan.id);
    expect(kenyan.recusals).toEqual([{ memberId: s.ke.id, ground: 'SAME_NATIONALITY_AS_CANDIDATE', reason: null }]);
    const ghanaian = (await ok(await t.gql<Read>(RECUSALS, { id: s.later }, { as: s.jp.token }))).panelInterview;
    expect(ghanaian.recusals).toEqual([
      { memberId: s.de.id, ground: 'DECLARED_CONFLICT', reason: 'Former colleague at the bar' },
    ]);

    // Recorded, scored, concluded: now it waits for an officer to publish, and for no member.
    await recordInterview(s.chair.token, s.held, daysFrom(s.now, -1), [s.chair.id, s.jp.id]);
    await assess(s.chair.token, s.held);
    const version = (
      await ok(
        await t.gql<Read & { panelInterview: { version: number } }>(
          `query($id: ID!) { panelInterview(id: $id) { version } }`,
          { id: s.held },
          { as: s.chair.token },
        ),
      )
    ).panelInterview.version;
    await ok(
      await t.gql(
        `mutation($input: RecordConclusionInput!) { recordConclusion(input: $input) { id } }`,
        {
          input: {
            interviewId: s.held,
            version,
            overall: 'QUALIFIED',
            criteria: JUDGE_CRITERIA.map((criterionKey) => ({ criterionKey, rating: 'MEETS' })),
          },
        },
        { as: s.chair.token },
      ),
    );
    expect(
      (await ok(await t.gql<Read>(RECUSALS, { id: s.held }, { as: officer }))).panelInterview.waitingForMe,
    ).toEqual(['PUBLISH']);
    expect(
      (await ok(await t.gql<Read>(RECUSALS, { id: s.held }, { as: s.chair.token }))).panelInterview.waitingForMe,
    ).toEqual([]);
  });

  it('refuses a member another panel’s records, and the accounts list to anyone but officers', async () => {
    const s = await setup();
    expectError(
      await t.gql(`query($id: ID!) { panel(id: $id) { id } }`, { id: s.panelId }, { as: s.outsider.token }),
      'FORBIDDEN',
    );
    expectError(
      await t.gql(`query($id: ID!) { panelInterview(id: $id) { id } }`, { id: s.held }, { as: s.outsider.token }),
      'FORBIDDEN',
    );
    const ACCOUNTS = '{ panelMemberAccounts { id displayName email } }';
    expectError(await t.gql(ACCOUNTS, {}, { as: s.jp.token }), 'FORBIDDEN');
    expectError(await t.gql(ACCOUNTS, {}, {}), 'UNAUTHENTICATED');
    const me = await ok(await t.gql<{ me: { id: string } }>('{ me { id } }', {}, { as: s.jp.token }));
    const accounts = (await ok(await t.gql<{ panelMemberAccounts: { id: string }[] }>(ACCOUNTS, {}, { as: officer })))
      .panelMemberAccounts;
    expect(accounts.map((a) => a.id)).toContain(me.me.id);
  });

  it('reads a member’s panels and interviews in a number of statements that does not grow with the interviews', async () => {
    const s = await setup();
    const QUERY = `{ myPanels { ${PANEL} interviews { ${ENTRY} interview { recusals { ground } waitingForMe candidacy { person { fullName } } } } } }`;
    const measure = async (): Promise<{ statements: number; interviews: number }> => {
      const before = t.statementCount();
      const res = await ok(await t.gql<{ myPanels: { interviews: unknown[] }[] }>(QUERY, {}, { as: s.jp.token }));
      return {
        statements: t.statementCount() - before,
        interviews: res.myPanels.reduce((n, p) => n + p.interviews.length, 0),
      };
    };
    const few = await measure();
    for (let i = 0; i < 6; i += 1) {
      const c = await nominate(t, officer, s.election.id, ['NG', 'MX', 'PE', 'RO', 'IE', 'NZ'][i]);
      await schedule(s.panelId, c.id, daysFrom(s.now, -2 - i));
    }
    const many = await measure();
    expect(many.interviews).toBe(few.interviews + 6);
    expect(many.statements).toBe(few.statements);
  });
});
