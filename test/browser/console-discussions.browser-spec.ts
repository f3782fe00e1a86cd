/// <reference lib="dom" />
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { systemAuthor } from '../../src/common/author.js';
import { StaffRole } from '../../src/common/domain.enums.js';
import { addDays } from '../../src/common/scalars/local-date.scalar.js';
import { StaffUsersService } from '../../src/modules/auth/staff-users.service.js';
import { nominate, openElection, today } from '../support/factories.js';
import { linkIn, tokenIn } from '../support/questionnaire-factories.js';
import { launchChromium } from './support/chromium.js';
import { checkScreen, fitsIn320, openTab, screenshot, seriousViolations } from './support/page-checks.js';
import { startWebServer, type WebServer } from './support/web-server.js';

// Public panel discussions and advocacy to States in the staff console, in a real Chromium against
// the real server: an officer organises, edits (a stale edit from a second tab), publishes and
// records a discussion, a nominee with no questionnaire answers with the discussion's own code, the
// officer records outreach to a State and downloads the CSV for its group; a panel member is
// offered none of it. Screenshots go to test-results/screenshots.
let server: WebServer;
let browser: Browser;

beforeAll(async () => {
  server = await startWebServer();
  browser = await launchChromium();
});

afterAll(async () => {
  server?.clock.set(null);
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

const newTab = (locale: string) => openTab(browser, server.baseUrl, { locale, acceptDownloads: true });

/** axe finds nothing serious, the screen fits 320 px without scrolling sideways, and is kept as screenshots. */
async function checkScreenAndPhone(page: Page, name: string): Promise<void> {
  await checkScreen(page, name);
  await fitsIn320(page, name);
}

async function signIn(page: Page, email: string, labels = { email: 'E-mail address', password: 'Password' }) {
  await page.getByLabel(labels.email).fill(email);
  await page.getByLabel(labels.password).fill(PASSWORD);
  await page.getByRole('button', { name: /^(Sign in|Se connecter)$/ }).click();
}

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

let run = 0;

/** A judicial election open for nominations with two nominees who have no questionnaire (through the API). */
async function electionWithNominees(): Promise<{ electionId: string; title: string; emails: string[]; ids: string[] }> {
  run += 1;
  const officer = await server.tokenFor(StaffRole.ELECTIONS_OFFICER);
  const title = `Judges, discussions ${run} ${randomBytes(2).toString('hex')}`;
  const election = await openElection(server, officer, { title });
  const emails: string[] = [];
  const ids: string[] = [];
  for (const [state, fullName] of [
    ['GH', 'Ama Mensah'],
    ['PE', 'Rosa Quispe'],
  ]) {
    const email = `d${run}-${state.toLowerCase()}-${randomBytes(3).toString('hex')}@example.org`;
    ids.push((await nominate(server, officer, election.id, state, { fullName, contactEmail: email })).id);
    emails.push(email);
  }
  return { electionId: election.id, title, emails, ids };
}

/** What an observer (no token) reads of a candidacy's discussions. */
async function observerSees(candidacyId: string) {
  const res = await server.gql<{
    candidacy: { discussions: { answer: string; discussion: { title: string; summary: string | null } }[] };
  }>(`query($id: ID!) { candidacy(id: $id) { discussions { answer discussion { title summary } } } }`, {
    id: candidacyId,
  });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.candidacy.discussions;
}

describe('public panel discussions in the staff console', () => {
  it('lets an officer organise, edit (stale edit from two tabs), publish and record a discussion; a nominee without a questionnaire answers with its code', async () => {
    const officer = await account(StaffRole.ELECTIONS_OFFICER, 'Olivia Officer');
    const { electionId, title, emails, ids } = await electionWithNominees();
    const { context, page, blocked, problems } = await newTab('en-GB');

    await page.goto(`${server.baseUrl}/console/elections/${electionId}`);
    await signIn(page, officer.email);
    await heading(page, title).waitFor();
    await page.getByRole('link', { name: 'Public panel discussions' }).click();
    await heading(page, `Public panel discussions: ${title}`).waitFor();
    await page.getByText('No discussion has been organised for this election.').waitFor();
    await page.getByRole('link', { name: 'Organise a discussion' }).click();
    await heading(page, 'Organise a public panel discussion').waitFor();

    // Nothing filled in: each problem is named and linked to its field.
    await page.getByRole('button', { name: 'Organise and invite' }).click();
    await page.getByRole('link', { name: 'Enter the title' }).waitFor();
    await page.getByRole('link', { name: 'Enter a real day' }).waitFor();
    await page.getByRole('link', { name: 'Give a place or an online link' }).waitFor();
    await checkScreenAndPhone(page, 'console-discussions-01-form-errors');

    const day = addDays(today(server), 10);
    await page.getByLabel('Title').fill('Judges in conversation');
    await page.getByLabel('Day').fill(day);
    await page.getByLabel('Time', { exact: true }).fill('18:30');
    expect(await page.getByLabel('Time zone where it is held').inputValue()).toBe('Europe/Amsterdam');
    await page.getByLabel('Place').fill('Peace Palace, The Hague');
    await page.getByLabel('Online link').fill('http://insecure.example.org');
    await page.getByLabel('Moderators').fill('Jane Moderator\nJean Modérateur');
    await page.getByLabel('Ama Mensah (Ghana)').check();
    await page.getByLabel('Rosa Quispe (Peru)').check();
    await page.getByRole('button', { name: 'Organise and invite' }).click();
    await page.getByRole('link', { name: 'Enter a full address starting with https://' }).waitFor();
    await page.getByLabel('Online link').fill('https://live.example.org/judges');
    await page.getByRole('button', { name: 'Organise and invite' }).click();

    await heading(page, 'Judges in conversation').waitFor();
    await page.getByText('The discussion is organised and the nominees invited.').waitFor();
    // The time where it is held, in the reader's language ('en': 12-hour clock), the zone named.
    await page.getByText(/18:30.*\(Central European (Standard|Summer) Time, Amsterdam\)/).waitFor();
    const invitees = page.getByRole('table', { name: 'Nominees invited' });
    await invitees.getByRole('row', { name: /Ama Mensah.*No reply yet/ }).waitFor();
    await invitees.getByRole('row', { name: /Rosa Quispe.*No reply yet/ }).waitFor();
    await page.getByText('Not published: staff only').waitFor();
    await checkScreenAndPhone(page, 'console-discussions-02-organised');
    const discussionUrl = page.url();

    // Ama has no questionnaire: the link in her invitation opens her page with the discussion's own code.
    const mail = await server.waitForMail(emails[0], /public panel discussion/);
    expect(tokenIn(mail.text)).toMatch(/^d\./);
    const nominee = await newTab('en-GB');
    await nominee.page.goto(linkIn(mail.text));
    await heading(nominee.page, 'Your invitation to a panel discussion').waitFor();
    const card = nominee.page.getByRole('region', { name: 'Judges in conversation' });
    await card.getByRole('button', { name: 'Accept' }).click();
    await card.getByRole('status').filter({ hasText: 'Thank you: you have accepted.' }).waitFor();
    expect([await seriousViolations(nominee.page)]).toEqual([[]]);
    await screenshot(nominee.page, 'console-discussions-03-nominee-by-code');
    expect(nominee.blocked).toEqual([]);
    await nominee.context.close();
    // Rosa declines through the API with hers.
    const rosaMail = await server.waitForMail(emails[1], /public panel discussion/);
    const opened = await server.gql<{ openDiscussionInvitation: { token: string } }>(
      `mutation($token: String!) { openDiscussionInvitation(token: $token) { token } }`,
      { token: tokenIn(rosaMail.text) },
    );
    const discussionId = discussionUrl.split('/').at(-1)!;
    const declined = await server.gql(
      `mutation($input: AnswerDiscussionInvitationInput!) { answerDiscussionInvitation(input: $input) { answer } }`,
      { input: { discussionId, accept: false } },
      { as: opened.data!.openDiscussionInvitation.token },
    );
    expect(declined.errors).toBeUndefined();
    await page.reload();
    await invitees.getByRole('row', { name: /Ama Mensah.*Accepted/ }).waitFor();
    await invitees.getByRole('row', { name: /Rosa Quispe.*Declined/ }).waitFor();

    // Two tabs edit the same version: the second is told, reloads, and saves on the new version.
    await page.getByRole('link', { name: 'Edit' }).click();
    await heading(page, 'Edit: Judges in conversation').waitFor();
    const second = await newTab('en-GB');
    await second.page.goto(`${discussionUrl}/edit`);
    await signIn(second.page, officer.email);
    await heading(second.page, 'Edit: Judges in conversation').waitFor();

    await page.getByLabel('Title').fill('Judges in conversation: the bench we need');
    await page.getByRole('button', { name: 'Save the changes' }).click();
    await heading(page, 'Judges in conversation: the bench we need').waitFor();

    await second.page.getByLabel('Place').fill('The Hague Institute for Global Justice');
    await second.page.getByRole('button', { name: 'Save the changes' }).click();
    await second.page
      .getByText(/Someone else changed this discussion since you opened it \(it is now version 2\)/)
      .waitFor();
    await checkScreenAndPhone(second.page, 'console-discussions-04-stale-edit');
    await second.page.getByRole('button', { name: 'Reload the discussion' }).click();
    await second.page.waitForFunction(
      () =>
        (document.getElementById('discussion-title') as HTMLInputElement | null)?.value ===
        'Judges in conversation: the bench we need',
    );
    await second.page.getByLabel('Place').fill('The Hague Institute for Global Justice');
    await second.page.getByRole('button', { name: 'Save the changes' }).click();
    await heading(second.page, 'Judges in conversation: the bench we need').waitFor();
    await second.page.getByText('The Hague Institute for Global Justice').waitFor();
    await second.context.close();

    // Unpublished: observers see nothing of it. Published: they do, a decline shown as such.
    expect(await observerSees(ids[1])).toEqual([]);
    await page.reload();
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('The discussion is published.').waitFor();
    await page.getByText(/· Published /).waitFor();
    expect(await page.getByRole('button', { name: 'Publish' }).count()).toBe(0);
    expect(await observerSees(ids[1])).toEqual([
      { answer: 'DECLINED', discussion: { title: 'Judges in conversation: the bench we need', summary: null } },
    ]);

    // After the event (server and browser clocks moved past it): the record, public once saved.
    const after = new Date(Date.parse(`${day}T20:00:00Z`));
    server.clock.set(after.toISOString());
    await page.clock.setFixedTime(after);
    await page.reload();
    // The browser's clock jumped past the session's end: sign in again, on the same address.
    await signIn(page, officer.email);
    await heading(page, 'Judges in conversation: the bench we need').waitFor();
    await page.getByRole('link', { name: 'Record what was said' }).click();
    await heading(page, 'Record: Judges in conversation: the bench we need').waitFor();
    await page.getByLabel('Public summary').fill('The nominees set out their views on the independence of the bench.');
    await page.getByLabel('Recording').fill('https://video.example.org/judges');
    await page.getByLabel('Transcript').fill('https://docs.example.org/judges.pdf');
    await page
      .getByLabel('Questions put to the nominees')
      .fill('How do you see judicial independence?\nWhat is your experience of trials?');
    await page.getByRole('button', { name: 'Save the record' }).click();
    await page.getByText('The record is saved.').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Record of the discussion' }).waitFor();
    await page.getByRole('listitem').filter({ hasText: 'How do you see judicial independence?' }).waitFor();
    await checkScreenAndPhone(page, 'console-discussions-05-held');
    expect((await observerSees(ids[0]))[0]).toEqual({
      answer: 'ACCEPTED',
      discussion: {
        title: 'Judges in conversation: the bench we need',
        summary: 'The nominees set out their views on the independence of the bench.',
      },
    });
    server.clock.set(null);

    // Another discussion, cancelled with its reason.
    const officerToken = await server.tokenFor(StaffRole.ELECTIONS_OFFICER);
    const second2 = await server.gql<{ createDiscussion: { id: string } }>(
      `mutation($input: CreateDiscussionInput!) { createDiscussion(input: $input) { id } }`,
      {
        input: {
          electionId,
          title: 'Second round of questions',
          startsAt: new Date(Date.now() + 20 * 86_400_000).toISOString(),
          timeZone: 'America/New_York',
          onlineUrl: 'https://live.example.org/second',
          languages: ['EN'],
          candidacyIds: [ids[0]],
        },
      },
      { as: officerToken },
    );
    await page.goto(
      `${server.baseUrl}/console/elections/${electionId}/discussions/${second2.data!.createDiscussion.id}`,
    );
    await heading(page, 'Second round of questions').waitFor();
    await page.getByRole('button', { name: 'Cancel the discussion' }).click();
    const cancelForm = page.getByRole('form', { name: 'Cancel the discussion' });
    await cancelForm.getByRole('button', { name: 'Cancel the discussion' }).click();
    await page.getByRole('link', { name: 'Enter the reason' }).waitFor();
    await cancelForm.getByLabel('Reason').fill('The moderator is ill.');
    await cancelForm.getByRole('button', { name: 'Cancel the discussion' }).click();
    await page.getByText('Cancelled: The moderator is ill.').waitFor();
    expect(await page.getByRole('link', { name: 'Edit' }).count()).toBe(0);

    await page.getByRole('link', { name: /All discussions of/ }).click();
    await heading(page, `Public panel discussions: ${title}`).waitFor();
    await page.getByRole('row', { name: /Second round of questions.*Cancelled/ }).waitFor();
    await page.getByRole('row', { name: /the bench we need.*Held.*1 accepted, 1 declined, 0 no reply/ }).waitFor();
    await checkScreenAndPhone(page, 'console-discussions-06-list');

    expect(blocked).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('lets an officer see who to contact, record and correct outreach, and download the CSV of a group', async () => {
    const officer = await account(StaffRole.ELECTIONS_OFFICER, 'Otto Officer');
    const { electionId, title } = await electionWithNominees();
    const { context, page, blocked, problems } = await newTab('en-GB');
    await page.goto(`${server.baseUrl}/console/elections/${electionId}`);
    await signIn(page, officer.email);
    await heading(page, title).waitFor();
    await page.getByRole('link', { name: 'Advocacy to States' }).click();
    await heading(page, `Advocacy to States: ${title}`).waitFor();

    const african = page.getByRole('region', { name: 'African States' });
    await african.getByText('A nomination from this group would help with:').waitFor();
    expect(await african.getByRole('row', { name: /Ghana/ }).count()).toBe(0); // Ghana nominated
    await african.getByRole('row', { name: /Nigeria.*Not contacted/ }).waitFor();
    await checkScreenAndPhone(page, 'console-advocacy-01-groups');

    await african.getByRole('button', { name: 'Record outreach to Nigeria' }).click();
    await page.getByRole('heading', { level: 2, name: 'Outreach to Nigeria' }).waitFor();
    await page.getByRole('button', { name: 'Record the outreach' }).click();
    await page.getByRole('link', { name: 'Choose how the State was reached' }).waitFor();
    await page.getByLabel('How').selectOption({ label: 'Letter' });
    await page.getByLabel('Note').fill('Letter to the Permanent Mission in The Hague about the shortfall.');
    await page.getByLabel('Outcome').fill('Will consider');
    await page.getByRole('button', { name: 'Record the outreach' }).click();
    await page.getByText('The outreach to Nigeria is recorded.').waitFor();
    const outreach = page.getByRole('table', { name: 'Outreach in this election' });
    await outreach.getByRole('row', { name: /Nigeria.*Letter.*Permanent Mission.*Will consider.*Not yet/ }).waitFor();
    await african.getByRole('row', { name: /Nigeria.*Last: .*Letter.*1 in all/ }).waitFor();

    // Corrected with its version.
    await outreach.getByRole('button', { name: /Edit the outreach to Nigeria of/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Correct the outreach to Nigeria' }).waitFor();
    await page.getByLabel('Outcome').fill('Will nominate a candidate for list B');
    await page.getByRole('button', { name: 'Save the changes' }).click();
    await page.getByText('The outreach to Nigeria is corrected.').waitFor();
    await outreach.getByRole('row', { name: /Nigeria.*Will nominate a candidate for list B/ }).waitFor();
    await checkScreenAndPhone(page, 'console-advocacy-02-recorded');

    // The CSV of the group, fetched with the staff session (a plain link would have no token).
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      african.getByRole('button', { name: 'Download the CSV of African States' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('potential-nominators-african.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFregional_group,state_code,state_name,group_flags,last_contacted_on,last_channel,last_outcome,contacts',
    );
    expect(csv).toMatch(
      /\r\nAFRICAN,NG,Nigeria,[^\r]*,\d{4}-\d\d-\d\d,LETTER,Will nominate a candidate for list B,1\r\n/,
    );
    expect(csv).not.toContain('Permanent Mission'); // notes stay in the console
    expect(csv).not.toContain(',GH,');

    // Nigeria nominates: it leaves the list, and its outreach says it nominated afterwards.
    // Dated the officer's day, as the contact was: the API's default is UTC's day, which near midnight
    // UTC is the day before the contact in the tab's time zone (Paris).
    const officersDay = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));
    await nominate(
      server,
      await server.tokenFor(StaffRole.ELECTIONS_OFFICER),
      electionId,
      'NG',
      { fullName: 'Chidi Okafor' },
      { nominatedOn: officersDay },
    );
    await page.reload();
    await outreach.getByRole('row', { name: /Nigeria.*Yes, on/ }).waitFor();
    expect(await african.getByRole('row', { name: /Nigeria/ }).count()).toBe(0);

    // Observers never see outreach, notes or records.
    const observer = await server.gql(`query($id: ID!) { outreachRecords(electionId: $id) { note } }`, {
      id: electionId,
    });
    expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(observer.errors?.[0]?.extensions?.code);
    expect(observer.data?.outreachRecords ?? null).toBeNull();

    expect(blocked).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('offers a panel member none of it, in French', async () => {
    const member = await account(StaffRole.PANEL_MEMBER, 'Paula Panel');
    const { electionId, title, ids } = await electionWithNominees();
    const created = await server.gql<{ createDiscussion: { id: string } }>(
      `mutation($input: CreateDiscussionInput!) { createDiscussion(input: $input) { id } }`,
      {
        input: {
          electionId,
          title: 'Débat des candidats',
          startsAt: new Date(Date.now() + 12 * 86_400_000).toISOString(),
          timeZone: 'Europe/Amsterdam',
          place: 'Palais de la Paix, La Haye',
          languages: ['FR', 'EN'],
          candidacyIds: ids,
        },
      },
      { as: await server.tokenFor(StaffRole.ELECTIONS_OFFICER) },
    );
    const { context, page, blocked } = await newTab('fr-FR');
    await page.goto(`${server.baseUrl}/console/elections/${electionId}`);
    await signIn(page, member.email, { email: 'Adresse électronique', password: 'Mot de passe' });
    await heading(page, title).waitFor();
    expect(await page.getByRole('link', { name: 'Plaidoyer auprès des États' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Débats publics' }).click();
    await heading(page, `Débats publics : ${title}`).waitFor();
    expect(await page.getByRole('link', { name: 'Organiser un débat' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Débat des candidats' }).click();
    await heading(page, 'Débat des candidats').waitFor();
    await page.getByText('français, anglais').waitFor();
    await page.getByRole('table', { name: 'Candidats invités' }).getByText('Pas encore de réponse').first().waitFor();
    for (const action of ['Modifier', 'Publier', 'Annuler le débat', 'Consigner le débat'])
      expect([
        action,
        await page
          .getByRole('button', { name: action })
          .or(page.getByRole('link', { name: action }))
          .count(),
      ]).toEqual([action, 0]);
    await checkScreenAndPhone(page, 'console-discussions-07-panel-member-fr');

    // Addresses of what the role may not do say so, and offer nothing.
    for (const path of [`discussions/new`, `discussions/${created.data!.createDiscussion.id}/edit`, `advocacy`]) {
      await page.goto(`${server.baseUrl}/console/elections/${electionId}/${path}`);
      await heading(page, 'Votre rôle ne permet pas de faire cela.').waitFor();
    }
    await checkScreenAndPhone(page, 'console-advocacy-03-panel-member-refused-fr');
    expect(blocked).toEqual([]);
    await context.close();
  });
});
