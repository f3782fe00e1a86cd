import { simpleParser } from 'mailparser';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import request from 'supertest';
import { StaffRole } from '../../src/common/domain.enums.js';
import { createApp } from '../../src/bootstrap.js';
import { freePort } from '../../src/database/embedded-postgres.js';
import { backoffMs, MAX_ATTEMPTS, MailService } from '../../src/modules/mail/mail.service.js';
import { QuestionnairesService } from '../../src/modules/questionnaires/questionnaires.service.js';
import { nominate } from '../support/factories.js';
import { issuedQuestionnaire, linkIn, tokenIn } from '../support/questionnaire-factories.js';
import { createTestApp, expectError, type TestApp } from '../support/test-app.js';

interface Delivered {
  to: string;
  subject: string;
  text: string;
  messageId: string;
}

async function startSmtp(): Promise<{ port: number; inbox: Delivered[]; close: () => Promise<void> }> {
  const inbox: Delivered[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    // A mailbox that does not exist, to prove retries, backoff and failure.
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith('bounce')) callback(new Error('550 No such mailbox'));
      else callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const to = Array.isArray(mail.to) ? mail.to[0]?.text : mail.to?.text;
          inbox.push({
            to: to ?? '',
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            messageId: mail.messageId ?? '',
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { port, inbox, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const MY = `query($language: Language) { myInvitation(language: $language) { electionTitle language status version deadline submittedAt
  questions { key kind required prompt options { key label } } answers { key text yes choices } } }`;
const SAVE = `mutation($input: SaveAnswersInput!) { saveAnswers(input: $input) { status version answers { key text yes choices } } }`;
const SUBMIT = `mutation($version: Int!) { submitResponse(version: $version) { status version submittedAt } }`;
const TRACK = `query($id: ID!) { questionnaire(id: $id) { publishedAt counts { status count }
  rows { candidacyId status responseStatus mailState openedAt lastRemindedAt submittedAt declineReason extendedDeadline } } }`;
const RESPONSE = `query($id: ID!) { candidacy(id: $id) { response { outcome submittedLate declineReason answers { key text yes choices } } } }`;
const OPEN = `mutation($token: String!) { openInvitation(token: $token) { token expiresAt } }`;

type Row = {
  candidacyId: string;
  status: string;
  responseStatus: string;
  mailState: string | null;
  lastRemindedAt: string | null;
  declineReason: string | null;
  extendedDeadline: string | null;
};
type Tracking = {
  questionnaire: { publishedAt: string | null; counts: { status: string; count: number }[]; rows: Row[] };
};

describe('questionnaires, the whole loop over real SMTP', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let t: TestApp;
  let officer: string;

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, MAIL_FROM: 'Vetting <vetting@example.org>' });
    officer = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });
  // A test that fails while the clock is frozen must not leave it frozen for the next.
  afterEach(() => t.clock.set(null));

  // Delivers every due message in the outbox, other tests' leftovers too: count a test's own mail with sentFor.
  const deliver = () => t.app.get(MailService).deliverDue();
  const sentFor = async (questionnaireId: string) =>
    Number(
      (
        await t.dataSource.query<[{ n: string }]>(
          `SELECT count(*) AS n FROM mail_message m JOIN invitation i ON i.id = m.invitation_id
            WHERE i.questionnaire_id = $1 AND m.status = 'SENT'`,
          [questionnaireId],
        )
      )[0].n,
    );
  const track = async (id: string) => (await t.gql<Tracking>(TRACK, { id }, { as: officer })).data!.questionnaire;
  const row = (tracking: Tracking['questionnaire'], candidacyId: string) =>
    tracking.rows.find((r) => r.candidacyId === candidacyId)!;
  const mailTo = (address: string) => smtp.inbox.filter((m) => m.to.includes(address));
  const open = async (token: string) => {
    const res = await t.gql<{ openInvitation: { token: string } }>(OPEN, { token });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.openInvitation.token;
  };

  it('issues, sends, answers, tracks, reminds, extends, publishes', async () => {
    const deadline = new Date(Date.now() + 10 * 86_400_000);
    const publishAt = new Date(deadline.getTime() + 5 * 86_400_000);
    const { questionnaireId, candidacyIds } = await issuedQuestionnaire(t, officer, {
      nominees: ['SN', 'GH', 'KE', 'PE'],
      deadline,
      publishAt,
    });
    const [sn, gh, ke, pe] = candidacyIds as [string, string, string, string];

    // Before sending: four to invite, nobody to remind; after: the reverse.
    const toDo = async () =>
      (
        await t.gql<{ questionnaire: { toInvite: number; toRemind: number } }>(
          `query($id: ID!) { questionnaire(id: $id) { toInvite toRemind } }`,
          { id: questionnaireId },
          { as: officer },
        )
      ).data?.questionnaire;
    expect(await toDo()).toEqual({ toInvite: 4, toRemind: 0 });
    // Send: one invitation and one queued mail per nominee, delivered by the outbox sender.
    const sent = await t.gql<{ sendQuestionnaire: { invited: number } }>(
      `mutation($id: ID!) { sendQuestionnaire(questionnaireId: $id) { invited } }`,
      { id: questionnaireId },
      { as: officer },
    );
    expect(sent.data?.sendQuestionnaire.invited).toBe(4);
    expect(await toDo()).toEqual({ toInvite: 0, toRemind: 4 });
    expect(row(await track(questionnaireId), sn).status).toBe('NOT_SENT');
    await deliver();
    expect(await sentFor(questionnaireId)).toBe(4);
    const again = await t.gql<{ sendQuestionnaire: { invited: number } }>(
      `mutation($id: ID!) { sendQuestionnaire(questionnaireId: $id) { invited } }`,
      { id: questionnaireId },
      { as: officer },
    );
    expect(again.data?.sendQuestionnaire.invited).toBe(0);
    const [invitation] = mailTo('nominee-sn@example.org');
    expect(invitation.subject).toContain('Questionnaire');
    expect(invitation.text).toContain('Votre code personnel');
    // The link carries the code in its fragment (never sent to a server); the code is printed too, for pasting.
    expect(t.config.publicUrl).toBe('http://localhost:3000');
    expect(linkIn(invitation.text)).toBe(`http://localhost:3000/invitation#${tokenIn(invitation.text)}`);
    expect(invitation.text).toContain(
      `Votre page personnelle : http://localhost:3000/invitation#${tokenIn(invitation.text)}`,
    );
    expect(row(await track(questionnaireId), sn)).toMatchObject({ status: 'SENT', mailState: 'SENT' });

    // The nominee exchanges the code for a session, and reads the questions in French.
    const session = await open(tokenIn(invitation.text));
    const mine = await t.gql<{
      myInvitation: { language: string; status: string; version: number; questions: { prompt: string }[] };
    }>(MY, { language: 'FR' }, { as: session });
    expect(mine.data?.myInvitation).toMatchObject({ language: 'FR', status: 'NOT_STARTED', version: 0 });
    expect(mine.data?.myInvitation.questions[0]!.prompt).toContain("l'art. 36(3)");
    expect(row(await track(questionnaireId), sn).status).toBe('OPENED');

    // Drafts carry a version: a stale tab gets CONFLICT; a bad answer names its question.
    const draft = await t.gql<{ saveAnswers: { version: number; status: string } }>(
      SAVE,
      { input: { version: 0, answers: [{ key: 'qualifications', text: 'Twenty years on the bench.' }] } },
      { as: session },
    );
    expect(draft.data?.saveAnswers).toEqual(expect.objectContaining({ version: 1, status: 'DRAFT' }));
    expectError(
      await t.gql(SAVE, { input: { version: 0, answers: [{ key: 'conflict', yes: false }] } }, { as: session }),
      'CONFLICT',
    );
    const bad = expectError(
      await t.gql(SAVE, { input: { version: 1, answers: [{ key: 'languages', choices: ['de'] }] } }, { as: session }),
      'BAD_USER_INPUT',
    );
    expect(bad.fields).toEqual([{ field: 'languages', problems: ['unknown option(s): de'] }]);
    const missing = expectError(await t.gql(SUBMIT, { version: 1 }, { as: session }), 'BAD_USER_INPUT');
    expect(missing.fields).toEqual([{ field: 'conflict', problems: ['required'] }]);
    await t.gql(
      SAVE,
      {
        input: {
          version: 1,
          answers: [
            { key: 'conflict', yes: false },
            { key: 'languages', choices: ['en', 'fr'] },
          ],
        },
      },
      { as: session },
    );
    const submitted = await t.gql<{ submitResponse: { status: string } }>(SUBMIT, { version: 2 }, { as: session });
    expect(submitted.data?.submitResponse.status).toBe('SUBMITTED');
    expect(
      expectError(await t.gql(SAVE, { input: { version: 3, answers: [] } }, { as: session }), 'RULE_VIOLATION').rule,
    ).toBe('RESPONSE_CLOSED');

    // Another nominee declines (final).
    const ghSession = await open(tokenIn(mailTo('nominee-gh@example.org')[0].text));
    const declined = await t.gql<{ declineQuestionnaire: { status: string } }>(
      `mutation { declineQuestionnaire(reason: "I do not answer questionnaires") { status } }`,
      {},
      { as: ghSession },
    );
    expect(declined.data?.declineQuestionnaire.status).toBe('DECLINED');
    // The team reads the reason in its tracking at once (observers, once published); nobody else's row has one.
    const afterDecline = await track(questionnaireId);
    expect(row(afterDecline, gh)).toMatchObject({
      status: 'DECLINED',
      declineReason: 'I do not answer questionnaires',
    });
    expect(afterDecline.rows.filter((r) => r.declineReason !== null).map((r) => r.candidacyId)).toEqual([gh]);

    // Reminders go to those who have neither submitted nor declined.
    const reminded = await t.gql<{ remindNominees: number }>(
      `mutation($id: ID!) { remindNominees(questionnaireId: $id) }`,
      { id: questionnaireId },
      { as: officer },
    );
    expect(reminded.data?.remindNominees).toBe(2);
    await deliver();
    expect(mailTo('nominee-ke@example.org').map((m) => m.subject)).toEqual([
      expect.stringContaining('Questionnaire'),
      expect.stringContaining('Reminder'),
    ]);
    expect(row(await track(questionnaireId), ke).lastRemindedAt).not.toBeNull();

    // After the deadline: DEADLINE_PASSED, unless the team extends this nominee's deadline.
    const keSession = await open(tokenIn(mailTo('nominee-ke@example.org')[0].text));
    t.clock.set(new Date(deadline.getTime() + 3_600_000).toISOString());
    expectError(
      await t.gql(SAVE, { input: { version: 0, answers: [{ key: 'conflict', yes: true }] } }, { as: keSession }),
      'DEADLINE_PASSED',
    );
    expect(row(await track(questionnaireId), ke).status).toBe('LATE');
    const extended = await t.gql<
      Tracking['questionnaire'] extends infer _ ? { extendInvitationDeadline: { rows: Row[] } } : never
    >(
      `mutation($input: ExtendInvitationDeadlineInput!) { extendInvitationDeadline(input: $input) { rows { candidacyId extendedDeadline } } }`,
      {
        input: {
          questionnaireId,
          candidacyId: ke,
          deadline: new Date(deadline.getTime() + 2 * 86_400_000).toISOString(),
          reason: 'Hospitalised',
        },
      },
      { as: officer },
    );
    expect(extended.errors).toBeUndefined();
    await t.gql(
      SAVE,
      {
        input: {
          version: 0,
          answers: [
            { key: 'qualifications', text: 'Late but complete.' },
            { key: 'conflict', yes: true },
          ],
        },
      },
      { as: keSession },
    );
    expect((await t.gql(SUBMIT, { version: 1 }, { as: keSession })).errors).toBeUndefined();

    // Counts by status.
    const counts = Object.fromEntries((await track(questionnaireId)).counts.map((c) => [c.status, c.count]));
    expect(counts).toMatchObject({ SUBMITTED: 2, DECLINED: 1, LATE: 1 });

    // Publication: nothing before publishAt; then answers, declines and silences as they are.
    const before = await t.gql<{ candidacy: { response: unknown } }>(RESPONSE, { id: sn });
    expect(before.data?.candidacy.response).toBeNull();
    t.clock.set(new Date(publishAt.getTime() + 1000).toISOString());
    const snPublished = await t.gql<{ candidacy: { response: { outcome: string; answers: unknown[] } } }>(RESPONSE, {
      id: sn,
    });
    expect(snPublished.data?.candidacy.response).toEqual({
      outcome: 'SUBMITTED',
      submittedLate: false,
      declineReason: null,
      answers: [
        { key: 'qualifications', text: 'Twenty years on the bench.', yes: null, choices: null },
        { key: 'conflict', text: null, yes: false, choices: null },
        { key: 'languages', text: null, yes: null, choices: ['en', 'fr'] },
      ],
    });
    expect(
      (await t.gql<{ candidacy: { response: { outcome: string; declineReason: string } } }>(RESPONSE, { id: gh })).data
        ?.candidacy.response,
    ).toMatchObject({ outcome: 'DECLINED', declineReason: 'I do not answer questionnaires' });
    expect(
      (await t.gql<{ candidacy: { response: { submittedLate: boolean } } }>(RESPONSE, { id: ke })).data?.candidacy
        .response.submittedLate,
    ).toBe(true);
    expect(
      (await t.gql<{ candidacy: { response: { outcome: string } } }>(RESPONSE, { id: pe })).data?.candidacy.response
        .outcome,
    ).toBe('NO_RESPONSE');
    t.clock.set(null);
  });

  it('re-sending issues a new code and ends the old code and its sessions', async () => {
    const { questionnaireId, candidacyIds } = await issuedQuestionnaire(t, officer, { nominees: ['CL'] });
    await t.gql(
      `mutation($id: ID!) { sendQuestionnaire(questionnaireId: $id) { invited } }`,
      { id: questionnaireId },
      { as: officer },
    );
    await deliver();
    const oldCode = tokenIn(mailTo('nominee-cl@example.org').at(-1)!.text);
    const oldSession = await open(oldCode);
    await t.gql(
      `mutation($q: ID!, $c: ID!) { resendInvitation(questionnaireId: $q, candidacyId: $c) { publishedAt } }`,
      { q: questionnaireId, c: candidacyIds[0] },
      { as: officer },
    );
    await deliver();
    const newCode = tokenIn(mailTo('nominee-cl@example.org').at(-1)!.text);
    expect(newCode).not.toBe(oldCode);
    expectError(await t.gql(OPEN, { token: oldCode }), 'UNAUTHENTICATED');
    expectError(await t.gql(MY, {}, { as: oldSession }), 'UNAUTHENTICATED');
    expect((await t.gql(MY, {}, { as: await open(newCode) })).errors).toBeUndefined();
    // Only the hash of a code is stored.
    const stored = await t.dataSource.query<{ token_hash: string }[]>(`SELECT token_hash FROM invitation`);
    expect(JSON.stringify(stored)).not.toContain(newCode);
    // ...and the outbox keeps no usable code once a message is delivered.
    const bodies = await t.dataSource.query<{ text_body: string }[]>(
      `SELECT m.text_body FROM mail_message m JOIN invitation i ON i.id = m.invitation_id
        WHERE i.questionnaire_id = $1 AND m.status = 'SENT'`,
      [questionnaireId],
    );
    expect(bodies.length).toBeGreaterThan(0);
    expect(JSON.stringify(bodies)).not.toContain(newCode);
    expect(JSON.stringify(bodies)).not.toContain(oldCode);
    expect(bodies[0].text_body).toContain('personal page: [removed after sending]');
    expect(bodies[0].text_body).toContain('personal code: [removed after sending]');
  });

  it('a withdrawal ends the nominee’s invitation: no session, no reminders', async () => {
    const { questionnaireId, candidacyIds } = await issuedQuestionnaire(t, officer, { nominees: ['TZ', 'UG'] });
    await t.gql(
      `mutation($id: ID!) { sendQuestionnaire(questionnaireId: $id) { invited } }`,
      { id: questionnaireId },
      { as: officer },
    );
    await deliver();
    const session = await open(tokenIn(mailTo('nominee-tz@example.org').at(-1)!.text));
    await t.gql(
      `mutation($id: ID!) { withdrawCandidacy(input: { id: $id, reason: "Withdrawn by Tanzania" }) { status } }`,
      { id: candidacyIds[0] },
      { as: officer },
    );
    expectError(await t.gql(MY, {}, { as: session }), 'UNAUTHENTICATED');
    // The tracking counts what sending and reminding would do: nobody to invite (the withdrawn
    // nominee is not standing), one to remind.
    const counts = await t.gql<{ questionnaire: { toInvite: number; toRemind: number } }>(
      `query($id: ID!) { questionnaire(id: $id) { toInvite toRemind } }`,
      { id: questionnaireId },
      { as: officer },
    );
    expect(counts.data?.questionnaire).toEqual({ toInvite: 0, toRemind: 1 });
    const reminded = await t.gql<{ remindNominees: number }>(
      `mutation($id: ID!) { remindNominees(questionnaireId: $id) }`,
      { id: questionnaireId },
      { as: officer },
    );
    expect(reminded.data?.remindNominees).toBe(1);
  });

  it('a withdrawn candidacy is closed: no new code, deadline, reopening or answer, and its response is never published', async () => {
    const { questionnaireId, candidacyIds } = await issuedQuestionnaire(t, officer, { nominees: ['BJ', 'ML', 'NE'] });
    const [bj, ml, ne] = candidacyIds as [string, string, string];
    await t.gql(
      `mutation($id: ID!) { sendQuestionnaire(questionnaireId: $id) { invited } }`,
      { id: questionnaireId },
      { as: officer },
    );
    await deliver();
    const answers = [
      { key: 'qualifications', text: 'Submitted before withdrawing.' },
      { key: 'conflict', yes: false },
    ];
    for (const address of ['nominee-bj@example.org', 'nominee-ne@example.org']) {
      const session = await open(tokenIn(mailTo(address).at(-1)!.text));
      await t.gql(SAVE, { input: { version: 0, answers } }, { as: session });
      expect((await t.gql(SUBMIT, { version: 1 }, { as: session })).errors).toBeUndefined();
    }
    const mlSession = await open(tokenIn(mailTo('nominee-ml@example.org').at(-1)!.text));
    for (const id of [bj, ml]) {
      const withdrawn = await t.gql(
        `mutation($id: ID!) { withdrawCandidacy(input: { id: $id, reason: "Withdrawn by the State" }) { status } }`,
        { id },
        { as: officer },
      );
      expect(withdrawn.errors).toBeUndefined();
    }
    const invitationsBefore = await t.dataSource.query<unknown[]>(
      `SELECT id FROM invitation WHERE questionnaire_id = $1`,
      [questionnaireId],
    );
    const refusals = [
      await t.gql(
        `mutation($q: ID!, $c: ID!) { resendInvitation(questionnaireId: $q, candidacyId: $c) { publishedAt } }`,
        { q: questionnaireId, c: ml },
        { as: officer },
      ),
      await t.gql(
        `mutation($input: ExtendInvitationDeadlineInput!) { extendInvitationDeadline(input: $input) { publishedAt } }`,
        {
          input: {
            questionnaireId,
            candidacyId: ml,
            deadline: new Date(Date.now() + 40 * 86_400_000).toISOString(),
            reason: 'Asked for more time',
          },
        },
        { as: officer },
      ),
      await t.gql(
        `mutation($q: ID!, $c: ID!) { reopenResponse(questionnaireId: $q, candidacyId: $c, reason: "Correct a date") { publishedAt } }`,
        { q: questionnaireId, c: bj },
        { as: officer },
      ),
    ];
    for (const res of refusals) {
      expect(expectError(res, 'RULE_VIOLATION')).toMatchObject({ rule: 'CANDIDACY_WITHDRAWN' });
    }
    expect(
      await t.dataSource.query<unknown[]>(`SELECT id FROM invitation WHERE questionnaire_id = $1`, [questionnaireId]),
    ).toHaveLength(invitationsBefore.length);
    expect(mailTo('nominee-ml@example.org')).toHaveLength(1);
    // A session that outlived the withdrawal (its invitation live again) still writes nothing.
    await t.dataSource.query(`UPDATE invitation SET revoked_at = NULL WHERE candidacy_id = $1`, [ml]);
    const writes = [
      await t.gql(SAVE, { input: { version: 0, answers } }, { as: mlSession }),
      await t.gql(SUBMIT, { version: 0 }, { as: mlSession }),
      await t.gql(`mutation { declineQuestionnaire(reason: "No longer standing") { status } }`, {}, { as: mlSession }),
    ];
    for (const res of writes) {
      expect(expectError(res, 'RULE_VIOLATION')).toMatchObject({ rule: 'CANDIDACY_WITHDRAWN' });
    }
    // Published: the standing nominee's answers, never the withdrawn one's, by any path.
    await t.gql(
      `mutation($id: ID!) { publishResponses(questionnaireId: $id) { publishAt } }`,
      { id: questionnaireId },
      { as: officer },
    );
    const published = async (id: string) =>
      (await t.gql<{ candidacy: { response: { outcome: string } | null } }>(RESPONSE, { id })).data?.candidacy.response;
    expect(await published(ne)).toMatchObject({ outcome: 'SUBMITTED' });
    expect(await published(bj)).toBeNull();
    expect(await published(ml)).toBeNull();
    const json = await request(t.app.getHttpServer()).get(`/questionnaires/${questionnaireId}/responses.json`);
    expect(json.status).toBe(200);
    expect((json.body as { responses: { candidacyId: string }[] }).responses.map((r) => r.candidacyId)).toEqual([ne]);
  });

  it('a name with the redaction marks neither corrupts the mailed code nor keeps it in the outbox', async () => {
    const { questionnaireId, electionId } = await issuedQuestionnaire(t, officer, { nominees: [] });
    await nominate(t, officer, electionId, 'MU', {
      fullName: 'Ann \u2045Marie\u2046 Ngo \u2045',
      contactEmail: 'nominee-marks@example.org',
    });
    await t.gql(
      `mutation($id: ID!) { sendQuestionnaire(questionnaireId: $id) { invited } }`,
      { id: questionnaireId },
      { as: officer },
    );
    await deliver();
    const [mail] = mailTo('nominee-marks@example.org');
    expect(mail.text).toContain('Dear Ann [Marie] Ngo [,');
    const code = tokenIn(mail.text);
    expect(code).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(linkIn(mail.text)).toBe(`${t.config.publicUrl}/invitation#${code}`);
    expect((await t.gql(MY, {}, { as: await open(code) })).errors).toBeUndefined();
    const [stored] = await t.dataSource.query<{ text_body: string }[]>(
      `SELECT m.text_body FROM mail_message m JOIN invitation i ON i.id = m.invitation_id WHERE i.questionnaire_id = $1`,
      [questionnaireId],
    );
    expect(stored.text_body).not.toContain(code);
    expect(stored.text_body).toContain('Dear Ann [Marie] Ngo [,');
  });

  it('two simultaneous remindNominees mail each nominee once; another within 24 hours needs force', async () => {
    const { questionnaireId } = await issuedQuestionnaire(t, officer, { nominees: ['GM', 'CV'] });
    await t.gql(
      `mutation($id: ID!) { sendQuestionnaire(questionnaireId: $id) { invited } }`,
      { id: questionnaireId },
      { as: officer },
    );
    const remind = (force?: boolean) =>
      t.gql<{ remindNominees: number }>(
        `mutation($id: ID!, $force: Boolean) { remindNominees(questionnaireId: $id, force: $force) }`,
        { id: questionnaireId, force },
        { as: officer },
      );
    const reminders = () =>
      t.dataSource.query<{ to_address: string }[]>(
        `SELECT m.to_address FROM mail_message m JOIN invitation i ON i.id = m.invitation_id
          WHERE i.questionnaire_id = $1 AND m.kind = 'REMINDER' ORDER BY m.to_address`,
        [questionnaireId],
      );
    const start = new Date(Date.now() + 86_400_000);
    t.clock.set(start.toISOString());
    try {
      const both = await Promise.all([remind(), remind()]);
      const sent = both.filter((r) => r.data?.remindNominees === 2);
      const refused = both.filter((r) => r.errors);
      expect([sent.length, refused.length]).toEqual([1, 1]);
      expect(expectError(refused[0], 'RULE_VIOLATION')).toMatchObject({
        rule: 'REMINDER_TOO_SOON',
        lastRemindedAt: start.toISOString(),
        nextAllowedAt: new Date(start.getTime() + 86_400_000).toISOString(),
      });
      expect((await reminders()).map((r) => r.to_address)).toEqual([
        'nominee-cv@example.org',
        'nominee-gm@example.org',
      ]);

      t.clock.set(new Date(start.getTime() + 23 * 3_600_000).toISOString());
      expect(expectError(await remind(), 'RULE_VIOLATION').rule).toBe('REMINDER_TOO_SOON');
      expect((await remind(true)).data?.remindNominees).toBe(2);
      t.clock.set(new Date(start.getTime() + 46 * 3_600_000).toISOString());
      expect(expectError(await remind(false), 'RULE_VIOLATION').rule).toBe('REMINDER_TOO_SOON');
      t.clock.set(new Date(start.getTime() + 47 * 3_600_000 + 1000).toISOString());
      expect((await remind()).data?.remindNominees).toBe(2);
      expect(await reminders()).toHaveLength(6);
      const audit = await t.dataSource.query<{ after: { forced: boolean } }[]>(
        `SELECT after FROM audit_entry WHERE operation = 'remindNominees' AND entity_id = $1 ORDER BY seq`,
        [questionnaireId],
      );
      expect(audit.map((a) => a.after.forced)).toEqual([false, true, false]);
    } finally {
      t.clock.set(null);
    }
  });

  it('publishes at once with publishResponses, and keeps every version when an officer reopens a response', async () => {
    const { questionnaireId, candidacyIds } = await issuedQuestionnaire(t, officer, { nominees: ['UY'] });
    await t.gql(
      `mutation($id: ID!) { sendQuestionnaire(questionnaireId: $id) { invited } }`,
      { id: questionnaireId },
      { as: officer },
    );
    await deliver();
    const session = await open(tokenIn(mailTo('nominee-uy@example.org').at(-1)!.text));
    await t.gql(
      SAVE,
      {
        input: {
          version: 0,
          answers: [
            { key: 'qualifications', text: 'First.' },
            { key: 'conflict', yes: false },
          ],
        },
      },
      { as: session },
    );
    await t.gql(SUBMIT, { version: 1 }, { as: session });
    const reopened = await t.gql(
      `mutation($q: ID!, $c: ID!) { reopenResponse(questionnaireId: $q, candidacyId: $c, reason: "Nominee asked to correct a date") { publishedAt } }`,
      { q: questionnaireId, c: candidacyIds[0] },
      { as: officer },
    );
    expect(reopened.errors).toBeUndefined();
    await t.gql(
      SAVE,
      { input: { version: 3, answers: [{ key: 'qualifications', text: 'Second.' }] } },
      { as: session },
    );
    await t.gql(SUBMIT, { version: 4 }, { as: session });
    const revisions = await t.dataSource.query<{ status: string; answers: { qualifications: string } }[]>(
      `SELECT rr.status, rr.answers FROM response_revision rr JOIN response r ON r.id = rr.response_id WHERE r.candidacy_id = $1 ORDER BY rr.version`,
      [candidacyIds[0]],
    );
    expect(revisions.map((r) => `${r.status}:${r.answers.qualifications}`)).toEqual([
      'DRAFT:First.',
      'SUBMITTED:First.',
      'DRAFT:First.',
      'DRAFT:Second.',
      'SUBMITTED:Second.',
    ]);
    expect(
      (await t.gql<{ candidacy: { response: unknown } }>(RESPONSE, { id: candidacyIds[0] })).data?.candidacy.response,
    ).toBeNull();
    const http = () => request(t.app.getHttpServer());
    expect((await http().get(`/questionnaires/${questionnaireId}/responses.csv`)).status).toBe(404);
    await t.gql(
      `mutation($id: ID!) { publishResponses(questionnaireId: $id) { publishAt } }`,
      { id: questionnaireId },
      { as: officer },
    );
    const csv = await http()
      .get(`/questionnaires/${questionnaireId}/responses.csv`)
      .buffer(true)
      .parse((res, done) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => done(null, body));
      });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const text = csv.body as string;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).split('\r\n')[0]).toBe(
      'candidacy_id,full_name,nominating_state,outcome,submitted_at,submitted_late,decline_reason,qualifications,conflict,languages',
    );
    expect(text).toContain(',SUBMITTED,');
    expect(text).toContain(',Second.,no,');
    const json = await http().get(`/questionnaires/${questionnaireId}/responses.json`);
    expect(json.status).toBe(200);
    expect(json.body.responses[0]).toMatchObject({
      outcome: 'SUBMITTED',
      answers: [
        { key: 'qualifications', text: 'Second.' },
        { key: 'conflict', yes: false },
      ],
    });
    expect((await http().get('/questionnaires/not-a-uuid/responses.csv')).status).toBe(400);
    const published = await t.gql<{ candidacy: { response: { answers: { text: string | null }[] } } }>(RESPONSE, {
      id: candidacyIds[0],
    });
    expect(published.data?.candidacy.response.answers[0]!.text).toBe('Second.');
  });

  it('sends scheduled reminders 7 days and 1 day before the deadline, once each, to those still to answer', async () => {
    const deadline = new Date(Date.now() + 10 * 86_400_000);
    const { questionnaireId } = await issuedQuestionnaire(t, officer, { nominees: ['NA', 'BW'], deadline });
    await t.gql(
      `mutation($id: ID!) { sendQuestionnaire(questionnaireId: $id) { invited } }`,
      { id: questionnaireId },
      { as: officer },
    );
    await deliver();
    const questionnaires = t.app.get(QuestionnairesService);
    // Reminders of this questionnaire only (other tests' nominees may be due at the same moments).
    const reminders = async () =>
      Number(
        (
          await t.dataSource.query<[{ n: string }]>(
            `SELECT count(*) AS n FROM mail_message m JOIN invitation i ON i.id = m.invitation_id
              WHERE i.questionnaire_id = $1 AND m.kind LIKE 'REMINDER_%'`,
            [questionnaireId],
          )
        )[0].n,
      );
    const run = async () => {
      const before = await reminders();
      await questionnaires.sendScheduledReminders();
      return (await reminders()) - before;
    };
    const at = (msBeforeDeadline: number) => t.clock.set(new Date(deadline.getTime() - msBeforeDeadline).toISOString());
    try {
      at(8 * 86_400_000);
      expect(await run()).toBe(0);
      at(6 * 86_400_000);
      expect(await run()).toBe(2);
      expect(await run()).toBe(0);
      const session = await open(tokenIn(mailTo('nominee-na@example.org')[0].text));
      await t.gql(
        SAVE,
        {
          input: {
            version: 0,
            answers: [
              { key: 'qualifications', text: 'Done.' },
              { key: 'conflict', yes: false },
            ],
          },
        },
        { as: session },
      );
      await t.gql(SUBMIT, { version: 1 }, { as: session });
      at(12 * 3_600_000);
      expect(await run()).toBe(1);
      expect(await run()).toBe(0);
      await deliver();
      expect(mailTo('nominee-bw@example.org').map((m) => m.subject.slice(0, 8))).toEqual([
        'Question',
        'Reminder',
        'Reminder',
      ]);
      expect(mailTo('nominee-na@example.org').map((m) => m.subject.slice(0, 8))).toEqual(['Question', 'Reminder']);
    } finally {
      t.clock.set(null);
    }
  });

  it('ships default templates for judges, the Prosecutor, Deputies and the TFV Board, in English and French', async () => {
    const res = await t.gql<{
      questionnaireTemplates: {
        electionType: string;
        version: number;
        questions: { key: string; promptFr: string }[];
      }[];
    }>(`{ questionnaireTemplates { electionType version questions { key promptFr } } }`, {}, { as: officer });
    const defaults = res.data!.questionnaireTemplates.filter(
      (tpl) => tpl.version === 1 && tpl.questions.some((q) => q.key === 'independence'),
    );
    expect(defaults.map((tpl) => tpl.electionType).sort()).toEqual([
      'DEPUTY_PROSECUTOR',
      'JUDGES',
      'PROSECUTOR',
      'TFV_BOARD',
    ]);
    const judges = defaults.find((tpl) => tpl.electionType === 'JUDGES')!;
    expect(judges.questions.map((q) => q.key)).toEqual(
      expect.arrayContaining([
        'qualifications',
        'list_competence',
        'working_languages',
        'nomination_procedure',
        'victims_experience',
        'independence',
        'efficiency',
      ]),
    );
    expect(judges.questions.every((q) => q.promptFr.length > 10)).toBe(true);
  });

  it('retries a refused delivery with backoff, then marks it failed with the error', async () => {
    const { questionnaireId, candidacyIds } = await issuedQuestionnaire(t, officer, { nominees: ['ZM'] });
    await t.dataSource.query(
      `UPDATE person SET contact_email = 'bounce@example.org' WHERE id = (SELECT person_id FROM candidacy WHERE id = $1)`,
      [candidacyIds[0]],
    );
    await t.gql(
      `mutation($id: ID!) { sendQuestionnaire(questionnaireId: $id) { invited } }`,
      { id: questionnaireId },
      { as: officer },
    );
    const state = async () =>
      (
        await t.dataSource.query<{ status: string; attempts: number; last_error: string | null }[]>(
          `SELECT m.status, m.attempts, m.last_error FROM mail_message m JOIN invitation i ON i.id = m.invitation_id WHERE i.questionnaire_id = $1`,
          [questionnaireId],
        )
      )[0];
    try {
      await deliver();
      expect(await state()).toMatchObject({ status: 'PENDING', attempts: 1 });
      expect((await state()).last_error).toContain('No such mailbox');
      // Not retried before its backoff has passed.
      await deliver();
      expect((await state()).attempts).toBe(1);
      let now = Date.now();
      for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt += 1) {
        now += backoffMs(attempt - 1) + 1000;
        t.clock.set(new Date(now).toISOString());
        await deliver();
        expect((await state()).attempts).toBe(attempt);
      }
      expect((await state()).status).toBe('FAILED');
      const tracking = await track(questionnaireId);
      expect(row(tracking, candidacyIds[0])).toMatchObject({ status: 'DELIVERY_FAILED', mailState: 'FAILED' });
    } finally {
      t.clock.set(null);
    }
  });

  it('two sender instances on one database deliver each message exactly once', async () => {
    const nominees = ['AR', 'BR', 'CO', 'EC', 'MX', 'PA', 'DO', 'BO'];
    const { questionnaireId } = await issuedQuestionnaire(t, officer, { nominees });
    await t.gql(
      `mutation($id: ID!) { sendQuestionnaire(questionnaireId: $id) { invited } }`,
      { id: questionnaireId },
      { as: officer },
    );
    await t.gql(
      `mutation($id: ID!) { remindNominees(questionnaireId: $id) }`,
      { id: questionnaireId },
      { as: officer },
    );
    const second = await createApp(t.config, t.databaseUrl, { logger: ['error'] });
    await second.init();
    try {
      const before = smtp.inbox.length;
      const [a, b] = await Promise.all([t.app.get(MailService).deliverDue(), second.get(MailService).deliverDue()]);
      // Other tests' leftovers may go out in the same runs: count this questionnaire's mail only.
      expect(a + b).toBeGreaterThanOrEqual(16);
      const ours = new Set(nominees.map((state) => `nominee-${state.toLowerCase()}@example.org`));
      const delivered = smtp.inbox.slice(before).filter((m) => [...ours].some((address) => m.to.includes(address)));
      expect(delivered).toHaveLength(16);
      expect(new Set(delivered.map((m) => m.messageId)).size).toBe(16);
      expect(await sentFor(questionnaireId)).toBe(16);
    } finally {
      await second.close();
    }
  });
});

describe('mail without SMTP_URL', () => {
  it('writes each message as an .eml file in the data directory, so a new user sees it', async () => {
    const t = await createTestApp();
    try {
      const officer = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
      const { questionnaireId } = await issuedQuestionnaire(t, officer, { nominees: ['SN'] });
      await t.gql(
        `mutation($id: ID!) { sendQuestionnaire(questionnaireId: $id) { invited } }`,
        { id: questionnaireId },
        { as: officer },
      );
      expect(await t.app.get(MailService).deliverDue()).toBe(1);
      const dir = join(t.config.dataDir, 'mail');
      const files = readdirSync(dir).filter((f) => f.endsWith('.eml'));
      expect(files).toHaveLength(1);
      const parsed = await simpleParser(readFileSync(join(dir, files[0])));
      expect(parsed.text).toContain('Your personal code:');
      expect(tokenIn(parsed.text ?? '')).toHaveLength(43);
    } finally {
      await t.close();
    }
  });
});
