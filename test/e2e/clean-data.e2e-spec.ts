import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { dateTimeInWords } from '../../src/common/dates-in-words.js';
import { StaffRole } from '../../src/common/domain.enums.js';
import { MailService } from '../../src/modules/mail/mail.service.js';
import { createElection, nominate, openElection } from '../support/factories.js';
import { issuedQuestionnaire, tokenIn } from '../support/questionnaire-factories.js';
import { createTestApp, expectError, type TestApp } from '../support/test-app.js';

const DAY = 86_400_000;
const NOW = '2031-03-02T09:00:00.000Z';
const at = (days: number) => new Date(Date.parse(NOW) + days * DAY);

const SEND = `mutation($id: ID!) { sendQuestionnaire(questionnaireId: $id) { invited } }`;
const PUBLISH = `mutation($id: ID!, $confirm: Boolean) { publishResponses(questionnaireId: $id, confirm: $confirm) { publishAt } }`;
const EXTEND = `mutation($input: ExtendInvitationDeadlineInput!) { extendInvitationDeadline(input: $input) { publishedAt } }`;
const OUTCOME = `query($id: ID!) { candidacy(id: $id) { response { outcome deadline } } }`;

describe('clean data', () => {
  let t: TestApp;
  let officer: string;

  beforeAll(async () => {
    t = await createTestApp({ MAIL_REPLY_TO: 'Elections team <elections@icc.example>' });
    officer = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
  });
  afterAll(async () => {
    t.clock.set(null);
    await t.close();
  });
  afterEach(() => t.clock.set(null));

  /** Mail queued for one questionnaire's invitations, oldest first (never another test's). */
  const mailOf = (questionnaireId: string) =>
    t.dataSource.query<{ kind: string; subject: string; text_body: string; to_address: string }[]>(
      `SELECT m.kind, m.subject, m.text_body, m.to_address FROM mail_message m
         JOIN invitation i ON i.id = m.invitation_id WHERE i.questionnaire_id = $1 ORDER BY m.created_at, m.kind`,
      [questionnaireId],
    );

  const fieldsOf = (extensions: Record<string, unknown>) =>
    (extensions.fields as { field: string }[]).map((f) => f.field);

  describe('text blank after trimming is refused where it is required', () => {
    it.each([
      ['title', { title: '   ' }],
      ['aspSession', { aspSession: '\t \n' }],
      ['title', { title: '\u00a0\u00a0\u00a0\u00a0' }],
    ])('createElection: %s', async (field, input) => {
      const res = await t.gql(
        `mutation($input: CreateElectionInput!) { createElection(input: $input) { id } }`,
        {
          input: {
            type: 'JUDGES',
            title: 'Election of six judges',
            aspSession: '25th session',
            nominationOpensOn: '2031-01-01',
            nominationClosesOn: '2031-04-01',
            ...input,
          },
        },
        { as: officer },
      );
      expect(fieldsOf(expectError(res, 'BAD_USER_INPUT'))).toContain(field);
    });

    it('a nominee name, a withdrawal reason', async () => {
      const election = await openElection(t, officer);
      const blankName = await t.gql(
        `mutation($input: NominateCandidateInput!) { nominateCandidate(input: $input) { id } }`,
        {
          input: {
            electionId: election.id,
            nominatingState: 'SN',
            list: 'A',
            nominationProcedure: 'HIGHEST_JUDICIAL_OFFICES',
            person: { fullName: '    ', gender: 'FEMALE', nationality: 'SN' },
          },
        },
        { as: officer },
      );
      expect(fieldsOf(expectError(blankName, 'BAD_USER_INPUT'))).toEqual(['person.fullName']);
      const candidacy = await nominate(t, officer, election.id, 'SN');
      const withdraw = await t.gql(
        `mutation($input: WithdrawCandidacyInput!) { withdrawCandidacy(input: $input) { id } }`,
        { input: { id: candidacy.id, reason: '     ' } },
        { as: officer },
      );
      expect(fieldsOf(expectError(withdraw, 'BAD_USER_INPUT'))).toEqual(['reason']);
    });

    it('a decline with reason "   " is refused and the nominee may still answer', async () => {
      const { questionnaireId } = await issuedQuestionnaire(t, officer, { nominees: ['GH'] });
      await t.gql(SEND, { id: questionnaireId }, { as: officer });
      const [invitation] = await mailOf(questionnaireId);
      const opened = await t.gql<{ openInvitation: { token: string } }>(
        `mutation($token: String!) { openInvitation(token: $token) { token } }`,
        { token: tokenIn(invitation.text_body) },
      );
      const nominee = opened.data!.openInvitation.token;
      const declined = await t.gql(`mutation { declineQuestionnaire(reason: "   ") { status } }`, {}, { as: nominee });
      expect(fieldsOf(expectError(declined, 'BAD_USER_INPUT'))).toEqual(['reason']);
      const mine = await t.gql<{ myInvitation: { status: string } }>(
        `{ myInvitation { status } }`,
        {},
        { as: nominee },
      );
      expect(mine.data?.myInvitation.status).toBe('NOT_STARTED');
    });

    it('a questionnaire template title and prompts', async () => {
      const res = await t.gql(
        `mutation($input: CreateQuestionnaireTemplateInput!) { createQuestionnaireTemplate(input: $input) { id } }`,
        {
          input: {
            title: '  ',
            electionType: 'JUDGES',
            questions: [{ key: 'a', kind: 'YES_NO', required: true, promptEn: '    ', promptFr: 'Oui ?' }],
          },
        },
        { as: officer },
      );
      expect(fieldsOf(expectError(res, 'BAD_USER_INPUT')).sort()).toEqual(['questions.0.promptEn', 'title']);
    });
  });

  describe('nominations closed before the period ends', () => {
    const CLOSE = `mutation($input: UpdateElectionInput!) { updateElection(input: $input) { status version } }`;

    it('need a reason, kept in the audit log; after the closing day they do not', async () => {
      t.clock.set(NOW);
      const e = await openElection(t, officer, { nominationOpensOn: '2031-02-01', nominationClosesOn: '2031-03-31' });
      const close = (extra: Record<string, unknown> = {}) =>
        t.gql<{ updateElection: { status: string } }>(
          CLOSE,
          { input: { id: e.id, version: e.version, status: 'NOMINATIONS_CLOSED', ...extra } },
          { as: officer },
        );
      expect(expectError(await close(), 'RULE_VIOLATION')).toMatchObject({
        rule: 'NOMINATIONS_CLOSED_EARLY',
        closesOn: '2031-03-31',
      });
      t.clock.set('2031-03-31T22:00:00.000Z');
      expect(expectError(await close(), 'RULE_VIOLATION').rule).toBe('NOMINATIONS_CLOSED_EARLY');
      expect(fieldsOf(expectError(await close({ earlyClosingReason: '   ' }), 'BAD_USER_INPUT'))).toEqual([
        'earlyClosingReason',
      ]);
      const closed = await close({ earlyClosingReason: 'Every seat has enough candidates' });
      expect(closed.data?.updateElection.status).toBe('NOMINATIONS_CLOSED');
      const [entry] = await t.dataSource.query<{ after: { earlyClosingReason?: string } }[]>(
        `SELECT after FROM audit_entry WHERE entity_id = $1 AND operation = 'updateElection' ORDER BY seq DESC LIMIT 1`,
        [e.id],
      );
      expect(entry.after.earlyClosingReason).toBe('Every seat has enough candidates');

      const later = await openElection(t, officer, {
        nominationOpensOn: '2031-02-01',
        nominationClosesOn: '2031-03-30',
      });
      t.clock.set('2031-03-31T00:00:01.000Z');
      const onTime = await t.gql<{ updateElection: { status: string } }>(
        CLOSE,
        { input: { id: later.id, version: later.version, status: 'NOMINATIONS_CLOSED' } },
        { as: officer },
      );
      expect(onTime.data?.updateElection.status).toBe('NOMINATIONS_CLOSED');
    });
  });

  describe('draft elections are not shown to observers', () => {
    it('hidden from the list and by id for observers; staff still see them', async () => {
      const draft = await createElection(t, officer, { title: 'A draft election, not yet announced' });
      const open = await openElection(t, officer);
      const LIST = `query($status: [ElectionStatus!]) { elections(first: 100, filter: { status: $status }) { totalCount edges { node { id status } } } }`;
      const observerIds = async (status?: string[]) => {
        const res = await t.gql<{
          elections: { totalCount: number; edges: { node: { id: string; status: string } }[] };
        }>(LIST, { status });
        expect(res.errors).toBeUndefined();
        return res.data!.elections;
      };
      const all = await observerIds();
      expect(all.edges.map((e) => e.node.id)).toContain(open.id);
      expect(all.edges.some((e) => e.node.status === 'DRAFT')).toBe(false);
      expect((await observerIds(['DRAFT'])).totalCount).toBe(0);
      const ONE = `query($id: ID!) { election(id: $id) { id } }`;
      expect((await t.gql<{ election: unknown }>(ONE, { id: draft.id })).data?.election).toBeNull();
      expect(
        (await t.gql<{ election: { id: string } }>(ONE, { id: draft.id }, { as: officer })).data?.election,
      ).toEqual({
        id: draft.id,
      });
      const staffList = await t.gql<{ elections: { edges: { node: { id: string } }[] } }>(
        LIST,
        { status: ['DRAFT'] },
        { as: officer },
      );
      expect(staffList.data?.elections.edges.map((e) => e.node.id)).toContain(draft.id);
    });
  });

  describe('questionnaires', () => {
    it('cannot be issued for a concluded election', async () => {
      const { electionId, questionnaireId } = await issuedQuestionnaire(t, officer, { nominees: [] });
      const [{ template_id }] = await t.dataSource.query<{ template_id: string }[]>(
        'SELECT template_id FROM questionnaire WHERE id = $1',
        [questionnaireId],
      );
      const owner = await t.owner();
      await owner.query(`UPDATE election SET status = 'CONCLUDED' WHERE id = $1`, [electionId]);
      const res = await t.gql(
        `mutation($input: IssueQuestionnaireInput!) { issueQuestionnaire(input: $input) { id } }`,
        {
          input: {
            electionId,
            templateId: template_id,
            deadline: new Date(Date.now() + 10 * DAY).toISOString(),
            publishAt: new Date(Date.now() + 20 * DAY).toISOString(),
          },
        },
        { as: officer },
      );
      expect(expectError(res, 'RULE_VIOLATION').rule).toBe('ELECTION_CONCLUDED');
    });

    it('publishing before every deadline has passed says so, needs confirm, and shows PENDING, never NO_RESPONSE', async () => {
      t.clock.set(NOW);
      const { questionnaireId, candidacyIds } = await issuedQuestionnaire(t, officer, {
        nominees: ['SN', 'GH'],
        deadline: at(10),
        publishAt: at(20),
      });
      const [sn, gh] = candidacyIds as [string, string];
      await t.gql(SEND, { id: questionnaireId }, { as: officer });
      // GH is granted more time, beyond the questionnaire's deadline.
      const extended = await t.gql(
        EXTEND,
        { input: { questionnaireId, candidacyId: gh, deadline: at(15).toISOString(), reason: 'Illness' } },
        { as: officer },
      );
      expect(extended.errors).toBeUndefined();

      t.clock.set(at(12).toISOString());
      const refused = await t.gql(PUBLISH, { id: questionnaireId }, { as: officer });
      expect(expectError(refused, 'RULE_VIOLATION')).toMatchObject({
        rule: 'NOMINEES_STILL_ANSWERING',
        pending: 1,
        lastDeadline: at(15).toISOString(),
      });
      const published = await t.gql(PUBLISH, { id: questionnaireId, confirm: true }, { as: officer });
      expect(published.errors).toBeUndefined();

      const outcome = async (id: string) =>
        (await t.gql<{ candidacy: { response: { outcome: string; deadline: string } } }>(OUTCOME, { id })).data
          ?.candidacy.response;
      await expect(outcome(sn)).resolves.toEqual({ outcome: 'NO_RESPONSE', deadline: at(10).toISOString() });
      await expect(outcome(gh)).resolves.toEqual({ outcome: 'PENDING', deadline: at(15).toISOString() });
      t.clock.set(at(16).toISOString());
      await expect(outcome(gh)).resolves.toEqual({ outcome: 'NO_RESPONSE', deadline: at(15).toISOString() });
    });

    it('publishing once every deadline has passed needs no confirmation', async () => {
      t.clock.set(NOW);
      const { questionnaireId } = await issuedQuestionnaire(t, officer, {
        nominees: ['KE'],
        deadline: at(5),
        publishAt: at(20),
      });
      t.clock.set(at(6).toISOString());
      const published = await t.gql<{ publishResponses: { publishAt: string } }>(
        PUBLISH,
        { id: questionnaireId },
        { as: officer },
      );
      expect(published.data?.publishResponses.publishAt).toBe(at(6).toISOString());
    });
  });

  describe('mail', () => {
    it('a nominee whose deadline is extended is told, in correct French, with a Reply-To to the team', async () => {
      t.clock.set(NOW);
      const { questionnaireId, candidacyIds } = await issuedQuestionnaire(t, officer, {
        nominees: ['PE'],
        deadline: at(10),
        publishAt: at(20),
      });
      await t.gql(SEND, { id: questionnaireId }, { as: officer });
      await t.gql(
        EXTEND,
        { input: { questionnaireId, candidacyId: candidacyIds[0], deadline: at(15).toISOString(), reason: 'Travel' } },
        { as: officer },
      );
      const mails = await mailOf(questionnaireId);
      expect(mails.map((m) => m.kind)).toEqual(['INVITATION', 'DEADLINE_EXTENDED']);
      const notice = mails[1];
      expect(notice.to_address).toBe('nominee-pe@example.org');
      expect(notice.subject).toMatch(/^New deadline: .+ \/ Nouveau délai : .+$/);
      // The new deadline in words, in both halves, as the nominee reads it.
      expect(notice.text_body).toContain(`please answer by ${dateTimeInWords(at(15), 'en')} UTC.`);
      expect(notice.text_body).toContain(`merci de répondre avant le ${dateTimeInWords(at(15), 'fr')} UTC.`);
      expect(notice.text_body).not.toContain('Travel');
      for (const m of mails) {
        // "Madame, Monsieur," alone on its line: never followed by the name.
        expect(m.text_body).toMatch(/^Madame, Monsieur,$/m);
        expect(m.text_body).not.toMatch(/Monsieur [^,\n]/);
      }
      // Every queued message is delivered; this test reads only its own notices (by subject).
      const mail = t.app.get(MailService);
      await mail.deliverDue(1_000);
      const dir = join(t.config.dataDir, 'mail');
      const parsed = await Promise.all(
        readdirSync(dir)
          .filter((f) => f.endsWith('.eml'))
          .map(async (f) => simpleParser(readFileSync(join(dir, f)))),
      );
      const ours = parsed.filter((p) => p.subject?.startsWith('New deadline'));
      expect(ours.length).toBeGreaterThanOrEqual(1);
      for (const p of ours) expect(p.replyTo?.value[0]?.address).toBe('elections@icc.example');
    });

    it('reminders carry the Reply-To and a correct French greeting and subject', async () => {
      const { questionnaireId } = await issuedQuestionnaire(t, officer, { nominees: ['UY'] });
      await t.gql(SEND, { id: questionnaireId }, { as: officer });
      const reminded = await t.gql<{ remindNominees: number }>(
        `mutation($id: ID!) { remindNominees(questionnaireId: $id) }`,
        { id: questionnaireId },
        { as: officer },
      );
      expect(reminded.data?.remindNominees).toBe(1);
      const reminder = (await mailOf(questionnaireId)).find((m) => m.kind === 'REMINDER')!;
      expect(reminder.subject).toMatch(/^Reminder: .+ \/ Rappel : .+$/);
      expect(reminder.text_body).toMatch(/^Madame, Monsieur,$/m);
      const help = await t.gql<{ invitationHelp: { electionsTeamEmail: string } }>(
        `{ invitationHelp { electionsTeamEmail } }`,
      );
      expect(help.data?.invitationHelp.electionsTeamEmail).toBe('elections@icc.example');
    });
  });
});
