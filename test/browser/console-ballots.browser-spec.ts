/// <reference lib="dom" />
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { systemAuthor } from '../../src/common/author.js';
import { StaffRole } from '../../src/common/domain.enums.js';
import { StaffUsersService } from '../../src/modules/auth/staff-users.service.js';
import { nominate, nominateRaw, openElection, personInput, updateElection } from '../support/factories.js';
import { launchChromium } from './support/chromium.js';
import { blockOtherOrigins, screenshot, seriousViolations } from './support/page-checks.js';
import { startWebServer, type WebServer } from './support/web-server.js';

// The console's ballots screen in a real Chromium against the real server: an officer enters a
// judicial round, sees the live check refuse it, fixes it, records it and reads the outcome.
// Screenshots go to test-results/screenshots.
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

async function checkScreen(page: Page, name: string): Promise<void> {
  expect([name, await seriousViolations(page)]).toEqual([name, []]);
  await screenshot(page, name);
}

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const votesOf = (page: Page, state: string) => page.getByRole('textbox', { name: `Candidate ${state}`, exact: true });

// The 2017 bench staying in office (as in test/e2e/ballots.e2e-spec.ts): the 2017 requirements
// come out at the start (list A 1, list B 1, women 5, African 1, Asia-Pacific 1, Latin American 1).
const GROUP: Record<string, string> = {
  NG: 'AFRICAN',
  KE: 'AFRICAN',
  JP: 'ASIA_PACIFIC',
  KR: 'ASIA_PACIFIC',
  PL: 'EASTERN_EUROPEAN',
  CZ: 'EASTERN_EUROPEAN',
  SK: 'EASTERN_EUROPEAN',
  AR: 'LATIN_AMERICAN_AND_CARIBBEAN',
  BR: 'LATIN_AMERICAN_AND_CARIBBEAN',
  FR: 'WESTERN_EUROPEAN_AND_OTHER',
  DE: 'WESTERN_EUROPEAN_AND_OTHER',
  IT: 'WESTERN_EUROPEAN_AND_OTHER',
};
const JUDGES_2017 = ['NG', 'KE', 'JP', 'KR', 'PL', 'CZ', 'SK', 'AR', 'BR', 'FR', 'DE', 'IT'].map((n, i) => ({
  fullName: `Judge ${n}`,
  nationality: n,
  list: i < 8 ? 'A' : 'B',
  gender: i === 0 ? 'FEMALE' : 'MALE',
  regionalGroup: GROUP[n],
}));
const CANDIDATES: [string, 'FEMALE' | 'MALE', 'A' | 'B'][] = [
  ['SN', 'FEMALE', 'A'],
  ['GH', 'FEMALE', 'B'],
  ['BD', 'FEMALE', 'A'],
  ['MN', 'FEMALE', 'B'],
  ['PE', 'FEMALE', 'A'],
  ['CL', 'FEMALE', 'B'],
  ['RO', 'FEMALE', 'A'],
  ['BG', 'FEMALE', 'A'],
  ['IE', 'FEMALE', 'A'],
  ['NL', 'MALE', 'B'],
  ['TZ', 'MALE', 'A'],
  ['UY', 'MALE', 'A'],
];
// 2017 round 1: 119 papers, 10 invalid, 109 present and voting, 73 needed.
const ROUND_1: Record<string, number> = {
  BD: 88,
  PE: 77,
  SN: 72,
  GH: 70,
  CL: 68,
  RO: 66,
  IE: 60,
  TZ: 30,
  UY: 10,
  MN: 50,
  BG: 40,
  NL: 20,
};

describe('the console’s ballots screen', () => {
  it('enters a judicial round with the live check, records it and shows the outcome and next requirements', async () => {
    const officerToken = await server.tokenFor(StaffRole.ELECTIONS_OFFICER);
    const opened = await openElection(server, officerToken, {
      title: 'Election of six judges (ballots)',
      sittingJudges: JUDGES_2017,
    });
    for (const [state, gender, list] of CANDIDATES) {
      await nominate(server, officerToken, opened.id, state, { gender, fullName: `Candidate ${state}` }, { list });
    }
    const closed = await updateElection(server, officerToken, {
      id: opened.id,
      version: opened.version,
      status: 'NOMINATIONS_CLOSED',
    });
    await updateElection(server, officerToken, { id: opened.id, version: closed.version, status: 'VOTING' });

    const email = await account(StaffRole.ELECTIONS_OFFICER, 'Olivia Officer');
    const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Paris' });
    const blocked = await blockOtherOrigins(context, server.baseUrl);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));

    await page.goto(`${server.baseUrl}/console/elections/${opened.id}`);
    await signIn(page, email);
    await heading(page, 'Election of six judges (ballots)').waitFor();
    await page.getByRole('link', { name: 'Ballots' }).click();
    await heading(page, 'Ballots: Election of six judges (ballots)').waitFor();
    await page.getByRole('heading', { name: 'Round 1: enter the tally' }).waitFor();
    await page.getByText('Gender: Female: each ballot paper names at least 5').waitFor();
    await page.getByText('List: B: each ballot paper names at least 1').waitFor();
    await checkScreen(page, 'console-ballots-01-empty');

    // A tally the requirements refuse: every valid paper names five women, 109 papers make 545.
    await page.getByLabel('Ballot papers cast').fill('119');
    await page.getByLabel('Invalid ballots').fill('10');
    const women = ['BD', 'PE', 'SN', 'GH', 'CL', 'RO', 'IE'];
    for (const [state, votes] of Object.entries(ROUND_1)) {
      await votesOf(page, state).fill(String(women.includes(state) ? 60 : votes));
    }
    await page.getByText('109 States present and voting; majority needed: 73.').waitFor();
    await page
      .getByText('Gender: Female: 510 votes, but every valid paper names enough of them to make at least 545.')
      .waitFor();
    await checkScreen(page, 'console-ballots-02-refused');

    // A disputed paper naming seven: the API's verdict.
    await page.getByText('Check a disputed ballot paper').click();
    for (const state of ['MN', 'BG', 'NL', 'TZ', 'UY', 'IE', 'SN']) {
      await page.getByRole('checkbox', { name: `Candidate ${state}` }).check();
    }
    await page.getByText('The paper names 7, more than the 6 seats left.').waitFor();
    await page.getByText('Gender: Female: the paper names 4, at least 5 are required.').waitFor();
    await checkScreen(page, 'console-ballots-03-paper-check');

    // Fixed: the figures as announced.
    for (const state of women) {
      await votesOf(page, state).fill(String(ROUND_1[state]));
    }
    await page.getByText('The tally holds together.').waitFor();
    await page.getByText('These figures would elect: Candidate BD, Candidate PE').waitFor();
    await page.getByRole('button', { name: 'Record round 1' }).click();

    await page.getByText('Round 1 was recorded.').waitFor();
    await page.getByText('Elected: Candidate BD, Candidate PE').waitFor();
    await page.getByText('Seats left after this round: 4').waitFor();
    const next = page.getByRole('region', { name: /^Round 1,/ });
    await next.getByRole('heading', { name: 'Requirements for the next round' }).waitFor();
    await next.getByText('Gender: Female: each ballot paper names at least 3').waitFor();
    await next.getByText('List: B: each ballot paper names at least 1').waitFor();
    await next.getByText('Regional group: African States: each ballot paper names at least 1').waitFor();
    await page.getByRole('heading', { name: 'Round 2: enter the tally' }).waitFor();
    // The elected are out of the race: no field for their votes.
    expect(await votesOf(page, 'BD').count()).toBe(0);
    await page.getByText('4 of 6 seats left to fill').waitFor();
    await checkScreen(page, 'console-ballots-04-recorded');

    // An acclamation refused (eight candidates for four seats), said in words.
    await page.getByRole('button', { name: 'Record the election by acclamation' }).click();
    await page
      .getByText('An election by acclamation needs as many candidates in the race as seats left.')
      .first()
      .waitFor();

    // French: the same screen, and dates through Intl.
    await page.getByRole('button', { name: 'Lire en français' }).click();
    await page.getByRole('heading', { name: 'Tour 2 : saisir les résultats' }).waitFor();
    await page.getByText('Élus : Candidate BD, Candidate PE').waitFor();
    await page.getByText('Le tour 1 a été enregistré.').waitFor();
    await checkScreen(page, 'console-ballots-05-french');

    expect(blocked).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);

  it('records a clean slate by acclamation, and the election is concluded', async () => {
    const officerToken = await server.tokenFor(StaffRole.ELECTIONS_OFFICER);
    const opened = await openElection(server, officerToken, {
      type: 'PROSECUTOR',
      title: 'Prosecutor (acclamation)',
      seats: 1,
    });
    await nominateRaw(server, officerToken, {
      electionId: opened.id,
      nominatingState: 'GH',
      person: personInput({ nationality: 'GH', fullName: 'Ama Mensah' }),
    });
    const closed = await updateElection(server, officerToken, {
      id: opened.id,
      version: opened.version,
      status: 'NOMINATIONS_CLOSED',
    });
    await updateElection(server, officerToken, { id: opened.id, version: closed.version, status: 'VOTING' });

    const email = await account(StaffRole.ELECTIONS_OFFICER, 'Olivia Officer');
    const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Paris' });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/console/elections/${opened.id}/ballots`);
    await signIn(page, email);
    await heading(page, 'Ballots: Prosecutor (acclamation)').waitFor();
    // The Prosecutor's majority is of the States Parties on the day: the API works it out.
    await page.getByLabel('Ballot papers cast').fill('100');
    await page.getByText('100 States present and voting; majority needed: an absolute majority').waitFor();
    await page.getByRole('button', { name: 'Record the election by acclamation' }).click();
    await page.getByText('The election by acclamation was recorded.').waitFor();
    await page.getByText('The election is concluded: every seat is filled.').waitFor();
    await page.getByText('Elected: Ama Mensah').first().waitFor();
    expect(await page.getByRole('button', { name: /Record/ }).count()).toBe(0);
    await checkScreen(page, 'console-ballots-06-concluded');
    await context.close();
  }, 120_000);

  it('offers a panel member no ballots', async () => {
    const officerToken = await server.tokenFor(StaffRole.ELECTIONS_OFFICER);
    const opened = await openElection(server, officerToken, { title: 'Judges, ballots not for panels' });
    const email = await account(StaffRole.PANEL_MEMBER, 'Paul Panel');
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/console/elections/${opened.id}/ballots`);
    await signIn(page, email);
    await heading(page, 'Your role may not do this.').waitFor();
    expect(await page.getByRole('button', { name: /Record/ }).count()).toBe(0);
    await context.close();
  });
});
