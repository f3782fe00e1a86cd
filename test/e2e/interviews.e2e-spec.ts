import { ResponseCache } from '../../src/common/graphql/response-cache.js';
import { StaffRole } from '../../src/common/domain.enums.js';
import { nominate, openElection } from '../support/factories.js';
import { throughResolvers } from '../support/compiled-reads.js';
import { createTestApp, expectError, type GqlResponse, type TestApp } from '../support/test-app.js';

const JUDGE_CRITERIA = [
  'moral_character',
  'highest_judicial_office',
  'legal_competence',
  'relevant_experience',
  'language_fluency',
  'violence_against_women_children',
];
const PRIVATE_NOTE = 'PRIVATE-NOTE-the-candidate-hesitated-on-article-36';
const REASONING = 'REASONING-scores-are-never-public';

const PANEL_INTERVIEW_FIELDS = `id panelId candidacyId status version privateNotes publicSummary membersPresent
  conclusion { overall criteria { criterionKey rating } }
  assessments { memberId scores { criterionKey rating reasoning } version }
  dissents { memberId text consentToBeNamed }`;

const PUBLIC_INTERVIEW_FIELDS = `id panelName panelKind mode status publicSummary publishedAt
  conclusion { overall criteria { criterionKey rating } scoresRevisedAfterDisclosure } dissents { text authorName }`;

interface Member {
  id: string;
  token: string;
}

const scores = (rating = 'MEETS', reasoning = REASONING) =>
  JUDGE_CRITERIA.map((criterionKey) => ({ criterionKey, rating, reasoning }));

describe('panels and interviews', () => {
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

  async function member(panelId: string, nationality: string, role: 'CHAIR' | 'MEMBER' = 'MEMBER'): Promise<Member> {
    const token = await t.tokenFor(StaffRole.PANEL_MEMBER);
    const me = await ok(await t.gql<{ me: { id: string } }>('{ me { id } }', {}, { as: token }));
    const added = await ok(
      await t.gql<{ addPanelMember: { id: string } }>(
        `mutation($input: AddPanelMemberInput!) { addPanelMember(input: $input) { id } }`,
        {
          input: {
            panelId,
            fullName: `Member ${nationality}`,
            nationality,
            role,
            staffUserId: me.me.id,
            affiliation: 'Bar',
          },
        },
        { as: officer },
      ),
    );
    return { id: added.addPanelMember.id, token };
  }

  /** A judicial election, a candidacy (candidate KE, nominated by SN), a panel with a chair and two members. */
  async function setup() {
    const e = await openElection(t, officer);
    const candidacy = await nominate(t, officer, e.id, 'SN', { nationality: 'KE' });
    const panel = await ok(
      await t.gql<{ createPanel: { id: string } }>(
        `mutation($input: CreatePanelInput!) { createPanel(input: $input) { id } }`,
        {
          input: {
            name: 'Independent Panel',
            kind: 'INDEPENDENT_PANEL',
            electionIds: [e.id],
            rubricKey: 'judges-default',
          },
        },
        { as: officer },
      ),
    );
    const panelId = panel.createPanel.id;
    const chair = await member(panelId, 'BR', 'CHAIR');
    const a = await member(panelId, 'JP');
    const b = await member(panelId, 'DE');
    const scheduled = await ok(
      await t.gql<{ scheduleInterview: { id: string; version: number } }>(
        `mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id version } }`,
        { input: { panelId, candidacyId: candidacy.id, scheduledAt: '2026-01-10T10:00:00Z', mode: 'VIDEO' } },
        { as: officer },
      ),
    );
    return { election: e, candidacy, panelId, chair, a, b, interviewId: scheduled.scheduleInterview.id };
  }

  const recordInterview = (as: string, id: string, version: number, membersPresent: string[]) =>
    t.gql<{ recordInterview: { version: number } }>(
      `mutation($input: RecordInterviewInput!) { recordInterview(input: $input) { version } }`,
      {
        input: {
          id,
          version,
          heldAt: '2026-01-10T10:00:00Z',
          durationMinutes: 90,
          membersPresent,
          publicSummary: 'The panel interviewed the candidate for ninety minutes.',
          privateNotes: PRIVATE_NOTE,
        },
      },
      { as },
    );

  const assess = (as: string, interviewId: string, input: Record<string, unknown> = {}) =>
    t.gql<{ recordAssessment: { id: string; version: number } }>(
      `mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id version } }`,
      { input: { interviewId, scores: scores(), ...input } },
      { as },
    );

  const conclude = (as: string, interviewId: string, version: number, overall = 'HIGHLY_QUALIFIED') =>
    t.gql<{ recordConclusion: { version: number } }>(
      `mutation($input: RecordConclusionInput!) { recordConclusion(input: $input) { version } }`,
      {
        input: {
          interviewId,
          version,
          overall,
          criteria: JUDGE_CRITERIA.map((criterionKey) => ({ criterionKey, rating: 'MEETS_FULLY' })),
        },
      },
      { as },
    );

  const panelInterview = (as: string | undefined, id: string) =>
    t.gql<{ panelInterview: Record<string, unknown> & { assessments: { memberId: string }[]; version: number } }>(
      `query($id: ID!) { panelInterview(id: $id) { ${PANEL_INTERVIEW_FIELDS} } }`,
      { id },
      { as },
    );

  const candidacyInterviews = (as: string | undefined, id: string) =>
    t.gql<{ candidacy: { interviews: Record<string, unknown>[] } }>(
      `query($id: ID!) { candidacy(id: $id) { interviews { ${PUBLIC_INTERVIEW_FIELDS} } } }`,
      { id },
      { as },
    );

  /** Held, everyone scored, concluded: ready to publish. */
  async function concluded() {
    const s = await setup();
    const held = await ok(await recordInterview(s.chair.token, s.interviewId, 1, [s.chair.id, s.a.id, s.b.id]));
    for (const m of [s.chair, s.a, s.b]) await ok(await assess(m.token, s.interviewId));
    const c = await ok(await conclude(s.chair.token, s.interviewId, held.recordInterview.version));
    return { ...s, version: c.recordConclusion.version };
  }

  it('ships default rubrics built from the Statute, readable by anyone', async () => {
    const res = await ok(
      await t.gql<{
        rubrics: {
          key: string;
          electionType: string;
          overallScale: string[];
          criteria: { key: string; labelFr: string }[];
        }[];
      }>('{ rubrics { key electionType overallScale criteria { key labelEn labelFr scale } } }'),
    );
    const judges = res.rubrics.find((r) => r.key === 'judges-default');
    expect(judges?.electionType).toBe('JUDGES');
    expect(judges?.criteria.map((c) => c.key)).toEqual(JUDGE_CRITERIA);
    expect(judges?.criteria.every((c) => c.labelFr.length > 3)).toBe(true);
    expect(judges?.overallScale).toEqual(['HIGHLY_QUALIFIED', 'QUALIFIED', 'NOT_QUALIFIED']);
    expect(res.rubrics.map((r) => r.key)).toEqual(
      expect.arrayContaining(['judges-default', 'prosecutor-default', 'tfv-board-default']),
    );
  });

  it('a panel has one chair; a member acts through a PANEL_MEMBER account', async () => {
    const s = await setup();
    const second = await t.gql(
      `mutation($input: AddPanelMemberInput!) { addPanelMember(input: $input) { id } }`,
      { input: { panelId: s.panelId, fullName: 'Second Chair', nationality: 'IT', role: 'CHAIR' } },
      { as: officer },
    );
    expect(expectError(second, 'RULE_VIOLATION').rule).toBe('PANEL_HAS_A_CHAIR');
    const panel = await ok(
      await t.gql<{ panel: { members: { role: string }[]; electionIds: string[]; rubric: { key: string } } }>(
        `query($id: ID!) { panel(id: $id) { name kind electionIds rubric { key } members { id fullName role nationality } } }`,
        { id: s.panelId },
        { as: s.a.token },
      ),
    );
    expect(panel.panel.members.map((m) => m.role)).toEqual(['CHAIR', 'MEMBER', 'MEMBER']);
    expect(panel.panel.electionIds).toEqual([s.election.id]);
    const stranger = await t.tokenFor(StaffRole.PANEL_MEMBER);
    expectError(
      await t.gql(`query($id: ID!) { panel(id: $id) { id } }`, { id: s.panelId }, { as: stranger }),
      'FORBIDDEN',
    );
  });

  it('recuses automatically a national of the candidate or of the nominating State: no records, no writes', async () => {
    const s = await setup();
    const ofNominatingState = await member(s.panelId, 'SN');
    const ofCandidate = await member(s.panelId, 'KE');
    await ok(await recordInterview(s.chair.token, s.interviewId, 1, [s.chair.id]));

    const seen = expectError(await panelInterview(ofNominatingState.token, s.interviewId), 'FORBIDDEN');
    expect(seen.recusal).toMatchObject({ ground: 'NATIONAL_OF_NOMINATING_STATE', memberId: ofNominatingState.id });
    const scored = expectError(await assess(ofCandidate.token, s.interviewId), 'FORBIDDEN');
    expect(scored.recusal).toMatchObject({ ground: 'SAME_NATIONALITY_AS_CANDIDATE', candidacyId: s.candidacy.id });
    const recorded = expectError(await recordInterview(ofCandidate.token, s.interviewId, 2, [s.chair.id]), 'FORBIDDEN');
    expect(recorded.recusal).toMatchObject({ ground: 'SAME_NATIONALITY_AS_CANDIDATE' });
    // Beyond what is public: the unpublished interview is invisible to them on the candidacy.
    expect((await ok(await candidacyInterviews(ofCandidate.token, s.candidacy.id))).candidacy.interviews).toEqual([]);
    expect((await ok(await candidacyInterviews(s.a.token, s.candidacy.id))).candidacy.interviews).toHaveLength(1);
    const [{ n }] = await t.dataSource.query<[{ n: string }]>(
      'SELECT count(*) AS n FROM assessment WHERE member_id = $1',
      [ofCandidate.id],
    );
    expect(Number(n)).toBe(0);
  });

  it('a member declares a conflict and is recused from then on, with the reason named', async () => {
    const s = await setup();
    const held = await ok(await recordInterview(s.chair.token, s.interviewId, 1, [s.chair.id, s.a.id]));
    expect(held.recordInterview.version).toBe(2);
    await ok(await panelInterview(s.a.token, s.interviewId));
    const recuse = await ok(
      await t.gql<{ recuse: { ground: string; reason: string } }>(
        `mutation($input: RecuseInput!) { recuse(input: $input) { memberId candidacyId ground reason } }`,
        { input: { panelId: s.panelId, candidacyId: s.candidacy.id, reason: 'Former colleague of the candidate' } },
        { as: s.a.token },
      ),
    );
    expect(recuse.recuse).toMatchObject({ ground: 'DECLARED_CONFLICT', reason: 'Former colleague of the candidate' });
    const refused = expectError(await panelInterview(s.a.token, s.interviewId), 'FORBIDDEN');
    expect(refused.recusal).toMatchObject({ ground: 'DECLARED_CONFLICT', reason: 'Former colleague of the candidate' });
    expectError(await assess(s.a.token, s.interviewId), 'FORBIDDEN');
    const audit = await t.dataSource.query<{ operation: string }[]>(
      `SELECT operation FROM audit_entry WHERE entity_type = 'Recusal'`,
    );
    expect(audit.map((r) => r.operation)).toContain('recuse');
    // Someone who does not sit on the panel cannot recuse from it.
    const stranger = await t.tokenFor(StaffRole.PANEL_MEMBER);
    expectError(
      await t.gql(
        `mutation($input: RecuseInput!) { recuse(input: $input) { ground } }`,
        { input: { panelId: s.panelId, candidacyId: s.candidacy.id, reason: 'Not mine' } },
        { as: stranger },
      ),
      'FORBIDDEN',
    );
  });

  it('blind scoring: a member sees the others’ scores only after submitting their own', async () => {
    const s = await setup();
    expectError(await assess(s.a.token, s.interviewId), 'RULE_VIOLATION');
    await ok(await recordInterview(s.chair.token, s.interviewId, 1, [s.chair.id, s.a.id, s.b.id]));
    const first = await ok(await assess(s.a.token, s.interviewId));

    const beforeOwn = await ok(await panelInterview(s.b.token, s.interviewId));
    expect(beforeOwn.panelInterview.assessments).toEqual([]);
    const afterOwnA = await ok(await panelInterview(s.a.token, s.interviewId));
    expect(afterOwnA.panelInterview.assessments.map((x) => x.memberId)).toEqual([s.a.id]);

    await ok(await assess(s.b.token, s.interviewId, { scores: scores('DOES_NOT_MEET') }));
    const afterOwnB = await ok(await panelInterview(s.b.token, s.interviewId));
    expect(afterOwnB.panelInterview.assessments.map((x) => x.memberId).sort()).toEqual([s.a.id, s.b.id].sort());
    const asOfficer = await ok(await panelInterview(officer, s.interviewId));
    expect(asOfficer.panelInterview.assessments).toHaveLength(2);

    // Every criterion, from its scale.
    const partial = expectError(
      await assess(s.chair.token, s.interviewId, { scores: scores().slice(1) }),
      'BAD_USER_INPUT',
    );
    expect(JSON.stringify(partial.fields)).toContain('moral_character');
    expectError(await assess(s.chair.token, s.interviewId, { scores: scores('EXCELLENT') }), 'BAD_USER_INPUT');
    // A revision names the version it read; a stale one is refused.
    expectError(await assess(s.a.token, s.interviewId), 'CONFLICT');
    const revised = await ok(
      await assess(s.a.token, s.interviewId, {
        version: first.recordAssessment.version,
        scores: scores('MEETS_FULLY'),
      }),
    );
    expect(revised.recordAssessment.version).toBe(first.recordAssessment.version + 1);
    const stale = expectError(
      await assess(s.a.token, s.interviewId, { version: first.recordAssessment.version }),
      'CONFLICT',
    );
    expect(stale.reason).toBe('STALE_VERSION');
  });

  it('blind scoring cannot be gamed: after seeing the others’ scores a member revises only if the chair reopens', async () => {
    const s = await setup();
    await ok(await recordInterview(s.chair.token, s.interviewId, 1, [s.chair.id, s.a.id, s.b.id]));
    const placeholder = await ok(await assess(s.a.token, s.interviewId, { scores: scores('DOES_NOT_MEET') }));
    await ok(await assess(s.b.token, s.interviewId, { scores: scores('MEETS_FULLY') }));
    // Reading while alone discloses nothing; reading after B scored discloses B's scores to A.
    const read = await ok(await panelInterview(s.a.token, s.interviewId));
    expect(read.panelInterview.assessments).toHaveLength(2);
    const [{ others_seen_at: seenAt }] = await t.dataSource.query<[{ others_seen_at: Date | null }]>(
      'SELECT others_seen_at FROM assessment WHERE id = $1',
      [placeholder.recordAssessment.id],
    );
    expect(seenAt).not.toBeNull();
    const locked = expectError(
      await assess(s.a.token, s.interviewId, {
        version: placeholder.recordAssessment.version,
        scores: scores('MEETS_FULLY'),
      }),
      'RULE_VIOLATION',
    );
    expect(locked).toMatchObject({ rule: 'ASSESSMENT_LOCKED_AFTER_DISCLOSURE' });

    const REOPEN = `mutation($input: ReopenAssessmentInput!) { reopenAssessment(input: $input) {
      id version reopenedAt reopenReason othersSeenAt revisedAfterDisclosure } }`;
    const reopen = (as: string, assessmentId: string, version: number) =>
      t.gql<{ reopenAssessment: { version: number; reopenReason: string } }>(
        REOPEN,
        { input: { assessmentId, version, reason: 'Misread the scale for two criteria' } },
        { as },
      );
    expect(
      expectError(
        await reopen(s.b.token, placeholder.recordAssessment.id, placeholder.recordAssessment.version),
        'FORBIDDEN',
      ).reason,
    ).toBe('NOT_CHAIR');
    // B has not seen anyone's scores: B may still revise alone, there is nothing to reopen.
    const bOwn = (
      await t.dataSource.query<[{ id: string; version: number }]>(
        'SELECT id, version FROM assessment WHERE member_id = $1',
        [s.b.id],
      )
    )[0];
    expect(expectError(await reopen(s.chair.token, bOwn.id, bOwn.version), 'RULE_VIOLATION').rule).toBe(
      'ASSESSMENT_NOT_LOCKED',
    );
    expectError(await reopen(s.chair.token, placeholder.recordAssessment.id, 0), 'CONFLICT');
    const reopened = await ok(
      await reopen(s.chair.token, placeholder.recordAssessment.id, placeholder.recordAssessment.version),
    );
    expect(reopened.reopenAssessment).toMatchObject({ reopenReason: 'Misread the scale for two criteria' });
    const revised = await ok(
      await assess(s.a.token, s.interviewId, {
        version: reopened.reopenAssessment.version,
        scores: scores('MEETS_FULLY'),
      }),
    );
    // One revision per reopening.
    expect(
      expectError(
        await assess(s.a.token, s.interviewId, { version: revised.recordAssessment.version }),
        'RULE_VIOLATION',
      ).rule,
    ).toBe('ASSESSMENT_LOCKED_AFTER_DISCLOSURE');

    const panel = await ok(await panelInterview(s.chair.token, s.interviewId));
    const c = await ok(await conclude(s.chair.token, s.interviewId, panel.panelInterview.version));
    await ok(
      await t.gql(
        `mutation($input: PublishInterviewInput!) { publishInterview(input: $input) { id } }`,
        { input: { id: s.interviewId, version: c.recordConclusion.version } },
        { as: officer },
      ),
    );
    const [published] = (await ok(await candidacyInterviews(undefined, s.candidacy.id))).candidacy.interviews;
    expect(published.conclusion).toMatchObject({ overall: 'HIGHLY_QUALIFIED', scoresRevisedAfterDisclosure: true });
    const audit = await t.dataSource.query<{ operation: string; after: { reason?: string } }[]>(
      `SELECT operation, after FROM audit_entry WHERE entity_id = $1 ORDER BY seq`,
      [placeholder.recordAssessment.id],
    );
    expect(audit.map((r) => r.operation)).toEqual([
      'recordAssessment',
      'discloseAssessments',
      'reopenAssessment',
      'recordAssessment',
    ]);
    expect(audit[2].after.reason).toBe('Misread the scale for two criteria');
  });

  it('a withdrawn candidacy is closed to every interview write but cancelling', async () => {
    const withdraw = (id: string) =>
      t.gql(
        `mutation($id: ID!) { withdrawCandidacy(input: { id: $id, reason: "Withdrawn by the State" }) { status } }`,
        { id },
        { as: officer },
      );
    const withdrawnRule = (res: GqlResponse<unknown>) => expectError(res, 'RULE_VIOLATION').rule;

    const scheduled = await setup();
    await ok(await withdraw(scheduled.candidacy.id));
    expect(
      withdrawnRule(await recordInterview(scheduled.chair.token, scheduled.interviewId, 1, [scheduled.chair.id])),
    ).toBe('CANDIDACY_WITHDRAWN');
    expect(
      withdrawnRule(
        await t.gql(
          `mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id } }`,
          {
            input: {
              panelId: scheduled.panelId,
              candidacyId: scheduled.candidacy.id,
              scheduledAt: '2026-02-01T10:00:00Z',
              mode: 'VIDEO',
            },
          },
          { as: officer },
        ),
      ),
    ).toBe('CANDIDACY_WITHDRAWN');
    expect(
      withdrawnRule(
        await t.gql(
          `mutation($input: RecuseInput!) { recuse(input: $input) { ground } }`,
          { input: { panelId: scheduled.panelId, candidacyId: scheduled.candidacy.id, reason: 'Former colleague' } },
          { as: scheduled.a.token },
        ),
      ),
    ).toBe('CANDIDACY_WITHDRAWN');
    const cancelled = await t.gql<{ cancelInterview: { status: string } }>(
      `mutation($input: CancelInterviewInput!) { cancelInterview(input: $input) { status } }`,
      { input: { id: scheduled.interviewId, version: 1, status: 'CANCELLED' } },
      { as: officer },
    );
    expect(cancelled.data?.cancelInterview.status).toBe('CANCELLED');

    const s = await concluded();
    await ok(await withdraw(s.candidacy.id));
    expect(
      withdrawnRule(
        await t.gql(
          `mutation($input: PublishInterviewInput!) { publishInterview(input: $input) { id } }`,
          { input: { id: s.interviewId, version: s.version } },
          { as: officer },
        ),
      ),
    ).toBe('CANDIDACY_WITHDRAWN');
    expect(
      withdrawnRule(
        await t.gql(
          `mutation($input: RecordDissentInput!) { recordDissent(input: $input) { text } }`,
          { input: { interviewId: s.interviewId, text: 'I dissent.', consentToBeNamed: false } },
          { as: s.a.token },
        ),
      ),
    ).toBe('CANDIDACY_WITHDRAWN');
    expect(withdrawnRule(await assess(s.b.token, s.interviewId))).toBe('CANDIDACY_WITHDRAWN');
    expect((await ok(await candidacyInterviews(undefined, s.candidacy.id))).candidacy.interviews).toEqual([]);
  });

  it('only the chair records the conclusion, against the version read', async () => {
    const s = await setup();
    const held = await ok(await recordInterview(s.chair.token, s.interviewId, 1, [s.chair.id, s.a.id]));
    const version = held.recordInterview.version;
    const notChair = expectError(await conclude(s.a.token, s.interviewId, version), 'FORBIDDEN');
    expect(notChair.reason).toBe('NOT_CHAIR');
    expectError(await conclude(s.chair.token, s.interviewId, version, 'EXCELLENT'), 'BAD_USER_INPUT');
    expectError(await conclude(s.chair.token, s.interviewId, version - 1), 'CONFLICT');
    await ok(await conclude(s.chair.token, s.interviewId, version));
    const read = await ok(await panelInterview(s.a.token, s.interviewId));
    expect(read.panelInterview.conclusion).toMatchObject({ overall: 'HIGHLY_QUALIFIED' });
    // Scoring closes with the conclusion.
    expect(expectError(await assess(s.b.token, s.interviewId), 'RULE_VIOLATION').rule).toBe('CONCLUSION_RECORDED');
  });

  it('publishing shows observers the summary, conclusion and consented names, never notes or scores', async () => {
    const s = await concluded();
    await ok(
      await t.gql(
        `mutation($input: RecordDissentInput!) { recordDissent(input: $input) { text } }`,
        {
          input: { interviewId: s.interviewId, text: 'I would rate the candidate QUALIFIED.', consentToBeNamed: true },
        },
        { as: s.a.token },
      ),
    );
    await ok(
      await t.gql(
        `mutation($input: RecordDissentInput!) { recordDissent(input: $input) { text } }`,
        { input: { interviewId: s.interviewId, text: 'Anonymous dissent.', consentToBeNamed: false } },
        { as: s.b.token },
      ),
    );
    // Before publication: nothing for observers, the interview for officers.
    expect((await ok(await candidacyInterviews(undefined, s.candidacy.id))).candidacy.interviews).toEqual([]);
    expect((await ok(await candidacyInterviews(officer, s.candidacy.id))).candidacy.interviews).toHaveLength(1);

    expectError(
      await t.gql(`mutation($input: PublishInterviewInput!) { publishInterview(input: $input) { id } }`, {
        input: { id: s.interviewId, version: s.version },
      }),
      'UNAUTHENTICATED',
    );
    const published = await ok(
      await t.gql<{ publishInterview: { publishedAt: string } }>(
        `mutation($input: PublishInterviewInput!) { publishInterview(input: $input) { publishedAt } }`,
        { input: { id: s.interviewId, version: s.version } },
        { as: officer },
      ),
    );
    expect(published.publishInterview.publishedAt).toBeTruthy();

    const res = await candidacyInterviews(undefined, s.candidacy.id);
    const [interview] = (await ok(res)).candidacy.interviews;
    expect(interview).toMatchObject({
      panelName: 'Independent Panel',
      panelKind: 'INDEPENDENT_PANEL',
      status: 'HELD',
      publicSummary: 'The panel interviewed the candidate for ninety minutes.',
      conclusion: { overall: 'HIGHLY_QUALIFIED', scoresRevisedAfterDisclosure: false },
    });
    expect(interview.dissents).toEqual(
      expect.arrayContaining([
        { text: 'I would rate the candidate QUALIFIED.', authorName: 'Member JP' },
        { text: 'Anonymous dissent.', authorName: null },
      ]),
    );
    expect(JSON.stringify(res)).not.toContain(PRIVATE_NOTE);
    expect(JSON.stringify(res)).not.toContain(REASONING);
    // The published record is closed.
    expectError(await conclude(s.chair.token, s.interviewId, s.version + 1), 'RULE_VIOLATION');
    const audit = await t.dataSource.query<{ operation: string }[]>(
      `SELECT operation FROM audit_entry WHERE entity_id = $1 ORDER BY seq`,
      [s.interviewId],
    );
    expect(audit.map((r) => r.operation)).toEqual([
      'scheduleInterview',
      'recordInterview',
      'recordConclusion',
      'publishInterview',
    ]);
  });

  it('an anonymous caller reaches no private note or score by any path', async () => {
    const s = await concluded();
    await ok(
      await t.gql(
        `mutation($input: PublishInterviewInput!) { publishInterview(input: $input) { id } }`,
        { input: { id: s.interviewId, version: s.version } },
        { as: officer },
      ),
    );
    expectError(await panelInterview(undefined, s.interviewId), 'UNAUTHENTICATED');
    const nested = await t.gql(
      `query($id: ID!) { election(id: $id) { candidacies { edges { node { interviews { ${PUBLIC_INTERVIEW_FIELDS} }
        person { candidacies { interviews { publicSummary conclusion { overall } } } } } } } } }`,
      { id: s.election.id },
    );
    expect(nested.errors).toBeUndefined();
    expect(JSON.stringify(nested)).toContain('ninety minutes');
    expect(JSON.stringify(nested)).not.toContain(PRIVATE_NOTE);
    expect(JSON.stringify(nested)).not.toContain(REASONING);
    for (const field of ['privateNotes', 'assessments { memberId }', 'membersPresent']) {
      const probe = await t.gql(`query($id: ID!) { candidacy(id: $id) { interviews { ${field} } } }`, {
        id: s.candidacy.id,
      });
      expect(probe.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(JSON.stringify(probe)).not.toContain(PRIVATE_NOTE);
    }
    expectError(await t.gql(`{ auditLog(filter: { entityType: "Interview" }) { totalCount } }`), 'UNAUTHENTICATED');
  });

  it('reads interviews in batches: the same statements for 2 and for 8 interviewed candidacies', async () => {
    const STATES = ['GH', 'NG', 'ZA', 'TZ', 'UG', 'ZM', 'BW', 'NA'];
    async function build(count: number) {
      const e = await openElection(t, officer, { title: `Batching ${count}` });
      const panel = await ok(
        await t.gql<{ createPanel: { id: string } }>(
          `mutation($input: CreatePanelInput!) { createPanel(input: $input) { id } }`,
          {
            input: {
              name: `Panel ${count}`,
              kind: 'ADVISORY_COMMITTEE',
              electionIds: [e.id],
              rubricKey: 'judges-default',
            },
          },
          { as: officer },
        ),
      );
      const chair = await member(panel.createPanel.id, 'BR', 'CHAIR');
      for (const state of STATES.slice(0, count)) {
        const c = await nominate(t, officer, e.id, state);
        const s = await ok(
          await t.gql<{ scheduleInterview: { id: string } }>(
            `mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id } }`,
            {
              input: {
                panelId: panel.createPanel.id,
                candidacyId: c.id,
                scheduledAt: '2026-01-10T10:00:00Z',
                mode: 'VIDEO',
              },
            },
            { as: officer },
          ),
        );
        const held = await ok(await recordInterview(chair.token, s.scheduleInterview.id, 1, [chair.id]));
        const done = await ok(await conclude(chair.token, s.scheduleInterview.id, held.recordInterview.version));
        await ok(
          await t.gql(
            `mutation($input: PublishInterviewInput!) { publishInterview(input: $input) { id } }`,
            { input: { id: s.scheduleInterview.id, version: done.recordConclusion.version } },
            { as: officer },
          ),
        );
      }
      return { electionId: e.id, chair };
    }
    // What an observer's dossier shows of each candidacy (as bench/queries.ts reads it).
    const CANDIDACY = `id person { fullName nationality } nominatingState { code name }
      response { outcome answers { key } } interviews { ${PUBLIC_INTERVIEW_FIELDS} }`;
    async function statements(electionId: string, as?: string) {
      const before = t.statementCount();
      const res = await t.gql<{
        election: { candidacies: { edges: { node: { id: string; interviews: unknown[] } }[] } };
      }>(
        `query($id: ID!) { election(id: $id) { candidacies(first: 100) { totalCount edges { node { ${CANDIDACY} } } } } }`,
        { id: electionId },
        { as },
      );
      expect(res.errors).toBeUndefined();
      const interviews = res.data!.election.candidacies.edges.reduce((n, e) => n + e.node.interviews.length, 0);
      return { statements: t.statementCount() - before, interviews, ids: res.data!.election.candidacies.edges };
    }
    const small = await build(2);
    const large = await build(8);
    // Compiled, an observer's dossier is one statement whatever its size (and one for the answers of
    // every response it shows, none here: public-reads.e2e-spec.ts);
    // the cache is emptied after, so that the reads below run.
    const cache = t.app.get(ResponseCache);
    cache.setEnabled(false);
    try {
      for (const electionId of [small.electionId, large.electionId]) {
        expect((await statements(electionId)).statements).toBe(1);
      }
    } finally {
      cache.setEnabled(true);
    }
    // Below, the resolvers' batching, which signed-in readers and what is not compiled go through.
    await throughResolvers(t, resolversBatch);
    async function resolversBatch() {
      for (const as of [undefined, small.chair.token]) {
        const few = await statements(small.electionId, as);
        const many = await statements(large.electionId, as === undefined ? undefined : large.chair.token);
        expect([few.interviews, many.interviews]).toEqual([2, 8]);
        expect(many.statements).toBe(few.statements);
        // An observer's dossier (the first read: not from the response cache): the election; the
        // candidacies with their persons, States and count; their interviews with their panels (and
        // whether they have dissents); their responses with the questionnaires.
        if (as === undefined) expect(many.statements).toBe(4);
      }
      // One candidacy: itself with its person, State and election; its interviews; its responses with
      // the questionnaires.
      const { ids } = await statements(large.electionId);
      const before = t.statementCount();
      const one = await t.gql<{ candidacy: { interviews: unknown[]; election: { id: string } } }>(
        `query($id: ID!) { candidacy(id: $id) { ${CANDIDACY} election { id title } } }`,
        { id: ids[0].node.id },
      );
      expect(one.errors).toBeUndefined();
      expect(one.data!.candidacy.interviews).toHaveLength(1);
      expect(one.data!.candidacy.election.id).toBe(large.electionId);
      expect(t.statementCount() - before).toBe(3);
    }
  });

  it('refuses to schedule a candidacy outside the elections a panel covers', async () => {
    const s = await setup();
    const other = await openElection(t, officer, { title: 'Another election of judges' });
    const outside = await nominate(t, officer, other.id, 'GH');
    const res = await t.gql(
      `mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id } }`,
      {
        input: { panelId: s.panelId, candidacyId: outside.id, scheduledAt: '2026-02-01T10:00:00Z', mode: 'IN_PERSON' },
      },
      { as: officer },
    );
    expect(expectError(res, 'RULE_VIOLATION').rule).toBe('CANDIDACY_NOT_COVERED_BY_PANEL');
    expectError(
      await t.gql(
        `mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id } }`,
        { input: { panelId: s.panelId, candidacyId: s.candidacy.id, scheduledAt: 'not a time', mode: 'VIDEO' } },
        { as: officer },
      ),
      'BAD_USER_INPUT',
    );
  });
});
