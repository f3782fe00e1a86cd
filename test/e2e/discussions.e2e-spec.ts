import { StaffRole } from '../../src/common/domain.enums.js';
import { nominate, openElection } from '../support/factories.js';
import { issuedQuestionnaire, linkIn, tokenIn } from '../support/questionnaire-factories.js';
import { createTestApp, expectError, type GqlResponse, type TestApp } from '../support/test-app.js';

const DISCUSSION_FIELDS = `id electionId title startsAt timeZone localStartsAt place onlineUrl languages moderators status
  cancellationReason summary recordingUrl transcriptUrl questions publishedAt version
  invitations { candidacyId answer answeredAt candidacy { id person { fullName } } }`;

interface Discussion {
  id: string;
  version: number;
  status: string;
  publishedAt: string | null;
  localStartsAt: string;
  summary: string | null;
  questions: string[];
  invitations: { candidacyId: string; answer: string; answeredAt: string | null }[];
}

interface Mail {
  kind: string;
  to_address: string;
  subject: string;
  text_body: string;
}

const DAY = 86_400_000;

const answers = (d: Pick<Discussion, 'invitations'>) =>
  Object.fromEntries(d.invitations.map((i) => [i.candidacyId, i.answer]));

describe('public panel discussions', () => {
  let t: TestApp;
  let officer: string;

  beforeAll(async () => {
    t = await createTestApp();
    officer = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
  });
  afterEach(() => t.clock.set(null));
  afterAll(async () => {
    await t.close();
  });

  function ok<T>(res: GqlResponse<T>): T {
    if (!res.data || res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data;
  }

  const inDays = (days: number, hourUtc = 16) => {
    const d = new Date(t.clock.now().getTime() + days * DAY);
    d.setUTCHours(hourUtc, 0, 0, 0);
    return d.toISOString();
  };

  /**
   * An election with nominees who each hold a real invitation session: the questionnaire is sent,
   * the code read from the outbox and exchanged, as the nominee's page does.
   */
  async function nominees(states: string[]) {
    const { electionId, questionnaireId, candidacyIds } = await issuedQuestionnaire(t, officer, { nominees: states });
    ok(
      await t.gql(
        `mutation($id: ID!) { sendQuestionnaire(questionnaireId: $id) { invited } }`,
        { id: questionnaireId },
        { as: officer },
      ),
    );
    const tokens: string[] = [];
    for (const candidacyId of candidacyIds) {
      const [mail] = await t.dataSource.query<{ text_body: string }[]>(
        `SELECT m.text_body FROM mail_message m JOIN invitation i ON i.id = m.invitation_id
          WHERE i.questionnaire_id = $1 AND i.candidacy_id = $2`,
        [questionnaireId, candidacyId],
      );
      const opened = ok(
        await t.gql<{ openInvitation: { token: string } }>(
          `mutation($token: String!) { openInvitation(token: $token) { token } }`,
          { token: tokenIn(mail.text_body) },
        ),
      );
      tokens.push(opened.openInvitation.token);
    }
    return { electionId, candidacyIds, tokens };
  }

  const create = (input: Record<string, unknown>, as = officer) =>
    t.gql<{ createDiscussion: Discussion }>(
      `mutation($input: CreateDiscussionInput!) { createDiscussion(input: $input) { ${DISCUSSION_FIELDS} } }`,
      { input },
      { as },
    );

  const baseInput = (electionId: string, candidacyIds: string[], extra: Record<string, unknown> = {}) => ({
    electionId,
    title: 'Judges in conversation',
    startsAt: inDays(5),
    timeZone: 'Europe/Amsterdam',
    place: 'Peace Palace, The Hague',
    onlineUrl: 'https://live.example.org/judges',
    languages: ['EN', 'FR'],
    moderators: ['Jane Moderator'],
    candidacyIds,
    ...extra,
  });

  const update = (input: Record<string, unknown>) =>
    t.gql<{ updateDiscussion: Discussion }>(
      `mutation($input: UpdateDiscussionInput!) { updateDiscussion(input: $input) { ${DISCUSSION_FIELDS} } }`,
      { input },
      { as: officer },
    );

  const answer = (token: string, discussionId: string, accept: boolean) =>
    t.gql<{ answerDiscussionInvitation: { answer: string; mayAnswer: boolean } }>(
      `mutation($input: AnswerDiscussionInvitationInput!) { answerDiscussionInvitation(input: $input) { discussionId answer answeredAt mayAnswer } }`,
      { input: { discussionId, accept } },
      { as: token },
    );

  const publish = async (d: { id: string; version: number }) =>
    ok(
      await t.gql<{ publishDiscussion: Discussion }>(
        `mutation($input: PublishDiscussionInput!) { publishDiscussion(input: $input) { ${DISCUSSION_FIELDS} } }`,
        { input: { id: d.id, version: d.version } },
        { as: officer },
      ),
    ).publishDiscussion;

  const observerView = (candidacyId: string, discussionId: string, electionId: string, as?: string) =>
    t.gql<{
      discussion: Discussion | null;
      candidacy: { discussions: { answer: string; discussion: { id: string; summary: string | null } }[] } | null;
      election: { discussions: { id: string }[] } | null;
    }>(
      `query($c: ID!, $d: ID!, $e: ID!) {
        discussion(id: $d) { ${DISCUSSION_FIELDS} }
        candidacy(id: $c) { discussions { answer answeredAt discussion { id title summary } } }
        election(id: $e) { discussions { id } }
      }`,
      { c: candidacyId, d: discussionId, e: electionId },
      { as },
    );

  const mailsTo = (address: string, kind: string) =>
    t.dataSource.query<Mail[]>(
      `SELECT kind, to_address, subject, text_body FROM mail_message WHERE to_address = $1 AND kind = $2 ORDER BY created_at`,
      [address, kind],
    );

  it('invites nominees by mail (EN/FR, local time) in the transaction that creates it, audited; observers see nothing until published', async () => {
    const { electionId, candidacyIds } = await nominees(['GH', 'SN']);
    const created = ok(await create(baseInput(electionId, candidacyIds))).createDiscussion;
    expect(created).toMatchObject({ status: 'SCHEDULED', publishedAt: null, version: 1, languages: ['EN', 'FR'] });
    expect(created.localStartsAt).toMatch(/^\d{4}-\d\d-\d\dT1[78]:00$/);
    expect(answers(created)).toEqual({ [candidacyIds[0]]: 'NO_REPLY', [candidacyIds[1]]: 'NO_REPLY' });

    const [mail] = await mailsTo('nominee-gh@example.org', 'DISCUSSION_INVITATION');
    expect(mail.subject).toContain('Invitation');
    expect(mail.text_body).toContain('Judges in conversation');
    expect(mail.text_body).toContain('Europe/Amsterdam');
    expect(mail.text_body).toContain('Madame, Monsieur,');
    expect(mail.text_body).toContain(`${t.config.publicUrl}/invitation`);
    expect(await mailsTo('nominee-sn@example.org', 'DISCUSSION_INVITATION')).toHaveLength(1);

    const audit = await t.dataSource.query<{ operation: string; entity_type: string; occurred_at: Date }[]>(
      `SELECT operation, entity_type, occurred_at FROM audit_entry WHERE entity_id = $1 OR entity_id IN
         (SELECT id::text FROM discussion_invitation WHERE discussion_id = $1::uuid) ORDER BY seq`,
      [created.id],
    );
    expect(audit.map((a) => `${a.operation}/${a.entity_type}`)).toEqual([
      'createDiscussion/Discussion',
      'createDiscussion/DiscussionInvitation',
      'createDiscussion/DiscussionInvitation',
    ]);

    // Observers, and a nominee browsing as one, see nothing of an unpublished discussion.
    for (const as of [undefined, (await nominees(['KE'])).tokens[0]]) {
      const hidden = ok(await observerView(candidacyIds[0], created.id, electionId, as));
      expect(hidden.discussion).toBeNull();
      expect(hidden.candidacy?.discussions).toEqual([]);
      expect(hidden.election?.discussions).toEqual([]);
    }
    // Staff see it.
    const staff = ok(await observerView(candidacyIds[0], created.id, electionId, officer));
    expect(staff.discussion?.id).toBe(created.id);
    expect(staff.candidacy?.discussions).toHaveLength(1);
    expect(staff.election?.discussions.map((d) => d.id)).toEqual([created.id]);
  });

  it('the nominee accepts or declines from their session (until it starts); once published a decline is shown as such', async () => {
    const { electionId, candidacyIds, tokens } = await nominees(['GH', 'SN']);
    const created = ok(await create(baseInput(electionId, candidacyIds))).createDiscussion;

    const mine = ok(
      await t.gql<{
        myDiscussions: { discussionId: string; answer: string; mayAnswer: boolean; electionTitle: string }[];
      }>(
        `{ myDiscussions { discussionId title electionTitle localStartsAt answer answeredAt mayAnswer status } }`,
        {},
        { as: tokens[0] },
      ),
    );
    expect(mine.myDiscussions).toEqual([
      expect.objectContaining({ discussionId: created.id, answer: 'NO_REPLY', mayAnswer: true }),
    ]);

    expect(ok(await answer(tokens[0], created.id, true)).answerDiscussionInvitation.answer).toBe('ACCEPTED');
    expect(ok(await answer(tokens[1], created.id, true)).answerDiscussionInvitation.answer).toBe('ACCEPTED');
    // A change of mind before it starts.
    expect(ok(await answer(tokens[1], created.id, false)).answerDiscussionInvitation.answer).toBe('DECLINED');

    const audit = await t.dataSource.query<{ actor_kind: string; actor_id: string }[]>(
      `SELECT actor_kind, actor_id FROM audit_entry WHERE operation = 'answerDiscussionInvitation'
         AND entity_id IN (SELECT id::text FROM discussion_invitation WHERE discussion_id = $1) ORDER BY seq`,
      [created.id],
    );
    expect(audit).toEqual([
      { actor_kind: 'nominee', actor_id: candidacyIds[0] },
      { actor_kind: 'nominee', actor_id: candidacyIds[1] },
      { actor_kind: 'nominee', actor_id: candidacyIds[1] },
    ]);

    // A nominee not invited learns nothing: NOT_FOUND, like an unknown discussion.
    const stranger = (await nominees(['KE'])).tokens[0];
    expectError(await answer(stranger, created.id, true), 'NOT_FOUND');
    expect(
      ok(await t.gql<{ myDiscussions: unknown[] }>(`{ myDiscussions { discussionId } }`, {}, { as: stranger }))
        .myDiscussions,
    ).toEqual([]);

    const published = await publish(
      ok(
        await t.gql<{ discussion: Discussion }>(
          `query($id: ID!) { discussion(id: $id) { id version } }`,
          { id: created.id },
          { as: officer },
        ),
      ).discussion,
    );
    expect(published.publishedAt).not.toBeNull();
    expect(answers(published)).toEqual({ [candidacyIds[0]]: 'ACCEPTED', [candidacyIds[1]]: 'DECLINED' });

    const seen = ok(await observerView(candidacyIds[1], created.id, electionId));
    expect(answers(seen.discussion!)).toEqual({ [candidacyIds[0]]: 'ACCEPTED', [candidacyIds[1]]: 'DECLINED' });
    expect(seen.candidacy?.discussions).toEqual([
      expect.objectContaining({ answer: 'DECLINED', discussion: expect.objectContaining({ id: created.id }) }),
    ]);
    expect(seen.election?.discussions.map((d) => d.id)).toEqual([created.id]);

    // Once it has started, answers are closed.
    t.clock.set(inDays(6));
    expectError(await answer(tokens[0], created.id, false), 'RULE_VIOLATION');
    expect((await answer(tokens[0], created.id, false)).errors?.[0].extensions.rule).toBe('DISCUSSION_STARTED');
    const after = ok(
      await t.gql<{ myDiscussions: { mayAnswer: boolean; answer: string }[] }>(
        `{ myDiscussions { answer mayAnswer } }`,
        {},
        { as: tokens[0] },
      ),
    );
    expect(after.myDiscussions).toEqual([{ answer: 'ACCEPTED', mayAnswer: false }]);
  });

  it('a withdrawn candidacy is neither invited nor able to answer (CANDIDACY_WITHDRAWN)', async () => {
    const { electionId, candidacyIds, tokens } = await nominees(['GH', 'SN']);
    const created = ok(await create(baseInput(electionId, [candidacyIds[0]]))).createDiscussion;
    ok(
      await t.gql(
        `mutation($input: WithdrawCandidacyInput!) { withdrawCandidacy(input: $input) { id } }`,
        { input: { id: candidacyIds[0], reason: 'Elected to another court' } },
        { as: officer },
      ),
    );
    const refused = await answer(tokens[0], created.id, true);
    // The session may end with the withdrawal; if it outlives it, the rule refuses the write.
    if (refused.errors?.[0].extensions.code === 'RULE_VIOLATION') {
      expect(refused.errors[0].extensions.rule).toBe('CANDIDACY_WITHDRAWN');
    } else {
      expectError(refused, 'UNAUTHENTICATED');
    }
    const invite = await create(baseInput(electionId, [candidacyIds[0]]));
    expect(expectError(invite, 'RULE_VIOLATION').rule).toBe('CANDIDACY_WITHDRAWN');
    const more = await update({ id: created.id, version: created.version, inviteCandidacyIds: [candidacyIds[0]] });
    expect(expectError(more, 'RULE_VIOLATION').rule).toBe('CANDIDACY_WITHDRAWN');
    // Nothing was written by the refused calls.
    const [{ n }] = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM discussion WHERE election_id = $1`,
      [electionId],
    );
    expect(n).toBe(1);
    void tokens;
  });

  it('refuses bad input with BAD_USER_INPUT, unknown records with NOT_FOUND, other elections with RULE_VIOLATION', async () => {
    const e = await openElection(t, officer);
    const c = await nominate(t, officer, e.id, 'GH', { contactEmail: null });
    const other = await openElection(t, officer);
    const stranger = await nominate(t, officer, other.id, 'SN');
    for (const bad of [
      { onlineUrl: 'http://live.example.org/judges' },
      { onlineUrl: 'javascript:alert(1)' },
      { timeZone: '+01:00' },
      { timeZone: 'Mars/Olympus_Mons' },
      { place: null, onlineUrl: null },
      { place: '   ' },
      { startsAt: inDays(-1) },
      { languages: [] },
      { title: ' ' },
      { candidacyIds: ['not-a-uuid'] },
    ]) {
      expectError(await create(baseInput(e.id, [c.id], bad)), 'BAD_USER_INPUT');
    }
    expectError(await create(baseInput('00000000-0000-4000-8000-000000000000', [])), 'NOT_FOUND');
    expectError(await create(baseInput(e.id, ['00000000-0000-4000-8000-000000000000'])), 'NOT_FOUND');
    expect(expectError(await create(baseInput(e.id, [stranger.id])), 'RULE_VIOLATION').rule).toBe(
      'CANDIDACY_OF_ANOTHER_ELECTION',
    );
    // Online only, and a nominee without an address: invited, not mailed.
    const online = ok(await create(baseInput(e.id, [c.id], { place: null, languages: ['FR'] }))).createDiscussion;
    expect(online.invitations).toHaveLength(1);
    const [{ mailed_at }] = await t.dataSource.query<{ mailed_at: Date | null }[]>(
      `SELECT mailed_at FROM discussion_invitation WHERE discussion_id = $1`,
      [online.id],
    );
    expect(mailed_at).toBeNull();
    expectError(await update({ id: online.id, version: online.version, onlineUrl: null }), 'BAD_USER_INPUT');
    expectError(await update({ id: online.id, version: online.version, recordingUrl: 'x' }), 'BAD_USER_INPUT');
    // Null removes a place or a link, nothing else: the other fields are left out to be kept.
    for (const field of ['title', 'startsAt', 'timeZone', 'languages', 'moderators']) {
      const res = await update({ id: online.id, version: online.version, [field]: null });
      const fields = expectError(res, 'BAD_USER_INPUT').fields as { field: string; problems: string[] }[];
      expect(fields).toContainEqual({
        field,
        problems: expect.arrayContaining([`${field} cannot be removed: leave it out to keep it`]),
      });
    }
  });

  it('edits are versioned and audited; a new time is mailed to those who have not declined; more nominees can be invited once', async () => {
    const { electionId, candidacyIds, tokens } = await nominees(['GH', 'SN', 'KE']);
    const created = ok(await create(baseInput(electionId, candidacyIds.slice(0, 2)))).createDiscussion;
    ok(await answer(tokens[1], created.id, false));

    const moved = ok(
      await update({
        id: created.id,
        version: created.version,
        startsAt: inDays(7, 9),
        title: 'Judges in conversation (new date)',
      }),
    ).updateDiscussion;
    expect(moved.version).toBe(2);
    expectError(await update({ id: created.id, version: created.version, title: 'Stale' }), 'CONFLICT');
    expect(await mailsTo('nominee-gh@example.org', 'DISCUSSION_CHANGED')).toHaveLength(1);
    // The nominee who declined is not pestered.
    expect(await mailsTo('nominee-sn@example.org', 'DISCUSSION_CHANGED')).toHaveLength(0);
    // A change of title alone is not a new time or place: no mail.
    const retitled = ok(
      await update({ id: created.id, version: moved.version, title: 'Judges, in conversation' }),
    ).updateDiscussion;
    expect(await mailsTo('nominee-gh@example.org', 'DISCUSSION_CHANGED')).toHaveLength(1);

    const more = ok(
      await update({ id: created.id, version: retitled.version, inviteCandidacyIds: [candidacyIds[2]] }),
    ).updateDiscussion;
    // Invited first first: the later invitation comes last.
    expect(more.invitations.map((i) => i.candidacyId).sort()).toEqual([...candidacyIds].sort());
    expect(more.invitations[2].candidacyId).toBe(candidacyIds[2]);
    expect(await mailsTo('nominee-ke@example.org', 'DISCUSSION_INVITATION')).toHaveLength(1);
    const again = await update({ id: created.id, version: more.version, inviteCandidacyIds: [candidacyIds[2]] });
    expect(expectError(again, 'CONFLICT').reason).toBe('ALREADY_INVITED');

    const ops = await t.dataSource.query<{ operation: string; before: unknown; after: { title?: string } }[]>(
      `SELECT operation, before, after FROM audit_entry WHERE entity_id = $1 AND operation = 'updateDiscussion' ORDER BY seq`,
      [created.id],
    );
    expect(ops.map((o) => o.after.title)).toEqual([
      'Judges in conversation (new date)',
      'Judges, in conversation',
      'Judges, in conversation',
    ]);
    expect(ops.every((o) => o.before !== null)).toBe(true);
  });

  it('cancelling tells the nominees and closes the discussion', async () => {
    const { electionId, candidacyIds, tokens } = await nominees(['GH']);
    const created = ok(await create(baseInput(electionId, candidacyIds))).createDiscussion;
    const cancelled = ok(
      await t.gql<{ cancelDiscussion: Discussion & { cancellationReason: string } }>(
        `mutation($input: CancelDiscussionInput!) { cancelDiscussion(input: $input) { status cancellationReason version } }`,
        { input: { id: created.id, version: created.version, reason: 'The venue is closed' } },
        { as: officer },
      ),
    ).cancelDiscussion;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancellationReason: 'The venue is closed' });
    expect(await mailsTo('nominee-gh@example.org', 'DISCUSSION_CANCELLED')).toHaveLength(1);
    expect(expectError(await answer(tokens[0], created.id, true), 'RULE_VIOLATION').rule).toBe(
      'DISCUSSION_NOT_SCHEDULED',
    );
    expect(
      expectError(await update({ id: created.id, version: cancelled.version, title: 'Again' }), 'RULE_VIOLATION').rule,
    ).toBe('DISCUSSION_CANCELLED');
  });

  it('after the event: summary, https recording and transcript, the questions put; published for observers', async () => {
    const { electionId, candidacyIds, tokens } = await nominees(['GH']);
    const created = ok(await create(baseInput(electionId, candidacyIds, { startsAt: inDays(2) }))).createDiscussion;
    ok(await answer(tokens[0], created.id, true));
    const record = (version: number, extra: Record<string, unknown> = {}) =>
      t.gql<{ recordDiscussion: Discussion }>(
        `mutation($input: RecordDiscussionInput!) { recordDiscussion(input: $input) { ${DISCUSSION_FIELDS} } }`,
        {
          input: {
            id: created.id,
            version,
            summary: 'The nominee set out her experience of trial work.',
            recordingUrl: 'https://video.example.org/judges',
            transcriptUrl: 'https://docs.example.org/judges.pdf',
            questions: ['How would you manage a trial?', 'Your view on reparations?'],
            ...extra,
          },
        },
        { as: officer },
      );
    expect(expectError(await record(created.version), 'RULE_VIOLATION').rule).toBe('DISCUSSION_NOT_STARTED');
    t.clock.set(inDays(3));
    expectError(await record(created.version, { recordingUrl: 'http://video.example.org/judges' }), 'BAD_USER_INPUT');
    const held = ok(await record(created.version)).recordDiscussion;
    expect(held).toMatchObject({
      status: 'HELD',
      questions: ['How would you manage a trial?', 'Your view on reparations?'],
    });

    expect(ok(await observerView(candidacyIds[0], created.id, electionId)).discussion).toBeNull();
    await publish(held);
    const seen = ok(await observerView(candidacyIds[0], created.id, electionId));
    expect(seen.discussion).toMatchObject({
      status: 'HELD',
      summary: 'The nominee set out her experience of trial work.',
      recordingUrl: 'https://video.example.org/judges',
      transcriptUrl: 'https://docs.example.org/judges.pdf',
    });
    expect(seen.candidacy?.discussions).toEqual([
      expect.objectContaining({ answer: 'ACCEPTED', discussion: expect.objectContaining({ summary: held.summary }) }),
    ]);
    const again = await t.gql(
      `mutation($input: PublishDiscussionInput!) { publishDiscussion(input: $input) { id } }`,
      { input: { id: created.id, version: held.version + 1 } },
      { as: officer },
    );
    expectError(again, 'CONFLICT');
  });

  it('Candidacy.discussions is batched: the same statements for 2 and for 8 candidacies', async () => {
    const statementsFor = async (states: string[]) => {
      const e = await openElection(t, officer);
      const ids: string[] = [];
      for (const s of states) ids.push((await nominate(t, officer, e.id, s)).id);
      const d = ok(await create(baseInput(e.id, ids))).createDiscussion;
      await publish(d);
      const before = t.statementCount();
      const res = ok(
        await t.gql<{ election: { candidacies: { edges: { node: { discussions: { answer: string }[] } }[] } } }>(
          `query($id: ID!) { election(id: $id) { candidacies(first: 50) { edges { node { id discussions { answer discussion { id invitations { answer candidacy { id } } } } } } } } }`,
          { id: e.id },
        ),
      );
      expect(res.election.candidacies.edges.every((edge) => edge.node.discussions.length === 1)).toBe(true);
      return t.statementCount() - before;
    };
    const small = await statementsFor(['GH', 'SN']);
    const large = await statementsFor(['GH', 'SN', 'KE', 'NG', 'BJ', 'ML', 'NE', 'TZ']);
    expect(large).toBe(small);
  });

  it('a nominee with no questionnaire answers with the code of the discussion invitation itself (same session, same limits)', async () => {
    const e = await openElection(t, officer);
    const [gh, sn] = [await nominate(t, officer, e.id, 'GH'), await nominate(t, officer, e.id, 'SN')];
    const created = ok(await create(baseInput(e.id, [gh.id, sn.id]))).createDiscussion;
    const [ghPerson] = await t.dataSource.query<{ contact_email: string }[]>(
      `SELECT p.contact_email FROM person p JOIN candidacy c ON c.person_id = p.id WHERE c.id = $1`,
      [gh.id],
    );
    const [mail] = await mailsTo(ghPerson.contact_email, 'DISCUSSION_INVITATION');
    const code = tokenIn(mail.text_body);
    expect(code).toMatch(/^d\./);
    expect(linkIn(mail.text_body)).toBe(`${t.config.publicUrl}/invitation#${code}`);
    // Only its hash is kept, and not even that in the audit log.
    const stored = await t.dataSource.query<{ token_hash: string | null }[]>(
      `SELECT token_hash FROM discussion_invitation WHERE discussion_id = $1`,
      [created.id],
    );
    expect(stored.every((r) => r.token_hash?.length === 64 && !r.token_hash.includes(code))).toBe(true);
    const [{ n: leaked }] = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_entry WHERE entity_type = 'DiscussionInvitation'
         AND entity_id IN (SELECT id::text FROM discussion_invitation WHERE discussion_id = $1)
         AND (coalesce(after::text, '') LIKE '%token%' OR coalesce(before::text, '') LIKE '%token%')`,
      [created.id],
    );
    expect(leaked).toBe(0);

    // The questionnaire's exchange does not take it; the discussion's does, for the same nominee session.
    expectError(
      await t.gql(`mutation($token: String!) { openInvitation(token: $token) { token } }`, { token: code }),
      'UNAUTHENTICATED',
    );
    const open = (token: string) =>
      t.gql<{ openDiscussionInvitation: { token: string; expiresAt: string } }>(
        `mutation($token: String!) { openDiscussionInvitation(token: $token) { token expiresAt } }`,
        { token },
      );
    expectError(await open(`d.${'x'.repeat(43)}`), 'UNAUTHENTICATED');
    const session = ok(await open(code)).openDiscussionInvitation.token;

    const mine = ok(
      await t.gql<{ myDiscussions: { discussionId: string; mayAnswer: boolean }[] }>(
        `{ myDiscussions { discussionId mayAnswer } }`,
        {},
        { as: session },
      ),
    );
    expect(mine.myDiscussions).toEqual([{ discussionId: created.id, mayAnswer: true }]);
    expect(ok(await answer(session, created.id, false)).answerDiscussionInvitation.answer).toBe('DECLINED');
    // No questionnaire behind this session: NOT_FOUND (the session stays good), not UNAUTHENTICATED.
    expectError(await t.gql(`{ myInvitation { status } }`, {}, { as: session }), 'NOT_FOUND');
    expectError(await t.gql(`mutation { submitResponse(version: 1) { status } }`, {}, { as: session }), 'NOT_FOUND');
    // Scoped to the one candidacy: the other nominee's invitation is not this session's.
    const other = ok(await create(baseInput(e.id, [sn.id], { title: 'Another' }))).createDiscussion;
    expectError(await answer(session, other.id, true), 'NOT_FOUND');
    // Staff see the answer given with the code.
    const staff = ok(await observerView(gh.id, created.id, e.id, officer));
    expect(answers(staff.discussion!)).toEqual({ [gh.id]: 'DECLINED', [sn.id]: 'NO_REPLY' });

    // A cancelled discussion's code opens nothing, and the sessions it opened end.
    const later = ok(await create(baseInput(e.id, [gh.id], { title: 'Cancelled later' }))).createDiscussion;
    const laterMail = (await mailsTo(ghPerson.contact_email, 'DISCUSSION_INVITATION')).find((m) =>
      m.text_body.includes('Cancelled later'),
    );
    const laterCode = tokenIn(laterMail!.text_body);
    const laterSession = ok(await open(laterCode)).openDiscussionInvitation.token;
    ok(
      await t.gql(
        `mutation($input: CancelDiscussionInput!) { cancelDiscussion(input: $input) { status } }`,
        { input: { id: later.id, version: later.version, reason: 'The moderator is ill' } },
        { as: officer },
      ),
    );
    expectError(await open(laterCode), 'UNAUTHENTICATED');
    expectError(await t.gql(`{ myDiscussions { discussionId } }`, {}, { as: laterSession }), 'UNAUTHENTICATED');
    // The first code still works: only the cancelled discussion's code is void.
    expect(ok(await open(code)).openDiscussionInvitation.token).toBeTruthy();

    // Once it starts, the code opens nothing and its sessions end.
    t.clock.set(inDays(6));
    expectError(await open(code), 'UNAUTHENTICATED');
    expectError(await t.gql(`{ myDiscussions { discussionId } }`, {}, { as: session }), 'UNAUTHENTICATED');
  });
});
