/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { StaffRole } from '../../src/common/domain.enums.js';
import {
  ROUND_1_2017,
  judicialElection2017,
  nominateRaw,
  openElection,
  personInput,
  toVoting,
} from '../support/factories.js';
import { consoleJourney, signIn, staffAccount } from './support/console-pages.js';
import { blockOtherOrigins, checkScreen, fitsIn320 } from './support/page-checks.js';

// The console's ballots screen in a real Chromium against the real server: an officer enters a
// judicial round, sees the API's verdict on it as the numbers are typed (previewBallotRound),
// fixes it, records it and reads the outcome. Screenshots go to test-results/screenshots.
const journey = consoleJourney();

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const votesOf = (page: Page, state: string) => page.getByRole('textbox', { name: `Candidate ${state}`, exact: true });
// 2017 round 1 as announced (test/support/factories.ts): 109 present and voting, 73 needed.
const ROUND_1: Record<string, number> = ROUND_1_2017.votes;

describe('the console’s ballots screen', () => {
  it('enters a judicial round with the live check, records it and shows the outcome and next requirements', async () => {
    const { server, browser } = journey;
    const officerToken = await server.tokenFor(StaffRole.ELECTIONS_OFFICER);
    const { e: opened } = await judicialElection2017(server, officerToken, {
      title: 'Election of six judges (ballots)',
    });
    await toVoting(server, officerToken, opened);

    const email = await staffAccount(server, StaffRole.ELECTIONS_OFFICER, 'Olivia Officer');
    const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Paris' });
    const blocked = await blockOtherOrigins(context, server.baseUrl);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    // Every verdict shown comes from the API: count the previews asked for as the figures are typed.
    let previews = 0;
    page.on('request', (request) => {
      if (request.postData()?.includes('previewBallotRound')) previews += 1;
    });

    await page.goto(`${server.baseUrl}/console/elections/${opened.id}`);
    await signIn(page, email);
    await heading(page, 'Election of six judges (ballots)').waitFor();
    await page.getByRole('link', { name: 'Ballots' }).click();
    await heading(page, 'Ballots: Election of six judges (ballots)').waitFor();
    await page.getByRole('heading', { name: 'Round 1: enter the tally' }).waitFor();
    await page.getByText('Gender: Female: each ballot paper names at least 5').waitFor();
    await page.getByText('List: B: each ballot paper names at least 1').waitFor();
    await checkScreen(page, 'console-ballots-01-empty');
    await fitsIn320(page, 'console-ballots-01-empty');

    // What only the server knows, as it is typed: the States Parties on the day of the round.
    await page.getByLabel('Ballot papers cast').fill('300');
    await page.getByText(/^300 ballot papers, but only \d+ States Parties on the day of the round\.$/).waitFor();
    expect(previews).toBeGreaterThan(0);
    await checkScreen(page, 'console-ballots-02-server-check');

    // A tally the requirements refuse: every valid paper names five women, 109 papers make 545.
    let fills = 0;
    const fill = async (field: ReturnType<Page['getByLabel']>, value: string) => {
      await field.fill(value);
      fills += 1;
    };
    await fill(page.getByLabel('Ballot papers cast'), '119');
    await fill(page.getByLabel('Invalid ballots'), '10');
    const women = ['BD', 'PE', 'SN', 'GH', 'CL', 'RO', 'IE'];
    for (const [state, votes] of Object.entries(ROUND_1)) {
      await fill(votesOf(page, state), String(women.includes(state) ? 60 : votes));
    }
    await page.getByText('109 States present and voting; majority needed: 73.').waitFor();
    await page
      .getByText('Gender: Female: 510 votes, but every valid paper names enough of them to make at least 545.')
      .waitFor();
    await checkScreen(page, 'console-ballots-03-refused');

    // A disputed paper naming seven: the API's verdict.
    await page.getByText('Check a disputed ballot paper').click();
    for (const state of ['MN', 'BG', 'NL', 'TZ', 'UY', 'IE', 'SN']) {
      await page.getByRole('checkbox', { name: `Candidate ${state}` }).check();
    }
    await page.getByText('The paper names 7, more than the 6 seats left.').waitFor();
    await page.getByText('Gender: Female: the paper names 4, at least 5 are required.').waitFor();
    await checkScreen(page, 'console-ballots-04-paper-check');

    // Fixed: the figures as announced.
    const before = previews;
    for (const state of women) {
      await fill(votesOf(page, state), String(ROUND_1[state]));
    }
    await page.getByText('The tally holds together.').waitFor();
    await page.getByText('109 States present and voting; majority needed: 73.').waitFor();
    await page.getByText('These figures would elect: Candidate BD, Candidate PE').waitFor();
    // Asked as the numbers settle, not at every keystroke.
    expect(previews - before).toBeLessThan(women.length);
    expect(previews).toBeLessThan(fills);
    await fitsIn320(page, 'console-ballots-05-holds');
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
    await checkScreen(page, 'console-ballots-06-recorded');
    await fitsIn320(page, 'console-ballots-06-recorded');

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
    // The API's verdict in the reader's language.
    await page.getByLabel('Bulletins déposés').fill('300');
    await page.getByText(/^300 bulletins déposés, mais seulement \d+ États Parties le jour du tour\.$/).waitFor();
    await page
      .getByText('Genre : Femme : 0 voix, mais chaque bulletin valable en désigne assez pour en faire au moins 900.')
      .waitFor();
    await checkScreen(page, 'console-ballots-07-french');

    expect(blocked).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);

  it('records a clean slate by acclamation, and the election is concluded', async () => {
    const { server, browser } = journey;
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
    await toVoting(server, officerToken, opened);

    const email = await staffAccount(server, StaffRole.ELECTIONS_OFFICER, 'Olivia Officer');
    const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Paris' });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/console/elections/${opened.id}/ballots`);
    await signIn(page, email);
    await heading(page, 'Ballots: Prosecutor (acclamation)').waitFor();
    // The Prosecutor's majority is of the States Parties on the day, not of those voting: the API's figure.
    await page.getByLabel('Ballot papers cast').fill('100');
    const majority = page.getByText(/^100 States present and voting; majority needed: \d+\.$/);
    await majority.waitFor();
    const needed = Number((await majority.textContent())?.match(/needed: (\d+)/)?.[1]);
    await page.getByLabel('Ballot papers cast').fill('999');
    const tooMany = page.getByText(/^999 ballot papers, but only \d+ States Parties/);
    const statesParties = Number((await tooMany.textContent())?.match(/only (\d+)/)?.[1]);
    expect(needed).toBe(Math.floor(statesParties / 2) + 1);
    await page.getByRole('button', { name: 'Record the election by acclamation' }).click();
    await page.getByText('The election by acclamation was recorded.').waitFor();
    await page.getByText('The election is concluded: every seat is filled.').waitFor();
    await page.getByText('Elected: Ama Mensah').first().waitFor();
    // No day typed: the officer's day (the tab's), not UTC's, which near midnight is another.
    const officersDay = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));
    const held = await server.dataSource.query<{ day: string }[]>(
      `SELECT to_char(held_on, 'YYYY-MM-DD') AS day FROM ballot_round WHERE election_id = $1`,
      [opened.id],
    );
    expect(held).toEqual([{ day: officersDay }]);
    expect(await page.getByRole('button', { name: /Record/ }).count()).toBe(0);
    await checkScreen(page, 'console-ballots-08-concluded');
    await context.close();
  }, 120_000);

  it('offers a panel member no ballots', async () => {
    const { server, browser } = journey;
    const officerToken = await server.tokenFor(StaffRole.ELECTIONS_OFFICER);
    const opened = await openElection(server, officerToken, { title: 'Judges, ballots not for panels' });
    const email = await staffAccount(server, StaffRole.PANEL_MEMBER, 'Paul Panel');
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/console/elections/${opened.id}/ballots`);
    await signIn(page, email);
    await heading(page, 'Your role may not do this.').waitFor();
    expect(await page.getByRole('button', { name: /Record/ }).count()).toBe(0);
    await context.close();
  });
});
