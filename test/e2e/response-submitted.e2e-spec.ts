import type { FormattedExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { StaffRole } from '../../src/common/domain.enums.js';
import { NotificationsService } from '../../src/common/notifications/notifications.service.js';
import { issuedQuestionnaire, tokenIn } from '../support/questionnaire-factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const SUBSCRIBE = `subscription($id: ID!) { responseSubmitted(questionnaireId: $id) {
  questionnaireId responseId status at submittedLate candidacy { id person { fullName } } } }`;
const SAVE = `mutation($input: SaveAnswersInput!) { saveAnswers(input: $input) { version } }`;
const SUBMIT = `mutation($version: Int!) { submitResponse(version: $version) { status } }`;
const DECLINE = `mutation($reason: String!) { declineQuestionnaire(reason: $reason) { status } }`;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

interface Submitted {
  responseSubmitted: {
    questionnaireId: string;
    responseId: string;
    status: string;
    at: string;
    submittedLate: boolean;
    candidacy: { id: string; person: { fullName: string } };
  };
}
type Result = FormattedExecutionResult<Submitted, unknown>;

async function until(what: string, condition: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('responseSubmitted (staff subscription over graphql-ws)', () => {
  let t: TestApp;
  let officer: string;
  let url: string;
  const clients: Client[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    officer = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
    await t.app.listen(0, '127.0.0.1');
    url = `${(await t.app.getUrl()).replace(/^http/, 'ws')}/graphql`;
  });
  afterAll(async () => {
    for (const client of clients) await client.dispose();
    await t.close();
  });

  /** A graphql-ws client signed in with `token` (sent as connectionParams.authorization), or anonymous. */
  const clientAs = (token?: string): Client => {
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    });
    clients.push(client);
    return client;
  };

  /** Sends a questionnaire and opens every nominee's invitation: one session per candidacy. */
  async function sentQuestionnaire(nominees: string[]) {
    const issued = await issuedQuestionnaire(t, officer, { nominees });
    const sent = await t.gql(
      `mutation($id: ID!) { sendQuestionnaire(questionnaireId: $id) { invited } }`,
      { id: issued.questionnaireId },
      { as: officer },
    );
    expect(sent.errors).toBeUndefined();
    const mails = await t.dataSource.query<{ candidacy_id: string; text_body: string }[]>(
      `SELECT i.candidacy_id, m.text_body FROM mail_message m JOIN invitation i ON i.id = m.invitation_id
       WHERE i.questionnaire_id = $1`,
      [issued.questionnaireId],
    );
    const sessions = new Map<string, string>();
    for (const mail of mails) {
      const opened = await t.gql<{ openInvitation: { token: string } }>(
        `mutation($token: String!) { openInvitation(token: $token) { token } }`,
        { token: tokenIn(mail.text_body) },
      );
      sessions.set(mail.candidacy_id, opened.data!.openInvitation.token);
    }
    return { ...issued, session: (candidacyId: string) => sessions.get(candidacyId)! };
  }

  async function answerAndSubmit(session: string): Promise<void> {
    const saved = await t.gql<{ saveAnswers: { version: number } }>(
      SAVE,
      {
        input: {
          version: 0,
          answers: [
            { key: 'qualifications', text: 'Twenty years on the bench.' },
            { key: 'conflict', yes: false },
          ],
        },
      },
      { as: session },
    );
    expect(saved.errors).toBeUndefined();
    const submitted = await t.gql(SUBMIT, { version: saved.data!.saveAnswers.version }, { as: session });
    expect(submitted.errors).toBeUndefined();
  }

  /** Subscribes; once the server holds one more subscriber, runs `act`; returns the first `count` results. */
  async function results(client: Client, questionnaireId: string, count: number, act: () => Promise<void>) {
    const notifications = t.app.get(NotificationsService);
    const before = notifications.subscriberCount('response_submitted');
    const stream = client.iterate<Submitted>({ query: SUBSCRIBE, variables: { id: questionnaireId } });
    const first = stream.next();
    await until('the subscription to start', () => notifications.subscriberCount('response_submitted') > before);
    await act();
    const values: Result[] = [];
    try {
      for (let next = await first; !next.done; next = await stream.next()) {
        values.push(next.value);
        if (values.length === count) break;
      }
    } finally {
      await stream.return?.();
    }
    return values;
  }

  /** The first (and only) result of a subscription the server refuses. */
  async function refusal(client: Client, questionnaireId: string): Promise<string | undefined> {
    const stream = client.iterate<Submitted>({ query: SUBSCRIBE, variables: { id: questionnaireId } });
    try {
      const next = await stream.next();
      return next.done ? undefined : (next.value.errors?.[0]?.extensions?.code as string | undefined);
    } catch (errors) {
      return (errors as { extensions?: { code?: string } }[])[0]?.extensions?.code;
    } finally {
      await stream.return?.();
    }
  }

  it("tells an officer following a questionnaire of each nominee's submission and decline, after commit", async () => {
    const followed = await sentQuestionnaire(['SN', 'GH']);
    const other = await sentQuestionnaire(['KE']);
    const [sn, gh] = followed.candidacyIds as [string, string];
    const values = await results(clientAs(officer), followed.questionnaireId, 2, async () => {
      // Another questionnaire's submission is not sent to this subscriber.
      await answerAndSubmit(other.session(other.candidacyIds[0]));
      // A refused submission (required answers missing) is rolled back: nothing is heard.
      const refused = await t.gql(SUBMIT, { version: 0 }, { as: followed.session(sn) });
      expect(refused.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      await answerAndSubmit(followed.session(sn));
      const declined = await t.gql(DECLINE, { reason: 'I withdraw from public life.' }, { as: followed.session(gh) });
      expect(declined.errors).toBeUndefined();
    });
    expect(values.map((v) => v.errors)).toEqual([undefined, undefined]);
    const events = values.map((v) => v.data!.responseSubmitted);
    expect(events.map((e) => [e.questionnaireId, e.candidacy.id, e.status, e.submittedLate])).toEqual([
      [followed.questionnaireId, sn, 'SUBMITTED', false],
      [followed.questionnaireId, gh, 'DECLINED', false],
    ]);
    expect(events[0].candidacy.person.fullName).toEqual(expect.any(String));
    const [stored] = await t.dataSource.query<{ id: string; submitted_at: Date }[]>(
      'SELECT id, submitted_at FROM response WHERE questionnaire_id = $1 AND candidacy_id = $2',
      [followed.questionnaireId, sn],
    );
    expect(events[0].responseId).toBe(stored.id);
    expect(new Date(events[0].at).getTime()).toBe(stored.submitted_at.getTime());
  });

  it('refuses anonymous subscribers (UNAUTHENTICATED) and nominees (FORBIDDEN); NOT_FOUND for no such questionnaire', async () => {
    const { questionnaireId, candidacyIds, session } = await sentQuestionnaire(['SN']);
    const notifications = t.app.get(NotificationsService);
    const before = notifications.subscriberCount('response_submitted');
    expect(await refusal(clientAs(), questionnaireId)).toBe('UNAUTHENTICATED');
    expect(await refusal(clientAs(session(candidacyIds[0])), questionnaireId)).toBe('FORBIDDEN');
    expect(await refusal(clientAs('not-a-token'), questionnaireId)).toBe('UNAUTHENTICATED');
    expect(await refusal(clientAs(await t.tokenFor(StaffRole.PANEL_MEMBER)), questionnaireId)).toBe('FORBIDDEN');
    expect(await refusal(clientAs(officer), UNKNOWN)).toBe('NOT_FOUND');
    expect(await refusal(clientAs(officer), 'not-a-uuid')).toBe('BAD_USER_INPUT');
    expect(notifications.subscriberCount('response_submitted')).toBe(before);
  });
});
