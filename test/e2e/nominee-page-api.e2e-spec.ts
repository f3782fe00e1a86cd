import { StaffRole } from '../../src/common/domain.enums.js';
import { issuedQuestionnaire, tokenIn } from '../support/questionnaire-factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// What the nominee's web page shows besides the questions: the original and extended deadline,
// when answers go public, a decline's reason and time, and whom to ask for help.
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({
    MAIL_FROM: 'ICC vetting <no-reply@example.org>',
    MAIL_REPLY_TO: 'Elections team <elections@example.org>',
  });
});

afterAll(async () => {
  await t?.close();
});

const MINE = `query { myInvitation(language: EN) { status deadline originalDeadline publishAt submittedAt
  declinedAt declineReason responseId contactEmail } }`;

interface Mine {
  myInvitation: {
    status: string;
    deadline: string;
    originalDeadline: string;
    publishAt: string;
    declinedAt: string | null;
    declineReason: string | null;
    responseId: string;
    contactEmail: string;
  };
}

async function openSession(questionnaireId: string): Promise<string> {
  const [mail] = await t.dataSource.query<{ text_body: string }[]>(
    `SELECT m.text_body FROM mail_message m JOIN invitation i ON i.id = m.invitation_id WHERE i.questionnaire_id = $1`,
    [questionnaireId],
  );
  const opened = await t.gql<{ openInvitation: { token: string } }>(
    `mutation($token: String!) { openInvitation(token: $token) { token } }`,
    { token: tokenIn(mail.text_body) },
  );
  if (!opened.data) throw new Error(JSON.stringify(opened.errors));
  return opened.data.openInvitation.token;
}

describe('what the nominee page needs from myInvitation', () => {
  it('tells anyone, without a session, whom to ask for help (the reply address)', async () => {
    const res = await t.gql<{ invitationHelp: { electionsTeamEmail: string } }>(
      `{ invitationHelp { electionsTeamEmail } }`,
    );
    expect(res.data?.invitationHelp.electionsTeamEmail).toBe('elections@example.org');
  });

  it('shows the original deadline and the extension, when answers go public, and a decline', async () => {
    const officer = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
    const deadline = new Date(Date.now() + 10 * 86_400_000);
    const publishAt = new Date(deadline.getTime() + 5 * 86_400_000);
    const { questionnaireId, candidacyIds } = await issuedQuestionnaire(t, officer, {
      nominees: ['KE'],
      deadline,
      publishAt,
    });
    await t.gql(
      `mutation($id: ID!) { sendQuestionnaire(questionnaireId: $id) { invited } }`,
      { id: questionnaireId },
      {
        as: officer,
      },
    );
    const session = await openSession(questionnaireId);

    const before = await t.gql<Mine>(MINE, {}, { as: session });
    expect(before.data?.myInvitation).toMatchObject({
      deadline: deadline.toISOString(),
      originalDeadline: deadline.toISOString(),
      publishAt: publishAt.toISOString(),
      declinedAt: null,
      declineReason: null,
      contactEmail: 'elections@example.org',
    });
    expect(before.data?.myInvitation.responseId).toMatch(/^[0-9a-f-]{36}$/);

    const extended = new Date(deadline.getTime() + 3 * 86_400_000);
    const ext = await t.gql(
      `mutation($input: ExtendInvitationDeadlineInput!) { extendInvitationDeadline(input: $input) { publishedAt } }`,
      { input: { questionnaireId, candidacyId: candidacyIds[0], deadline: extended.toISOString(), reason: 'Ill' } },
      { as: officer },
    );
    expect(ext.errors).toBeUndefined();
    const after = await t.gql<Mine>(MINE, {}, { as: session });
    expect(after.data?.myInvitation).toMatchObject({
      deadline: extended.toISOString(),
      originalDeadline: deadline.toISOString(),
    });

    const declined = await t.gql(
      `mutation { declineQuestionnaire(reason: "I am withdrawing from public life", language: EN) { status } }`,
      {},
      { as: session },
    );
    expect(declined.errors).toBeUndefined();
    const mine = await t.gql<Mine>(MINE, {}, { as: session });
    expect(mine.data?.myInvitation).toMatchObject({
      status: 'DECLINED',
      declineReason: 'I am withdrawing from public life',
    });
    expect(mine.data?.myInvitation.declinedAt).not.toBeNull();
    expect(mine.data?.myInvitation.responseId).toBe(before.data?.myInvitation.responseId);
  });
});
