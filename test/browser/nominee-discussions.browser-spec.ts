/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/chromium.js';
import { inviteNominee, recordScriptWeight, type Invited } from './support/nominee-fixtures.js';
import { checkScreen, openTab } from './support/page-checks.js';
import { startWebServer, type WebServer } from './support/web-server.js';

// A nominee invited to a public panel discussion accepts, changes their mind and declines, from the
// page their questionnaire invitation opens: real Chromium, real server, mail read from the outbox.
let server: WebServer;
let browser: Browser;

beforeAll(async () => {
  server = await startWebServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const BUDGET_BYTES = 200 * 1024;

const newTab = (locale: string) => openTab(browser, server.baseUrl, { locale, timezoneId: 'America/New_York' });

/** As the elections team does it through the API: a discussion with this nominee invited (mailed). */
async function inviteToDiscussion(invited: Invited, title: string): Promise<string> {
  const starts = new Date(Date.now() + 5 * 86_400_000);
  starts.setUTCHours(16, 0, 0, 0);
  const res = await server.gql<{ createDiscussion: { id: string } }>(
    `mutation($input: CreateDiscussionInput!) { createDiscussion(input: $input) { id } }`,
    {
      input: {
        electionId: (
          await server.dataSource.query<{ election_id: string }[]>(`SELECT election_id FROM candidacy WHERE id = $1`, [
            invited.candidacyId,
          ])
        )[0].election_id,
        title,
        startsAt: starts.toISOString(),
        timeZone: 'Europe/Amsterdam',
        place: 'Peace Palace, The Hague',
        onlineUrl: 'https://live.example.org/judges',
        languages: ['EN', 'FR'],
        moderators: ['Jane Moderator'],
        candidacyIds: [invited.candidacyId],
      },
    },
    { as: invited.officer },
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createDiscussion.id;
}

const answerIn = async (discussionId: string, candidacyId: string) =>
  (
    await server.dataSource.query<{ answer: string }[]>(
      `SELECT answer FROM discussion_invitation WHERE discussion_id = $1 AND candidacy_id = $2`,
      [discussionId, candidacyId],
    )
  )[0]?.answer;

describe("the nominee's panel discussions", () => {
  it('are mailed, listed on the nominee page with the local time, and accepted or declined there', async () => {
    const invited = await inviteNominee(server, 'GH');
    const title = 'Judges in conversation';
    const discussionId = await inviteToDiscussion(invited, title);
    const mail = await server.waitForMail(invited.email, /public panel discussion/);
    expect(mail.text).toContain(title);
    expect(mail.text).toContain(`${server.baseUrl}/invitation`);

    const { context, page, blocked } = await newTab('en-GB');
    const weight = recordScriptWeight(page);
    await page.goto(invited.link);
    await page.getByRole('heading', { level: 2, name: 'Panel discussions' }).waitFor();
    const card = page.getByRole('region', { name: title });
    // The time where it is held (16:00 UTC: 6 pm in Amsterdam in summer, 5 pm in winter), zone named,
    // though this reader's browser is in New York.
    await card.getByText(/1[78]:00.*\(Central European (Standard|Summer) Time, Amsterdam\)/).waitFor();
    await card.getByText('Peace Palace, The Hague').waitFor();
    expect(await card.getByRole('link', { name: 'https://live.example.org/judges' }).count()).toBe(1);
    await card.getByText('English, French').waitFor();
    await card.getByText('Not answered yet').waitFor();
    await checkScreen(page, 'nominee-discussions-invited');

    await card.getByRole('button', { name: 'Accept' }).click();
    await card.getByRole('status').filter({ hasText: 'Thank you: you have accepted.' }).waitFor();
    await card.getByText('You will take part').waitFor();
    expect(await card.getByRole('button', { name: 'Accept' }).isDisabled()).toBe(true);
    expect(await answerIn(discussionId, invited.candidacyId)).toBe('ACCEPTED');

    // A change of mind before it starts: declining is shown publicly, and the page says so.
    await card.getByText('If you decline, this is shown publicly.', { exact: false }).waitFor();
    await card.getByRole('button', { name: 'Decline' }).click();
    await card.getByRole('status').filter({ hasText: 'You have declined this discussion.' }).waitFor();
    expect(await answerIn(discussionId, invited.candidacyId)).toBe('DECLINED');
    await checkScreen(page, 'nominee-discussions-declined');

    // After a reload the answer is the server's.
    await page.reload();
    await page.getByRole('region', { name: title }).getByText('You have declined', { exact: true }).waitFor();

    const total = weight.total();
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
    expect(blocked).toEqual([]);
    await context.close();
  });

  it('in French, and closed once the discussion is cancelled', async () => {
    const invited = await inviteNominee(server, 'SN');
    const title = 'Débat des candidats';
    const discussionId = await inviteToDiscussion(invited, title);
    const { context, page } = await newTab('fr-FR');
    await page.goto(invited.link);
    await page.getByRole('heading', { level: 2, name: 'Débats publics' }).waitFor();
    const card = page.getByRole('region', { name: title });
    await card.getByText('anglais, français').waitFor();
    await card.getByRole('button', { name: 'Accepter' }).click();
    await card.getByRole('status').filter({ hasText: 'Merci : vous avez accepté.' }).waitFor();
    await checkScreen(page, 'nominee-discussions-fr');

    const [{ version }] = await server.dataSource.query<{ version: number }[]>(
      `SELECT version FROM discussion WHERE id = $1`,
      [discussionId],
    );
    const cancelled = await server.gql(
      `mutation($input: CancelDiscussionInput!) { cancelDiscussion(input: $input) { id } }`,
      { input: { id: discussionId, version, reason: 'The venue is closed' } },
      { as: invited.officer },
    );
    expect(cancelled.errors).toBeUndefined();
    await page.reload();
    const after = page.getByRole('region', { name: title });
    await after.getByText('Ce débat a été annulé.').waitFor();
    expect(await after.getByRole('button').count()).toBe(0);
    await context.close();
  });
});
