/// <reference lib="dom" />
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { systemAuthor } from '../../src/common/author.js';
import { StaffRole } from '../../src/common/domain.enums.js';
import { addDays } from '../../src/common/scalars/local-date.scalar.js';
import { StaffUsersService } from '../../src/modules/auth/staff-users.service.js';
import { createElection, nominate, today, updateElection } from '../support/factories.js';
import { launchChromium } from './support/chromium.js';
import { recordScriptWeight } from './support/nominee-fixtures.js';
import { checkScreen, openTab } from './support/page-checks.js';
import { startWebServer, type WebServer } from './support/web-server.js';

// The staff console in a real Chromium against the real server: signing in as each role, the
// elections screens and the nomination form. Each test makes its own accounts and elections;
// screenshots go to test-results/screenshots.
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

/** A staff account with a known password, as an administrator would create it. */
async function account(role: StaffRole, displayName: string): Promise<{ id: string; email: string }> {
  const email = `${role.toLowerCase()}-${randomBytes(4).toString('hex')}@example.org`;
  const user = await server.app
    .get(StaffUsersService)
    .create({ email, password: PASSWORD, role, displayName }, systemAuthor('test'));
  return { id: user.id, email };
}

const newTab = (locale: string, context?: BrowserContext) => openTab(browser, server.baseUrl, { locale, context });

async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

describe('the staff console', () => {
  it('signs an officer in and out; the session survives a reload; the nominee page does not grow', async () => {
    const officer = await account(StaffRole.ELECTIONS_OFFICER, 'Olivia Officer');
    const { context, page, blocked, problems } = await newTab('en-GB');
    const weight = recordScriptWeight(page);

    await page.goto(`${server.baseUrl}/console`);
    await heading(page, 'Sign in to the staff console').waitFor();
    await checkScreen(page, 'console-01-sign-in');

    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Enter your e-mail address' }).waitFor();
    await page.getByRole('link', { name: 'Enter your password' }).waitFor();
    await signIn(page, officer.email, 'not the password');
    await page.getByRole('link', { name: 'The e-mail address or the password is not right' }).waitFor();
    await checkScreen(page, 'console-02-sign-in-refused');
    // The refusal shown is said again in French after a switch, and the field's own message too.
    await page.getByRole('button', { name: 'Lire en français' }).click();
    await page.getByRole('link', { name: 'L’adresse électronique ou le mot de passe n’est pas correct' }).waitFor();
    expect(await page.getByText('The e-mail address or the password is not right').count()).toBe(0);
    await page.getByRole('button', { name: 'Read in English' }).click();
    await page.getByRole('link', { name: 'The e-mail address or the password is not right' }).waitFor();

    await signIn(page, officer.email);
    await heading(page, 'Elections').waitFor();
    await page.getByText('Signed in as Olivia Officer (elections officer)').waitFor();
    const nav = page.getByRole('navigation', { name: 'Console' });
    expect(await nav.getByRole('link', { name: 'New election' }).count()).toBe(1);
    expect(await page.evaluate(() => sessionStorage.length)).toBeGreaterThan(0);

    // A reload (or a deep link) keeps the session in this tab.
    await page.reload();
    await heading(page, 'Elections').waitFor();
    await page.goto(`${server.baseUrl}/console/elections/new`);
    await heading(page, 'New election').waitFor();

    // French, and back.
    await page.getByRole('button', { name: 'Lire en français' }).click();
    await heading(page, 'Nouvelle élection').waitFor();
    await page.getByText('Connecté en tant que Olivia Officer (chargé des élections)').waitFor();
    await page.getByRole('button', { name: 'Read in English' }).click();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await heading(page, 'Sign in to the staff console').waitFor();
    await page.getByText('You have signed out.').waitFor();
    await page.reload();
    await heading(page, 'Sign in to the staff console').waitFor();

    // The console is its own chunk: the nominee's page downloads none of it.
    const nominee = await newTab('en-GB', context);
    const nomineeWeight = recordScriptWeight(nominee.page);
    await nominee.page.goto(`${server.baseUrl}/invitation`);
    await nominee.page.getByRole('heading', { level: 1 }).waitFor();
    // Every file the page asked for has arrived before the weighing.
    await nominee.page.waitForLoadState('networkidle');
    const nomineeFiles = [...nomineeWeight.files.keys()];
    expect(nomineeFiles.filter((f) => /console/.test(f))).toEqual([]);
    expect([...weight.files.keys()].some((f) => /console-app.*\.js$/.test(f))).toBe(true);

    expect(blocked).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows a panel member only what a panel member may do', async () => {
    const member = await account(StaffRole.PANEL_MEMBER, 'Paul Panel');
    const officerToken = await server.tokenFor(StaffRole.ELECTIONS_OFFICER);
    const election = await createElection(server, officerToken, { title: 'Judges seen by a panel member' });
    await updateElection(server, officerToken, {
      id: election.id,
      version: election.version,
      status: 'NOMINATIONS_OPEN',
    });
    await nominate(server, officerToken, election.id, 'KE', { fullName: 'Wanjiru Kamau' });

    const { context, page, problems } = await newTab('en-GB');
    await page.goto(`${server.baseUrl}/console/elections/${election.id}`);
    await signIn(page, member.email);
    await heading(page, 'Judges seen by a panel member').waitFor();
    await page.getByText('Signed in as Paul Panel (panel member)').waitFor();
    await page.getByText('Wanjiru Kamau').waitFor();
    for (const name of [
      /New election/,
      /Edit the election/,
      /Move to/,
      /Extend the nomination period/,
      /Nominate a candidate/,
      /Withdraw/,
    ]) {
      expect([String(name), await page.getByRole('link', { name }).count()]).toEqual([String(name), 0]);
    }
    await checkScreen(page, 'console-10-panel-member-election');

    // An address for something the role may not do says so, and offers nothing.
    for (const path of [
      '/console/elections/new',
      `/console/elections/${election.id}/edit`,
      `/console/elections/${election.id}/nominate`,
    ]) {
      await page.goto(`${server.baseUrl}${path}`);
      await heading(page, 'Your role may not do this.').waitFor();
      expect(await page.getByRole('button', { name: /Save|Create|Record/ }).count()).toBe(0);
    }
    await checkScreen(page, 'console-11-panel-member-refused');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('creates, edits (a stale edit from another tab is caught), opens, extends, nominates and withdraws', async () => {
    const officer = await account(StaffRole.ELECTIONS_OFFICER, 'Olivia Officer');
    const { context, page, blocked, problems } = await newTab('en-GB');
    const opens = addDays(today(server), -20);
    const closes = addDays(today(server), 30);

    await page.goto(`${server.baseUrl}/console/elections`);
    await signIn(page, officer.email);
    await heading(page, 'Elections').waitFor();
    await checkScreen(page, 'console-03-elections');
    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'New election' }).click();
    await heading(page, 'New election').waitFor();

    // Nothing typed: each problem is named and linked to its field.
    await page.getByRole('button', { name: 'Create the election' }).click();
    await page.getByRole('link', { name: 'Enter the title' }).waitFor();
    await page.getByRole('link', { name: 'Choose the type of election' }).waitFor();
    await page.getByRole('link', { name: 'Enter the session of the Assembly' }).waitFor();
    await page.getByRole('link', { name: 'Enter the day nominations open' }).waitFor();
    await page.getByRole('link', { name: 'Enter the day nominations close' }).waitFor();
    await checkScreen(page, 'console-04-new-election-errors');

    await page.getByLabel('Type of election').selectOption({ label: 'Judges' });
    await page.getByLabel('Title', { exact: true }).fill('Election of six judges (console)');
    await page.getByLabel('Session of the Assembly').fill('25th session');
    await page.getByLabel('Nominations open on').fill(opens);
    await page.getByLabel('Nominations close on').fill(closes);
    await page.getByRole('button', { name: 'Create the election' }).click();
    await heading(page, 'Election of six judges (console)').waitFor();
    await page.getByText('The election was created as a draft.').waitFor();
    await page.getByText('Draft', { exact: true }).first().waitFor();
    const electionId = new URL(page.url()).pathname.split('/').pop() ?? '';
    expect(electionId).toMatch(/^[0-9a-f-]{36}$/);
    // A new election starts with the flags of an empty slate, and their history.
    await page.getByRole('table', { name: 'Clean-slate flags' }).waitFor();
    await page.getByRole('table', { name: 'Flag history' }).getByText('The election was created').first().waitFor();
    // The flags' figures in words: an empty slate has no candidate for its six seats.
    await page
      .getByRole('table', { name: 'Clean-slate flags' })
      .getByText('no candidate for 6 seats', { exact: true })
      .first()
      .waitFor();
    await checkScreen(page, 'console-05-election-draft');
    // The message follows the reader's language.
    await page.getByRole('button', { name: 'Lire en français' }).click();
    await page.getByText('L’élection a été créée à l’état de brouillon.').waitFor();
    await page.getByRole('button', { name: 'Read in English' }).click();
    await page.getByText('The election was created as a draft.').waitFor();

    // The list filters by type, status and year.
    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Elections' }).click();
    await page.getByLabel('Type').selectOption({ label: 'Judges' });
    await page.getByLabel('Status').selectOption({ label: 'Draft' });
    await page.getByLabel('Year').fill(opens.slice(0, 4));
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByRole('link', { name: 'Election of six judges (console)' }).waitFor();
    expect(page.url()).toContain(`year=${opens.slice(0, 4)}`);
    await page.getByLabel('Year').fill('1901');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByText('No election matches these filters.').waitFor();
    await page.getByLabel('Year').fill('26');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByText('Enter a year from 1900 to 2200, like 2026').waitFor();
    await checkScreen(page, 'console-06-elections-filtered');

    // A stale edit: this tab opens the form, another tab saves first.
    await page.goto(`${server.baseUrl}/console/elections/${electionId}/edit`);
    await heading(page, 'Edit “Election of six judges (console)”').waitFor();
    const other = await newTab('en-GB', context);
    await other.page.goto(`${server.baseUrl}/console/elections/${electionId}/edit`);
    await signIn(other.page, officer.email); // sessionStorage is per tab
    await other.page.getByLabel('Title', { exact: true }).fill('Election of six judges of the Court');
    await other.page.getByRole('button', { name: 'Save changes' }).click();
    await other.page.getByText('Your changes were saved.').waitFor();
    await other.page.close();

    await page.getByLabel('Seats').fill('7');
    await page.getByRole('button', { name: 'Save changes' }).click();
    // The same account in two tabs: the API says it was this account (see console-elections for another's name).
    await page.getByText(/You changed this election at .+ in another tab or window/).waitFor();
    await checkScreen(page, 'console-07-stale-edit');
    await page.getByRole('button', { name: 'Reload the election' }).click();
    await heading(page, 'Edit “Election of six judges of the Court”').waitFor();
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('Election of six judges of the Court');
    await page.getByLabel('Seats').fill('7');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Your changes were saved.').waitFor();
    await page.getByText('7', { exact: true }).first().waitFor();

    // One step forward.
    await page.getByRole('link', { name: 'Move to “Nominations open”' }).click();
    await heading(page, 'Move “Election of six judges of the Court” to “Nominations open”').waitFor();
    await checkScreen(page, 'console-08-move-status');
    await page.getByRole('button', { name: 'Move to “Nominations open”' }).click();
    await page.getByText('The election is now “Nominations open”.').waitFor();
    expect(await page.getByRole('link', { name: 'Move to “Nominations closed”' }).count()).toBe(1);

    // Extend: the ordinary limit is checked as the day is typed.
    await page.getByRole('link', { name: 'Extend the nomination period' }).click();
    await heading(page, /^Extend the nomination period of/).waitFor();
    await page.getByLabel('New closing day').fill(addDays(closes, 20));
    await page.getByText('An ordinary extension adds at most 14 days; this one adds 20').waitFor();
    await checkScreen(page, 'console-09-extend-live-check');
    await page.getByLabel('New closing day').fill(addDays(closes, 10));
    expect(await page.getByText(/this one adds/).count()).toBe(0);
    await page.getByRole('button', { name: 'Extend the period' }).click();
    await page.getByRole('link', { name: 'Enter the reason for the extension' }).waitFor();
    await page.getByLabel('Reason for the extension').fill('Requested by the African Group: too few candidates.');
    await page.getByRole('button', { name: 'Extend the period' }).click();
    await page.getByText(/^The nomination period now ends on/).waitFor();
    await page.getByText('Requested by the African Group: too few candidates.').waitFor();

    // Live: a nomination recorded elsewhere shows here, flags and all, without a reload.
    const token = await server.tokenFor(StaffRole.ELECTIONS_OFFICER);
    await nominate(server, token, electionId, 'KE', { fullName: 'Wanjiru Kamau', gender: 'FEMALE' });
    await page.getByText('Wanjiru Kamau').waitFor();
    await page
      .getByRole('table', { name: 'Flag history' })
      .getByText('A nomination', { exact: true })
      .first()
      .waitFor();

    // Nominate: Kenya already has its candidate, said as soon as it is chosen.
    await page.getByRole('link', { name: 'Nominate a candidate' }).click();
    await heading(page, /^Nominate a candidate in/).waitFor();
    await page.getByLabel('Full name').fill('Ana Pérez');
    await page.getByLabel('Female').check();
    await page.getByLabel('Nationality for the purposes of the Statute').fill('ar');
    await page.getByLabel('Nominating State').selectOption({ label: 'Kenya — already has a candidate' });
    await page.getByText('Kenya already has a candidate in this election: one per State').waitFor();
    await checkScreen(page, 'console-12-nominate-live-check');
    await page.getByLabel('Nominating State').selectOption({ label: 'Argentina' });
    expect(await page.getByText('Kenya already has a candidate in this election: one per State').count()).toBe(0);
    // The nationality's code is named as typed, so a wrong code shows at once; the State passes too.
    await page.getByText('Argentina: checks passed', { exact: true }).waitFor();
    expect(await page.getByText('Checks passed', { exact: true }).count()).toBe(1);
    await page.getByRole('button', { name: 'Record the nomination' }).click();
    // Judges: list and procedure are required before anything is sent.
    await page.getByRole('link', { name: 'Choose list A or list B' }).waitFor();
    await page.getByRole('link', { name: 'Choose the national nomination procedure' }).waitFor();
    await page.getByLabel('List A: criminal law and procedure').check();
    await page.getByLabel('Procedure for the highest judicial offices').check();
    await page.getByRole('button', { name: 'Record the nomination' }).click();
    await page.getByText('Ana Pérez was nominated.').waitFor();
    await page
      .getByRole('row', { name: /Ana Pérez/ })
      .getByText('Nominated')
      .waitFor();

    // Withdraw, with its reason.
    await page.getByRole('link', { name: 'Withdraw Ana Pérez' }).click();
    await heading(page, 'Withdraw the candidacy of Ana Pérez').waitFor();
    await page.getByRole('button', { name: 'Withdraw the candidacy' }).click();
    await page.getByRole('link', { name: 'Enter the reason for the withdrawal' }).waitFor();
    await checkScreen(page, 'console-13-withdraw');
    await page.getByLabel('Reason for the withdrawal').fill('Note verbale of the Permanent Mission, 3 March.');
    await page.getByRole('button', { name: 'Withdraw the candidacy' }).click();
    await page.getByText('The candidacy of Ana Pérez was withdrawn.').waitFor();
    const row = page.getByRole('row', { name: /Ana Pérez/ });
    await row.getByText('Withdrawn').waitFor();
    expect(await row.getByRole('link', { name: /Withdraw/ }).count()).toBe(0);
    // The newest flag changes first; the whole history on request.
    await page.getByRole('button', { name: /^Show all \d+ changes$/ }).click();
    await page.getByRole('table', { name: 'Flag history' }).getByText('The election was created').first().waitFor();
    await checkScreen(page, 'console-14-election-open');

    const saved = await server.dataSource.query<{ status: string; withdrawal_reason: string }[]>(
      `SELECT c.status, c.withdrawal_reason FROM candidacy c JOIN person p ON p.id = c.person_id WHERE p.full_name = 'Ana Pérez'`,
    );
    expect(saved).toEqual([
      { status: 'WITHDRAWN', withdrawal_reason: 'Note verbale of the Permanent Mission, 3 March.' },
    ]);
    expect(blocked).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 240_000);

  it('shows a refusal of the API in the reader’s language (a State nominated meanwhile), in French', async () => {
    const officer = await account(StaffRole.ELECTIONS_OFFICER, 'Odile Officière');
    const token = await server.tokenFor(StaffRole.ELECTIONS_OFFICER);
    const election = await createElection(server, token, { title: 'Élection de six juges' });
    await updateElection(server, token, { id: election.id, version: election.version, status: 'NOMINATIONS_OPEN' });

    const { context, page, problems } = await newTab('fr-FR');
    await page.goto(`${server.baseUrl}/console/elections/${election.id}/nominate`);
    await page.getByLabel('Adresse électronique').fill(officer.email);
    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await heading(page, 'Présenter un candidat dans « Élection de six juges »').waitFor();
    await page.getByLabel('Nom complet').fill('Hans Weber');
    await page.getByLabel('Homme').check();
    await page.getByLabel('Nationalité aux fins du Statut').fill('DE');
    await page.getByLabel('État qui présente').selectOption({ label: 'Germany' });
    await page.getByLabel('Liste B : droit international').check();
    await page.getByLabel('Procédure de présentation à la Cour internationale de Justice').check();
    // Meanwhile, a colleague records Germany's candidate.
    await nominate(server, token, election.id, 'DE', { fullName: 'Greta Schmidt' });
    await page.getByRole('button', { name: 'Enregistrer la candidature' }).click();
    await page
      .getByRole('link', { name: 'Cet État a déjà un candidat dans cette élection (art. 36, par. 4, al. b).' })
      .waitFor();
    // The form now knows: Germany is marked as taken.
    await page.getByRole('option', { name: 'Germany — a déjà un candidat' }).waitFor({ state: 'attached' });
    await checkScreen(page, 'console-15-nominate-refused-fr');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('ends the session when the token expires or the account is disabled, and says so', async () => {
    const officer = await account(StaffRole.ELECTIONS_OFFICER, 'Dora Disabled');
    const { context, page } = await newTab('en-GB');
    await page.goto(`${server.baseUrl}/console`);
    await signIn(page, officer.email);
    await heading(page, 'Elections').waitFor();

    // The token's time is up (as the stored session says): the next load asks to sign in again.
    // First let the console's own "who is signed in" answer land: it saves the session again.
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => {
      const key = 'icc-vetting.console.session';
      const session = JSON.parse(sessionStorage.getItem(key) ?? '{}') as { expiresAt: string };
      sessionStorage.setItem(key, JSON.stringify({ ...session, expiresAt: new Date(Date.now() - 1000).toISOString() }));
    });
    await page.reload();
    await heading(page, 'Sign in to the staff console').waitFor();
    await page.getByText('Your session has expired. Sign in again to continue.').waitFor();

    // Disabled while signed in: the next request is refused and the console says why.
    await signIn(page, officer.email);
    await heading(page, 'Elections').waitFor();
    await server.app.get(StaffUsersService).setDisabled(officer.id, true, new Date(), systemAuthor('test'));
    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'New election' }).click();
    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Elections' }).click();
    await heading(page, 'Sign in to the staff console').waitFor();
    await page.getByText(/Your session has ended: it expired, or your account was disabled/).waitFor();
    await checkScreen(page, 'console-16-session-ended');
    expect(await page.evaluate(() => sessionStorage.getItem('icc-vetting.console.session'))).toBeNull();
    await context.close();
  });

  it('serves every console address as the app', async () => {
    for (const path of ['/console', '/console/', '/console/elections', '/console/elections/x/edit']) {
      const res = await request(server.app.getHttpServer()).get(path).set('accept', 'text/html');
      expect([path, res.status, res.type]).toEqual([path, 200, 'text/html']);
    }
  });
});
