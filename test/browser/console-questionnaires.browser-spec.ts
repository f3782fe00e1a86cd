/// <reference lib="dom" />
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { systemAuthor } from '../../src/common/author.js';
import { StaffRole } from '../../src/common/domain.enums.js';
import { addDays } from '../../src/common/scalars/local-date.scalar.js';
import { StaffUsersService } from '../../src/modules/auth/staff-users.service.js';
import { nominate, openElection, today } from '../support/factories.js';
import { TEMPLATE_QUESTIONS, tokenIn } from '../support/questionnaire-factories.js';
import { launchChromium } from './support/chromium.js';
import { checkScreen, openTab } from './support/page-checks.js';
import { startWebServer, type WebServer } from './support/web-server.js';

// The questionnaires of an election in the staff console, in a real Chromium against the real
// server: an officer issues one from a template, sends it, follows who answered, reminds, publishes;
// a panel member is offered none of it. Screenshots go to test-results/screenshots.
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

const PASSWORD = 'correct horse battery staple';

async function account(role: StaffRole, displayName: string): Promise<{ email: string }> {
  const email = `${role.toLowerCase()}-${randomBytes(4).toString('hex')}@example.org`;
  await server.app
    .get(StaffUsersService)
    .create({ email, password: PASSWORD, role, displayName }, systemAuthor('test'));
  return { email };
}

const newTab = (locale: string) => openTab(browser, server.baseUrl, { locale });

async function signIn(page: Page, email: string): Promise<void> {
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

let run = 0;

/** A judicial election open for nominations, two nominees and a template for judges (through the API). */
async function electionWithNominees(): Promise<{ electionId: string; title: string; emails: string[] }> {
  run += 1;
  const officer = await server.tokenFor(StaffRole.ELECTIONS_OFFICER);
  const title = `Judges, questionnaires ${run}`;
  const election = await openElection(server, officer, { title });
  const emails: string[] = [];
  for (const [state, fullName] of [
    ['GH', 'Ama Mensah'],
    ['PE', 'Rosa Quispe'],
  ]) {
    const email = `q${run}-${state.toLowerCase()}-${randomBytes(3).toString('hex')}@example.org`;
    await nominate(server, officer, election.id, state, { fullName, contactEmail: email });
    emails.push(email);
  }
  const template = await server.gql(
    `mutation($input: CreateQuestionnaireTemplateInput!) { createQuestionnaireTemplate(input: $input) { id } }`,
    {
      input: {
        title: `Questionnaire for judicial candidates ${run}`,
        titleFr: `Questionnaire aux candidats aux fonctions de juge ${run}`,
        electionType: 'JUDGES',
        questions: TEMPLATE_QUESTIONS,
      },
    },
    { as: officer },
  );
  if (template.errors) throw new Error(JSON.stringify(template.errors));
  return { electionId: election.id, title, emails };
}

/** As the nominee does it: the code from the mail, the invitation opened, a draft saved. */
async function nomineeAnswers(email: string, submit = false): Promise<void> {
  const mail = await server.waitForMail(email, /personal code/);
  const opened = await server.gql<{ openInvitation: { token: string } }>(
    `mutation($token: String!) { openInvitation(token: $token) { token } }`,
    { token: tokenIn(mail.text) },
  );
  if (!opened.data) throw new Error(JSON.stringify(opened.errors));
  const nominee = opened.data.openInvitation.token;
  const mine = await server.gql<{ myInvitation: { version: number } }>(`{ myInvitation { version } }`, undefined, {
    as: nominee,
  });
  if (!mine.data) throw new Error(JSON.stringify(mine.errors));
  const saved = await server.gql<{ saveAnswers: { version: number } }>(
    `mutation($input: SaveAnswersInput!) { saveAnswers(input: $input) { version } }`,
    {
      input: {
        version: mine.data.myInvitation.version,
        answers: [
          { key: 'qualifications', text: 'Twenty years on the bench.' },
          ...(submit ? [{ key: 'conflict', yes: false }] : []),
        ],
      },
    },
    { as: nominee },
  );
  if (!saved.data) throw new Error(JSON.stringify(saved.errors));
  if (!submit) return;
  const submitted = await server.gql(
    `mutation($version: Int!) { submitResponse(version: $version) { status } }`,
    { version: saved.data.saveAnswers.version },
    { as: nominee },
  );
  if (submitted.errors) throw new Error(JSON.stringify(submitted.errors));
}

describe('the questionnaires of an election in the staff console', () => {
  it('lets an officer issue, send, follow, remind and publish a questionnaire', async () => {
    const officer = await account(StaffRole.ELECTIONS_OFFICER, 'Olivia Officer');
    const { electionId, title, emails } = await electionWithNominees();
    const { context, page, blocked, problems } = await newTab('en-GB');

    await page.goto(`${server.baseUrl}/console/elections/${electionId}`);
    await signIn(page, officer.email);
    await heading(page, title).waitFor();
    await page.getByRole('link', { name: 'Issue a questionnaire' }).click();
    await heading(page, `Issue a questionnaire for “${title}”`).waitFor();

    // Nothing chosen: each problem is named and linked to its field.
    await page.getByRole('button', { name: 'Issue the questionnaire' }).click();
    await page.getByRole('link', { name: 'Choose a template' }).waitFor();
    await page.getByRole('link', { name: 'Enter the day answers are due' }).waitFor();

    // The template's questions, in both languages.
    await page
      .getByLabel('Template')
      .selectOption({ label: `Questionnaire for judicial candidates ${run} (version 1)` });
    const preview = page.getByRole('table', { name: 'Preview: 3 questions' });
    await preview.getByText('How do you meet art. 36(3)?').waitFor();
    await preview.getByText("Comment remplissez-vous l'art. 36(3) ?").waitFor();
    // Its title in both languages: what nominees reading in French see.
    const titles = preview.getByRole('row', { name: /^Title / });
    await titles.getByText(`Questionnaire aux candidats aux fonctions de juge ${run}`).waitFor();
    await preview.getByText('Anglais').waitFor();
    await page.getByLabel('Answers due by').fill(addDays(today(server), 14));
    await page.getByLabel('Answers published on').fill(addDays(today(server), 7));
    await page.getByRole('button', { name: 'Issue the questionnaire' }).click();
    await page.getByRole('link', { name: 'Answers are published on or after the deadline' }).waitFor();
    await checkScreen(page, 'console-questionnaires-01-issue');
    await page.getByLabel('Answers published on').fill(addDays(today(server), 21));
    await page.getByRole('button', { name: 'Issue the questionnaire' }).click();

    await heading(page, `Questionnaire for judicial candidates ${run}`).waitFor();
    await page.getByText(/was issued\. Send the invitations/).waitFor();
    await page.getByText('Nobody has been invited yet: send the invitations.').waitFor();
    expect(await page.getByRole('link', { name: /Download the answers/ }).count()).toBe(0);

    // Send: both nominees invited, their mail goes out.
    await page.getByRole('button', { name: 'Send the invitations' }).click();
    await page.getByText('Invitations sent: 2.').waitFor();
    // The button is gone with nobody left to invite: focus is on what it did, not lost.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Invitations sent: 2.');
    const table = page.getByRole('table', { name: 'Nominees' });
    await table.getByRole('row', { name: /Ama Mensah/ }).waitFor();
    await server.waitForMail(emails[0], /personal code/);
    await server.waitForMail(emails[1], /personal code/);
    await page.getByRole('button', { name: 'Refresh' }).click();
    await table
      .getByRole('row', { name: /Ama Mensah/ })
      .getByRole('cell', { name: 'Sent', exact: true })
      .first()
      .waitFor();
    // Everyone standing is invited: nothing more to send until a late nomination.
    expect(await page.getByRole('button', { name: 'Send the invitations' }).count()).toBe(0);

    // A nominee opens the invitation and saves a draft: the row says so.
    await nomineeAnswers(emails[0]);
    await page.getByRole('button', { name: 'Refresh' }).click();
    const ama = table.getByRole('row', { name: /Ama Mensah/ });
    await ama.getByText('Draft', { exact: true }).waitFor();
    await page.getByRole('list', { name: 'Nominees by status' }).getByText('Draft').waitFor();

    // Filter and sort.
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Draft (1)' });
    await page.getByText('Nominees shown: 1 of 2.').waitFor();
    expect(await table.getByRole('row', { name: /Rosa Quispe/ }).count()).toBe(0);
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Any' });
    await page.getByLabel('Name contains').fill('rosa');
    await page.getByText('Nominees shown: 1 of 2.').waitFor();
    await page.getByLabel('Name contains').fill('');
    await table.getByRole('button', { name: 'Nominee' }).click(); // now descending
    const names = await table.locator('tbody th').allTextContents();
    expect(names).toEqual(['Rosa Quispe', 'Ama Mensah']);
    expect(await table.getByRole('columnheader', { name: /Nominee/ }).getAttribute('aria-sort')).toBe('descending');
    await checkScreen(page, 'console-questionnaires-02-tracking');

    // Remind; again within 24 hours is refused with the time of the last one; send anyway.
    await page.getByRole('button', { name: 'Remind those who have not answered' }).click();
    await page.getByText('Reminders sent: 2.').waitFor();
    await page.getByRole('button', { name: 'Remind those who have not answered' }).click();
    await page.getByText(/^Nominees were last reminded on .+ the next reminder is due from .+\./).waitFor();
    await checkScreen(page, 'console-questionnaires-03-remind-too-soon');
    await page.getByRole('button', { name: 'Send the reminder anyway' }).click();
    await page.getByText('Reminders sent: 2.').waitFor();
    expect(
      await table
        .getByRole('row', { name: /Ama Mensah/ })
        .getByText(/\d{4}/)
        .count(),
    ).toBeGreaterThan(0);

    // Extend one nominee's deadline, with its reason.
    await page.getByRole('button', { name: 'Extend the deadline of Rosa Quispe' }).click();
    await page.getByRole('heading', { level: 2, name: 'Extend the deadline of Rosa Quispe' }).waitFor();
    await page.getByRole('button', { name: 'Extend the deadline', exact: true }).click();
    await page.getByRole('link', { name: 'Enter the new deadline' }).waitFor();
    await page.getByLabel('New deadline').fill(addDays(today(server), 20));
    await page.getByLabel('Reason').fill('Travelling without internet access until the 18th.');
    await page.getByRole('button', { name: 'Extend the deadline', exact: true }).click();
    await page.getByText(/^The deadline of Rosa Quispe is now the end of/).waitFor();

    // Resend an invitation.
    await page.getByRole('button', { name: 'Resend the invitation to Ama Mensah' }).click();
    await page.getByText('A new invitation was sent to Ama Mensah; the old code no longer works.').waitFor();

    // The other nominee submits; the response is reopened, with its reason.
    await nomineeAnswers(emails[1], true);
    await page.getByRole('button', { name: 'Refresh' }).click();
    await table
      .getByRole('row', { name: /Rosa Quispe/ })
      .getByText('Submitted', { exact: true })
      .waitFor();
    await page.getByRole('button', { name: 'Reopen the response of Rosa Quispe' }).click();
    await page.getByLabel('Reason').fill('Asked to correct a date in her answer.');
    // Every nominee's name is in view beside the row's buttons (the table fits, or its names stay put).
    const frame = (await table.locator('..').boundingBox())!;
    for (const name of ['Rosa Quispe', 'Ama Mensah']) {
      const cell = (await table.getByRole('rowheader', { name }).boundingBox())!;
      expect([name, cell.x >= frame.x - 1 && cell.x + cell.width <= frame.x + frame.width + 1]).toEqual([name, true]);
    }
    await checkScreen(page, 'console-questionnaires-04-reopen');
    await page.getByRole('button', { name: 'Reopen the response', exact: true }).click();
    await page.getByText('The response of Rosa Quispe was reopened.').waitFor();
    await table
      .getByRole('row', { name: /Rosa Quispe/ })
      .getByText('Draft', { exact: true })
      .waitFor();

    // Publish early: warned that two nominees still have time, then confirmed.
    await page.getByRole('button', { name: 'Publish the answers now' }).click();
    await page.getByText(/^Nominees who still have time to answer: 2 \(the last deadline is .+\)/).waitFor();
    await checkScreen(page, 'console-questionnaires-05-publish-warning');
    await page.getByRole('button', { name: 'Publish anyway' }).click();
    await page.getByText('The answers are published.').waitFor();
    await page.getByText(/^Published on/).waitFor();
    expect(await page.getByRole('button', { name: 'Publish the answers now' }).count()).toBe(0);
    const csv = page.getByRole('link', { name: 'Download the answers (CSV)' });
    const json = page.getByRole('link', { name: 'Download the answers (JSON)' });
    const csvUrl = new URL((await csv.getAttribute('href')) ?? '', server.baseUrl).toString();
    const jsonUrl = new URL((await json.getAttribute('href')) ?? '', server.baseUrl).toString();
    // They need no token once published.
    const csvRes = await fetch(csvUrl);
    expect([csvRes.status, csvRes.headers.get('content-type')]).toEqual([200, 'text/csv; charset=utf-8']);
    const jsonRes = await fetch(jsonUrl);
    expect(jsonRes.status).toBe(200);
    expect(((await jsonRes.json()) as { responses: unknown[] }).responses.length).toBe(2);
    await checkScreen(page, 'console-questionnaires-06-published');

    // In French: the same screen, dates by Intl.
    await page.getByRole('button', { name: 'Lire en français' }).click();
    await page.getByRole('heading', { level: 2, name: 'Candidats par statut' }).waitFor();
    await page.getByText(/^Publié le/).waitFor();
    await page.getByText('Les réponses sont publiées.').waitFor(); // the last action's message too
    await checkScreen(page, 'console-questionnaires-07-fr');
    await page.getByRole('button', { name: 'Read in English' }).click();

    // A late nomination: the sending is offered again, for them.
    await nominate(server, await server.tokenFor(StaffRole.ELECTIONS_OFFICER), electionId, 'KE', {
      fullName: 'Wanjiku Otieno',
      contactEmail: `q${run}-late@example.org`,
    });
    await page.getByRole('button', { name: 'Refresh' }).click();
    await table.getByRole('row', { name: /Wanjiku Otieno/ }).waitFor();
    await page.getByRole('button', { name: 'Send the invitations' }).click();
    await page.getByText('Invitations sent: 1.').waitFor();
    // They decline, with a reason: the team reads it in the row.
    const late = await server.waitForMail(`q${run}-late@example.org`, /personal code/);
    const opened = await server.gql<{ openInvitation: { token: string } }>(
      `mutation($token: String!) { openInvitation(token: $token) { token } }`,
      { token: tokenIn(late.text) },
    );
    const declined = await server.gql(
      `mutation { declineQuestionnaire(reason: "I stand for another post this year.") { status } }`,
      {},
      { as: opened.data!.openInvitation.token },
    );
    expect(declined.errors).toBeUndefined();
    await page.getByRole('button', { name: 'Refresh' }).click();
    await table
      .getByRole('row', { name: /Wanjiku Otieno/ })
      .getByText('Reason given: I stand for another post this year.')
      .waitFor();

    // The election page links to it.
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('link', { name: `Track “Questionnaire for judicial candidates ${run}”` }).waitFor();

    expect(blocked).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 240_000);

  it('offers a panel member no questionnaire action', async () => {
    const member = await account(StaffRole.PANEL_MEMBER, 'Paul Panel');
    const { electionId, title } = await electionWithNominees();
    const officer = await server.tokenFor(StaffRole.ELECTIONS_OFFICER);
    const templates = await server.gql<{ questionnaireTemplates: { id: string; title: string }[] }>(
      `{ questionnaireTemplates { id title } }`,
      undefined,
      { as: officer },
    );
    const template = templates.data?.questionnaireTemplates.find((x) => x.title.endsWith(` ${run}`));
    const issued = await server.gql<{ issueQuestionnaire: { id: string } }>(
      `mutation($input: IssueQuestionnaireInput!) { issueQuestionnaire(input: $input) { id } }`,
      {
        input: {
          electionId,
          templateId: template?.id,
          deadline: new Date(Date.now() + 14 * 86_400_000).toISOString(),
          publishAt: new Date(Date.now() + 21 * 86_400_000).toISOString(),
        },
      },
      { as: officer },
    );
    const questionnaireId = issued.data?.issueQuestionnaire.id ?? '';
    expect(questionnaireId).not.toBe('');

    const { context, page, problems } = await newTab('en-GB');
    await page.goto(`${server.baseUrl}/console/elections/${electionId}`);
    await signIn(page, member.email);
    await heading(page, title).waitFor();
    // The questionnaire is listed, but neither opened for tracking nor issued from here.
    await page.getByText(`Questionnaire for judicial candidates ${run}`).waitFor();
    expect(await page.getByRole('link', { name: /Questionnaire for judicial candidates|Track/ }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Issue a questionnaire' }).count()).toBe(0);
    await checkScreen(page, 'console-questionnaires-08-panel-member');

    for (const path of [
      `/console/elections/${electionId}/questionnaires/new`,
      `/console/elections/${electionId}/questionnaires/${questionnaireId}`,
    ]) {
      await page.goto(`${server.baseUrl}${path}`);
      await heading(page, 'Your role may not do this.').waitFor();
      expect(await page.getByRole('button', { name: /Send|Remind|Publish|Issue/ }).count()).toBe(0);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
