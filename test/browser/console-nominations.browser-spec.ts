/// <reference lib="dom" />
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { systemAuthor } from '../../src/common/author.js';
import { addDays } from '../../src/common/scalars/local-date.scalar.js';
import { StaffRole } from '../../src/common/domain.enums.js';
import { StaffUsersService } from '../../src/modules/auth/staff-users.service.js';
import { nominate, openElection } from '../support/factories.js';
import { launchChromium } from './support/chromium.js';
import { blockOtherOrigins, checkScreen, fitsIn320 } from './support/page-checks.js';
import { startWebServer, type WebServer } from './support/web-server.js';

// The console's nominations screens in a real Chromium against the real server: an officer imports
// a CSV file (good and bad rows previewed, nothing written; fixed, confirmed, all written), corrects
// a person's name through a stale edit, voids a nomination and finds it gone from the observers'
// reads; a panel member is offered none of it. Screenshots go to test-results/screenshots.
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
const TITLE = 'Election of six judges (nominations)';

async function account(role: StaffRole, displayName: string): Promise<string> {
  const email = `${role.toLowerCase()}-${randomBytes(4).toString('hex')}@example.org`;
  await server.app
    .get(StaffUsersService)
    .create({ email, password: PASSWORD, role, displayName }, systemAuthor('test'));
  return email;
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Waits until a control holds this value (React sets it as a property, not an attribute). */
async function valueIs(page: Page, id: string, want: string): Promise<void> {
  await page.waitForFunction(
    ([id, want]) => (document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement | null)?.value === want,
    [id, want] as const,
  );
}

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

// Judges staying in office: France among them, so a French national cannot stand (art. 36(7)).
const SITTING = ['NG', 'KE', 'JP', 'KR', 'PL', 'CZ', 'SK', 'AR', 'BR', 'FR', 'DE', 'IT'].map((n, i) => ({
  fullName: `Judge ${n}`,
  nationality: n,
  list: i < 8 ? 'A' : 'B',
  gender: i === 0 ? 'FEMALE' : 'MALE',
}));

const HEADER = 'fullName,gender,nationality,nominatingState,list,nominationProcedure,contactEmail';
const GOOD = [
  'Aoife Byrne,FEMALE,IE,IE,A,HIGHEST_JUDICIAL_OFFICES,aoife.byrne@example.org',
  'Pieter de Vries,MALE,NL,NL,B,ICJ_PROCEDURE,pieter.devries@example.org',
];
const BAD = [
  'John Smith,MALE,US,US,A,HIGHEST_JUDICIAL_OFFICES,',
  'Claire Martin,FEMALE,FR,BE,A,HIGHEST_JUDICIAL_OFFICES,',
  'Second Senegalese,MALE,SN,SN,B,HIGHEST_JUDICIAL_OFFICES,',
];

/** What an observer (nobody signed in) reads through the public API. */
async function observerRead(electionId: string, candidacyId: string) {
  const res = await fetch(`${server.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `query($e: ID!, $c: ID!) { candidacy(id: $c) { id }
        election(id: $e) { candidacies { totalCount edges { node { person { fullName } } } } } }`,
      variables: { e: electionId, c: candidacyId },
    }),
  });
  const body = (await res.json()) as {
    data: {
      candidacy: { id: string } | null;
      election: { candidacies: { totalCount: number; edges: { node: { person: { fullName: string } } }[] } };
    };
  };
  return body.data;
}

describe('the console’s nominations screens', () => {
  it('imports a CSV file through its preview, corrects a name through a stale edit and voids a nomination', async () => {
    const officerToken = await server.tokenFor(StaffRole.ELECTIONS_OFFICER);
    const election = await openElection(server, officerToken, { title: TITLE, sittingJudges: SITTING });
    const misspelt = await nominate(server, officerToken, election.id, 'SN', {
      fullName: 'Awa Ndiay',
      gender: 'FEMALE',
    });
    const mistaken = await nominate(server, officerToken, election.id, 'GH', {
      fullName: 'Mistaken Entry',
      gender: 'MALE',
    });

    const email = await account(StaffRole.ELECTIONS_OFFICER, 'Olivia Officer');
    const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Paris' });
    const blocked = await blockOtherOrigins(context, server.baseUrl);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));

    await page.goto(`${server.baseUrl}/console/elections/${election.id}`);
    await signIn(page, email);
    await heading(page, TITLE).waitFor();
    await page.getByText('Candidacies shown: 2 of 2').waitFor();

    // Filters: the table asks the API again.
    await page.getByLabel('Status', { exact: true }).selectOption('WITHDRAWN');
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    await page.getByText('No candidacy matches these filters.').waitFor();
    await page.getByRole('button', { name: 'Clear the filters' }).click();
    await page.getByLabel('Gender', { exact: true }).selectOption('FEMALE');
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    await page.getByText('Candidacies shown: 1 of 1').waitFor();
    await page.getByRole('rowheader', { name: /Awa Ndiay/ }).waitFor();
    await checkScreen(page, 'console-nominations-01-filtered');
    await page.getByRole('button', { name: 'Clear the filters' }).click();
    await page.getByText('Candidacies shown: 2 of 2').waitFor();

    // Import: a file with good and bad rows is previewed row by row; nothing is written.
    await page.getByRole('link', { name: 'Import nominations from a CSV file' }).click();
    await heading(page, `Import nominations: ${TITLE}`).waitFor();
    await checkScreen(page, 'console-nominations-02-import');
    await page.getByLabel('CSV file').setInputFiles({
      name: 'nominations.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([HEADER, GOOD[0], ...BAD, GOOD[1]].join('\r\n')),
    });
    await valueIs(page, 'import-text', [HEADER, GOOD[0], ...BAD, GOOD[1]].join('\n'));
    await page.getByRole('button', { name: 'Check the rows' }).click();
    await page.getByRole('heading', { name: '2 rows can be created, 3 are refused.' }).waitFor();
    await page.getByText('The nominating State is not a State Party on the day of the nomination.').waitFor();
    await page.getByText('A judge of the same nationality stays in office').waitFor();
    await page.getByText('This State already has a candidate in this election (art. 36(4)(b)).').waitFor();
    expect(await page.getByText('Will be created').count()).toBe(2);
    expect(await page.getByRole('button', { name: /Create the/ }).count()).toBe(0);
    await checkScreen(page, 'console-nominations-03-preview');
    await fitsIn320(page, 'console-nominations-03-preview', { axe: true });
    expect((await observerRead(election.id, mistaken.id)).election.candidacies.totalCount).toBe(2);

    // The same preview in French.
    await page.getByRole('button', { name: 'Lire en français' }).click();
    await page.getByRole('heading', { name: '2 lignes peuvent être créées, 3 sont refusées.' }).waitFor();
    expect(await page.getByText('Sera créée').count()).toBe(2);
    await checkScreen(page, 'console-nominations-04-preview-fr');
    await page.getByRole('button', { name: 'Read in English' }).click();

    // Fixed (the bad rows taken out), checked again, confirmed: every row written.
    await page.getByLabel('Or paste the CSV text').fill([HEADER, ...GOOD].join('\n'));
    await page.getByText('The file changed since it was checked: check it again.').waitFor();
    await page.getByRole('button', { name: 'Check the rows' }).click();
    await page.getByRole('heading', { name: 'Every row can be created: 2 nominations.' }).waitFor();
    await page.getByRole('button', { name: 'Create the 2 nominations' }).click();
    await page.getByText('2 nominations were created.').waitFor();
    await heading(page, TITLE).waitFor();
    await page.getByText('Candidacies shown: 4 of 4').waitFor();
    await page.getByRole('rowheader', { name: /Aoife Byrne/ }).waitFor();
    await page.getByRole('rowheader', { name: /Pieter de Vries/ }).waitFor();

    // A correction whose record changed meanwhile (another officer's tab): said, then reloaded.
    await page.getByRole('link', { name: 'Correct the record of Awa Ndiay' }).click();
    await heading(page, 'Correct the record of Awa Ndiay').waitFor();
    await page.getByLabel('Full name').fill('Awa Ndiaye');
    const person = misspelt.person as { id: string };
    const meanwhile = await server.gql(
      `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { version } }`,
      { input: { id: person.id, version: 1, contactEmail: 'awa.ndiaye@example.org' } },
      { as: officerToken },
    );
    expect(meanwhile.errors).toBeUndefined();
    await page.getByRole('button', { name: 'Save the correction' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /changed this record/ })
      .waitFor();
    await checkScreen(page, 'console-nominations-05-stale');
    await page.getByRole('button', { name: 'Reload the record' }).click();
    await valueIs(page, 'person-contactEmail', 'awa.ndiaye@example.org');
    await valueIs(page, 'person-fullName', 'Awa Ndiay');
    await page.getByLabel('Full name').fill('Awa Ndiaye');
    await fitsIn320(page, 'console-nominations-06-person', { axe: true });
    await page.getByRole('button', { name: 'Save the correction' }).click();
    await page.getByText('The record of Awa Ndiaye was corrected.').waitFor();
    await page.getByRole('rowheader', { name: /Awa Ndiaye/ }).waitFor();

    // An address emptied is removed.
    await page.getByRole('link', { name: 'Correct the record of Awa Ndiaye' }).click();
    await heading(page, 'Correct the record of Awa Ndiaye').waitFor();
    await valueIs(page, 'person-contactEmail', 'awa.ndiaye@example.org');
    await page.getByLabel('Contact e-mail').fill('');
    await page.getByRole('button', { name: 'Save the correction' }).click();
    await page.getByText('The record of Awa Ndiaye was corrected.').waitFor();
    const contact = await server.gql<{ personContact: { contactEmail: string | null } }>(
      `query($id: ID!) { personContact(id: $id) { contactEmail } }`,
      { id: person.id },
      { as: officerToken },
    );
    expect(contact.data!.personContact.contactEmail).toBeNull();

    // Void: a reason and a tick; then gone from the table and from the observers' reads.
    await page.getByRole('link', { name: 'Void the nomination of Mistaken Entry' }).click();
    await heading(page, 'Void the nomination of Mistaken Entry').waitFor();
    await page.getByRole('button', { name: 'Void the nomination' }).click();
    await page.getByRole('link', { name: 'Enter the reason (at least 3 characters)' }).waitFor();
    await page.getByRole('link', { name: 'Tick the box to confirm' }).waitFor();
    await checkScreen(page, 'console-nominations-07-void-errors');
    await page.getByLabel('Why is this nomination void?').fill('Entered in the wrong election');
    await page.getByLabel('I understand that this nomination will disappear from every list').check();
    await fitsIn320(page, 'console-nominations-08-void', { axe: true });
    await page.getByRole('button', { name: 'Void the nomination' }).click();
    await page.getByText('The nomination of Mistaken Entry was voided.').waitFor();
    await page.getByText('Candidacies shown: 3 of 3').waitFor();
    expect(await page.getByRole('rowheader', { name: /Mistaken Entry/ }).count()).toBe(0);
    await checkScreen(page, 'console-nominations-09-after');
    const observed = await observerRead(election.id, mistaken.id);
    expect(observed.candidacy).toBeNull();
    expect(observed.election.candidacies.edges.map((e) => e.node.person.fullName).sort()).toEqual([
      'Aoife Byrne',
      'Awa Ndiaye',
      'Pieter de Vries',
    ]);

    expect(blocked).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 240_000);

  it('dates what is left without a day on the officer’s day, not UTC’s (a tab where the two differ)', async () => {
    const officerToken = await server.tokenFor(StaffRole.ELECTIONS_OFFICER);
    const election = await openElection(server, officerToken, { title: 'Election of six judges (days)' });
    // A time zone whose day is not UTC's now, at whatever hour the test runs: UTC+14 from 11:00 UTC
    // (its day is UTC's tomorrow), UTC−12 before (UTC's yesterday), an hour from either edge.
    const timezoneId = new Date().getUTCHours() >= 11 ? 'Pacific/Kiritimati' : 'Etc/GMT+12';
    const email = await account(StaffRole.ELECTIONS_OFFICER, 'Olivia Officer');
    const context = await browser.newContext({ locale: 'en-GB', timezoneId });
    const blocked = await blockOtherOrigins(context, server.baseUrl);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    const officersDay = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));
    expect(officersDay).not.toBe(new Date().toISOString().slice(0, 10));
    /** The days stored in `column` of `table` for this election. */
    const stored = async (table: string, column: string) =>
      (
        await server.dataSource.query<{ day: string }[]>(
          `SELECT to_char(${column}, 'YYYY-MM-DD') AS day FROM ${table} WHERE election_id = $1`,
          [election.id],
        )
      ).map((r) => r.day);

    // A nomination with the day left empty ("Leave empty for today").
    await page.goto(`${server.baseUrl}/console/elections/${election.id}/nominate`);
    await signIn(page, email);
    await heading(page, /^Nominate a candidate in/).waitFor();
    await page.getByLabel('Full name').fill('Ana Pérez');
    await page.getByLabel('Female').check();
    await page.getByLabel('Nationality for the purposes of the Statute').fill('AR');
    await page.getByLabel('Nominating State').selectOption({ label: 'Argentina' });
    await page.getByLabel('List A: criminal law and procedure').check();
    await page.getByLabel('Procedure for the highest judicial offices').check();
    await page.getByRole('button', { name: 'Record the nomination' }).click();
    await page.getByText('Ana Pérez was nominated.').waitFor();
    expect(await stored('candidacy', 'nominated_on')).toEqual([officersDay]);

    // A withdrawal, its day left empty too.
    await page.getByRole('link', { name: 'Withdraw Ana Pérez' }).click();
    await heading(page, 'Withdraw the candidacy of Ana Pérez').waitFor();
    await page.getByLabel('Reason for the withdrawal').fill('Note verbale of the Permanent Mission.');
    await page.getByRole('button', { name: 'Withdraw the candidacy' }).click();
    await page.getByText('The candidacy of Ana Pérez was withdrawn.').waitFor();
    expect(await stored('candidacy', 'withdrawn_on')).toEqual([officersDay]);

    // An extension, decided today.
    await page.getByRole('link', { name: 'Extend the nomination period' }).click();
    await heading(page, /^Extend the nomination period of/).waitFor();
    await page.getByLabel('New closing day').fill(addDays(election.nominationClosesOn as string, 7));
    await page.getByLabel('Reason for the extension').fill('Too few candidates.');
    await page.getByRole('button', { name: 'Extend the period' }).click();
    await page.getByText(/^The nomination period now ends on/).waitFor();
    expect(await stored('nomination_extension', 'decided_on')).toEqual([officersDay]);
    expect(blocked).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  it('offers a panel member none of it, and refuses the addresses', async () => {
    const officerToken = await server.tokenFor(StaffRole.ELECTIONS_OFFICER);
    const election = await openElection(server, officerToken, { title: `${TITLE} (panel)` });
    const c = await nominate(server, officerToken, election.id, 'SN', { fullName: 'Awa Ndiaye' });
    const email = await account(StaffRole.PANEL_MEMBER, 'Pablo Panel');
    const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Paris' });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/console/elections/${election.id}`);
    await signIn(page, email);
    await heading(page, `${TITLE} (panel)`).waitFor();
    await page.getByRole('rowheader', { name: /Awa Ndiaye/ }).waitFor();
    expect(await page.getByRole('link', { name: /Import nominations/ }).count()).toBe(0);
    expect(await page.getByRole('link', { name: /Correct the record/ }).count()).toBe(0);
    expect(await page.getByRole('link', { name: /Void the nomination/ }).count()).toBe(0);
    await checkScreen(page, 'console-nominations-10-panel-member');
    for (const path of [
      `/console/elections/${election.id}/import`,
      `/console/candidacies/${c.id}/void`,
      `/console/elections/${election.id}/people/${(c.person as { id: string }).id}/edit`,
    ]) {
      await page.goto(`${server.baseUrl}${path}`);
      await heading(page, 'Your role may not do this.').waitFor();
    }
    await context.close();
  }, 240_000);
});
