/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { StaffRole } from '../../src/common/domain.enums.js';
import { nominate, openElection } from '../support/factories.js';
import { consoleJourney, STAFF_PASSWORD, staffAccount } from './support/console-pages.js';
import { checkScreen as checkAxe, fitsIn320, openTab } from './support/page-checks.js';

// The console's panels screens in a real Chromium against the real server: an officer sets up a
// panel and schedules an interview; the chair and a member score it blind from two browsers; a
// member recused by nationality is told why; the chair concludes; the officer publishes. Each
// screen is checked with axe, at 320 px, and kept as screenshots (test-results/screenshots).
const journey = consoleJourney();

const CHAIR_REASONING = 'Chair-reasoning-answers-were-precise';
const MEMBER_REASONING = 'Member-reasoning-broad-experience';

const account = (role: StaffRole, displayName: string): Promise<string> =>
  staffAccount(journey.server, role, displayName);

const newTab = (locale = 'en-GB') => openTab(journey.browser, journey.server.baseUrl, { locale });

async function signIn(page: Page, email: string, labels = { email: 'E-mail address', password: 'Password' }) {
  await page.getByLabel(labels.email).fill(email);
  await page.getByLabel(labels.password).fill(STAFF_PASSWORD);
  await page.getByRole('button', { name: /^(Sign in|Se connecter)$/ }).click();
}

/** axe finds nothing serious, the screen fits 320 px without scrolling sideways, and is kept as screenshots. */
async function checkScreen(page: Page, name: string): Promise<void> {
  await checkAxe(page, name);
  await fitsIn320(page, name);
}

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

/** Yesterday at 10:00 in the browser's time zone, as a date-and-time field takes it. */
function yesterdayAtTen(): string {
  const d = new Date(Date.now() - 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T10:00`;
}

/** Rates every criterion of the assessment form and gives each a reason. */
async function assessEverything(page: Page, reasoning: string): Promise<void> {
  const groups = page.getByRole('group', { name: /^Rating for/ });
  const count = await groups.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i += 1) {
    await groups.nth(i).getByRole('radio').first().check();
    await page
      .getByRole('textbox', { name: /^Reasoning for/ })
      .nth(i)
      .fill(`${reasoning} (${i + 1})`);
  }
  await page.getByRole('button', { name: 'Record my assessment' }).click();
  await page.getByText('Your assessment was recorded.').waitFor();
}

describe('the console’s panels screens', () => {
  it('sets up a panel, scores blind from two browsers, tells a recused member why, concludes and publishes', async () => {
    const officerToken = await journey.server.tokenFor(StaffRole.ELECTIONS_OFFICER);
    const election = await openElection(journey.server, officerToken, { title: 'Election of six judges (panels)' });
    await nominate(journey.server, officerToken, election.id, 'SN', { nationality: 'KE', fullName: 'Amina Wanjiru' });
    await nominate(journey.server, officerToken, election.id, 'GH', { nationality: 'GH', fullName: 'Kwame Mensah' });
    const officerEmail = await account(StaffRole.ELECTIONS_OFFICER, 'Olivia Officer');
    const chairEmail = await account(StaffRole.PANEL_MEMBER, 'Carla Chair');
    const memberEmail = await account(StaffRole.PANEL_MEMBER, 'Mateo Member');
    const kenyanEmail = await account(StaffRole.PANEL_MEMBER, 'Kamau Recused');

    // The officer: the election's panels, a new panel, its members and an interview.
    const officer = await newTab();
    const o = officer.page;
    await o.goto(`${journey.server.baseUrl}/console/elections/${election.id}`);
    await signIn(o, officerEmail);
    await heading(o, 'Election of six judges (panels)').waitFor();
    await o.getByRole('link', { name: 'Panels' }).click();
    await heading(o, 'Panels: Election of six judges (panels)').waitFor();
    await o.getByText('No panel covers this election yet.').waitFor();
    await o.getByLabel('Name of the panel').fill('Advisory Committee on Nominations');
    await o.getByLabel('Kind of body').selectOption({ label: 'Advisory committee' });
    await o.getByRole('button', { name: 'Create the panel' }).click();
    await o.getByText('The panel “Advisory Committee on Nominations” was created.').waitFor();

    // An account's option is named "Display name (e-mail)".
    const optionFor = async (email: string) =>
      (await o.getByLabel('Staff account').locator('option').allTextContents()).find((x) => x.includes(email))!;
    const add = async (name: string, nationality: string, email: string, role?: string) => {
      await o.getByLabel('Full name').fill(name);
      await o.getByLabel('Nationality').fill(nationality);
      if (role) await o.getByLabel('Role on the panel').selectOption({ label: role });
      await o.getByLabel('Staff account').selectOption({ label: await optionFor(email) });
      await o.getByRole('button', { name: 'Add the member' }).click();
      await o.getByText(`${name} was added to the panel.`).waitFor();
    };
    await add('Carla Chair', 'BR', chairEmail, 'Chair');
    await add('Mateo Member', 'JP', memberEmail);
    await add('Kamau Recused', 'KE', kenyanEmail);
    await o.getByLabel('Candidate').selectOption({ label: 'Amina Wanjiru' });
    await o.getByLabel('Date and time').fill(yesterdayAtTen());
    await o.getByLabel('How', { exact: true }).selectOption({ label: 'By video' });
    await o.getByRole('button', { name: 'Schedule the interview' }).click();
    await o.getByText('The interview with Amina Wanjiru was scheduled.').waitFor();
    await o.getByRole('link', { name: 'Open the interview with Amina Wanjiru' }).waitFor();
    await checkScreen(o, 'console-panels-01-election-panels-officer');
    // The message of the last action is said again in French after a switch.
    await o.getByRole('button', { name: 'Lire en français' }).click();
    await o.getByText('L’entretien avec Amina Wanjiru a été prévu.').waitFor();
    await o.getByRole('button', { name: 'Read in English' }).click();
    await o.getByText('The interview with Amina Wanjiru was scheduled.').waitFor();

    // The chair, in a browser of their own: what waits, then the interview recorded and scored.
    const chair = await newTab();
    const c = chair.page;
    await c.goto(`${journey.server.baseUrl}/console`);
    await signIn(c, chairEmail);
    await c.getByRole('link', { name: 'My panels' }).click();
    await heading(c, 'My panels').waitFor();
    await c.getByText('Interviews waiting for you: 1').waitFor();
    await checkScreen(c, 'console-panels-02-my-panels');
    await c.getByRole('link', { name: 'My interviews' }).first().click();
    await heading(c, 'My interviews').waitFor();
    await c.getByRole('cell', { name: 'Record the interview' }).first().waitFor();
    await checkScreen(c, 'console-panels-03-my-interviews');
    await c.getByRole('link', { name: 'Open the interview with Amina Wanjiru' }).first().click();
    await heading(c, 'Interview with Amina Wanjiru').waitFor();
    await c.getByText('Kamau Recused: Same nationality as the candidate').waitFor();
    // Calling an interview off is the officers' (the chair records it as held or not at all).
    expect(await c.getByRole('button', { name: 'Call off the interview' }).count()).toBe(0);
    await c.getByLabel('Length in minutes').fill('75');
    await c.getByRole('checkbox', { name: 'Carla Chair' }).check();
    await c.getByRole('checkbox', { name: 'Mateo Member' }).check();
    await c.getByLabel('Summary for the public').fill('The committee heard the candidate for seventy-five minutes.');
    await c.getByLabel('Private notes (optional)').fill('Hesitated on the article 36 question.');
    await checkScreen(c, 'console-panels-04-record');
    await c.getByRole('button', { name: 'Record the interview' }).click();
    await c.getByText('The interview was recorded.').waitFor();
    await c.getByText('The other members’ scores stay hidden until you record your own.').waitFor();
    await checkScreen(c, 'console-panels-05-assessment-form');
    await assessEverything(c, CHAIR_REASONING);
    await c.getByText('Your assessment is recorded.').waitFor();

    // The member, in a second browser: the chair's scores stay hidden until the member records theirs.
    const member = await newTab();
    const m = member.page;
    await m.goto(`${journey.server.baseUrl}/console/interviews`);
    await signIn(m, memberEmail);
    await heading(m, 'My interviews').waitFor();
    await m.getByRole('cell', { name: 'Give your assessment' }).first().waitFor();
    await m.getByRole('link', { name: 'Open the interview with Amina Wanjiru' }).first().click();
    await heading(m, 'Interview with Amina Wanjiru').waitFor();
    await m.getByText('The other members’ scores stay hidden until you record your own.').waitFor();
    await m.getByText('No scores recorded yet.').waitFor();
    expect(await m.getByText(CHAIR_REASONING).count()).toBe(0);
    // A member is offered neither the conclusion (the chair's) nor publication (officers').
    expect(await m.getByRole('button', { name: 'Record the conclusion' }).count()).toBe(0);
    expect(await m.getByRole('button', { name: 'Publish the interview' }).count()).toBe(0);
    await checkScreen(m, 'console-panels-06-member-blind');
    await assessEverything(m, MEMBER_REASONING);
    await m.getByRole('heading', { name: 'Scores of Carla Chair' }).waitFor();
    await m.getByText(`${CHAIR_REASONING} (1)`).waitFor();
    await m.getByText(`${MEMBER_REASONING} (1)`).waitFor();
    await checkScreen(m, 'console-panels-07-member-after-own');

    // The recused member, in French: told why in the list, and why the interview will not open.
    const kenyan = await newTab('fr-FR');
    const k = kenyan.page;
    await k.goto(`${journey.server.baseUrl}/console/interviews`);
    await signIn(k, kenyanEmail, { email: 'Adresse électronique', password: 'Mot de passe' });
    await heading(k, 'Mes entretiens').waitFor();
    await k.getByText('Récusé : même nationalité que la personne candidate').first().waitFor();
    await k.getByRole('link', { name: 'Ouvrir l’entretien avec Amina Wanjiru' }).first().click();
    await heading(k, 'Vous ne pouvez pas ouvrir cet entretien').waitFor();
    await k
      .getByText('Vous êtes récusé pour cette candidature (motif : même nationalité que la personne candidate).')
      .waitFor();
    expect(await k.getByText(CHAIR_REASONING).count()).toBe(0);
    await checkScreen(k, 'console-panels-08-recused-fr');

    // The chair now sees the member's scores, and lets the member revise theirs (they have seen the chair's).
    await c.reload();
    await heading(c, 'Interview with Amina Wanjiru').waitFor();
    await c.getByText(`${MEMBER_REASONING} (1)`).waitFor();
    await c.getByLabel('Why Mateo Member may revise their scores').fill('Misread the scale on the first criterion.');
    await c.getByRole('button', { name: 'Reopen the assessment of Mateo Member' }).click();
    await c.getByText('The assessment of Mateo Member was reopened.').waitFor();
    await m.reload();
    await m.getByText('The chair has reopened your assessment: you may revise it once.').waitFor();
    await m
      .getByRole('group', { name: /^Rating for “High moral character/ })
      .getByLabel('Meets', { exact: true })
      .check();
    await m.getByRole('button', { name: 'Record my assessment' }).click();
    await m.getByText('Your assessment was recorded.').waitFor();
    await m.getByText('Revised after seeing the others’ scores.').waitFor();

    // The chair records the conclusion, which says a member revised after disclosure.
    await c.reload();
    await heading(c, 'Interview with Amina Wanjiru').waitFor();
    const groups = c.getByRole('group', { name: /^The panel’s rating for/ });
    const count = await groups.count();
    for (let i = 0; i < count; i += 1) await groups.nth(i).getByRole('radio').first().check();
    await c.getByRole('group', { name: 'Overall conclusion' }).getByLabel('Qualified', { exact: true }).check();
    await c.getByRole('button', { name: 'Record the conclusion' }).click();
    await c.getByText('The conclusion was recorded.').waitFor();
    await c
      .getByText('A member revised their scores after seeing the others’: the scores were not all given blind.')
      .waitFor();
    expect(await c.getByRole('button', { name: 'Publish the interview' }).count()).toBe(0);
    await checkScreen(c, 'console-panels-09-concluded');

    // The member dissents, and agrees to be named.
    await m.reload();
    await heading(m, 'Interview with Amina Wanjiru').waitFor();
    await m
      .getByLabel('Your dissenting opinion')
      .fill('The candidate’s list B experience is thinner than the panel says.');
    await m.getByLabel('I agree to be named when the interview is published').check();
    await m.getByRole('button', { name: 'Record my dissent' }).click();
    await m.getByText('Your dissent was recorded.').waitFor();
    await m.getByText('Mateo Member dissents (may be named)').waitFor();

    // The officer publishes; an officer is offered no assessment of their own.
    await o.getByRole('link', { name: 'Open the interview with Amina Wanjiru' }).click();
    await heading(o, 'Interview with Amina Wanjiru').waitFor();
    expect(await o.getByRole('button', { name: 'Record my assessment' }).count()).toBe(0);
    await o.getByText(`${CHAIR_REASONING} (1)`).waitFor();
    // Publishing cannot be undone: not without ticking that the officer knows it.
    await o.getByRole('button', { name: 'Publish the interview' }).click();
    await o.getByRole('link', { name: 'Tick the box to confirm' }).waitFor();
    expect(await o.getByText('The interview was published.').count()).toBe(0);
    await o.getByLabel('I understand that publishing cannot be undone').check();
    await checkScreen(o, 'console-panels-10-officer-publish');
    await o.getByRole('button', { name: 'Publish the interview' }).click();
    await o.getByText('The interview was published.').waitFor();
    await o.getByRole('heading', { name: 'Publish' }).waitFor({ state: 'detached' });

    // The officer closes an interview that will not be held: the nominee declined it.
    await o.goto(`${journey.server.baseUrl}/console/elections/${election.id}/panels`);
    await heading(o, 'Panels: Election of six judges (panels)').waitFor();
    await o.getByLabel('Candidate').selectOption({ label: 'Kwame Mensah' });
    await o.getByLabel('Date and time').fill(yesterdayAtTen());
    await o.getByLabel('How', { exact: true }).selectOption({ label: 'By video' });
    await o.getByRole('button', { name: 'Schedule the interview' }).click();
    await o.getByText('The interview with Kwame Mensah was scheduled.').waitFor();

    // The member steps away from that candidate: not without a reason and a tick (it cannot be undone);
    // then the interview is closed to them, with the reason they gave.
    await m.goto(`${journey.server.baseUrl}/console/interviews`);
    await heading(m, 'My interviews').waitFor();
    await m.getByRole('link', { name: 'Open the interview with Kwame Mensah' }).first().click();
    await heading(m, 'Interview with Kwame Mensah').waitFor();
    await m.getByLabel('Why are you stepping away from this candidate?').fill('He appeared before me as counsel.');
    await m.getByRole('button', { name: 'Recuse myself' }).click();
    await m.getByRole('link', { name: 'Tick the box to confirm' }).waitFor();
    await heading(m, 'Interview with Kwame Mensah').waitFor();
    await m.getByLabel(/^I understand that I cannot undo this/).check();
    await checkScreen(m, 'console-panels-11a-member-recuses');
    await m.getByRole('button', { name: 'Recuse myself' }).click();
    await heading(m, 'You cannot open this interview').waitFor();
    await m.getByText('Reason you gave: He appeared before me as counsel.').waitFor();
    await o.getByRole('link', { name: 'Open the interview with Kwame Mensah' }).click();
    await heading(o, 'Interview with Kwame Mensah').waitFor();
    await o.getByRole('button', { name: 'Call off the interview' }).click();
    await o.getByRole('link', { name: 'Choose why the interview will not be held' }).waitFor();
    await o.getByLabel('The nominee declined the interview').check();
    await checkScreen(o, 'console-panels-12-officer-closes-interview');
    await o.getByRole('button', { name: 'Call off the interview' }).click();
    await o.getByText('The interview is recorded as declined by the nominee.').waitFor();
    await o
      .getByRole('definition')
      .filter({ hasText: /^Declined by the nominee$/ })
      .waitFor();
    expect(await o.getByRole('button', { name: 'Call off the interview' }).count()).toBe(0);
    const closed = await journey.server.gql<{
      election: { candidacies: { edges: { node: { person: { fullName: string }; interviews: unknown[] } }[] } };
    }>(
      `query ($id: ID!) { election(id: $id) { candidacies(first: 10) { edges { node {
         person { fullName } interviews { status } } } } } }`,
      { id: election.id },
      { as: officerToken },
    );
    expect(
      closed.data?.election.candidacies.edges.find((e) => e.node.person.fullName === 'Kwame Mensah')?.node.interviews,
    ).toEqual([{ status: 'DECLINED_BY_NOMINEE' }]);

    // A panel member on the election's panels: their own panel, nothing to create, add or schedule.
    await m.goto(`${journey.server.baseUrl}/console/elections/${election.id}/panels`);
    await heading(m, 'Panels: Election of six judges (panels)').waitFor();
    await m.getByRole('heading', { name: 'Advisory Committee on Nominations' }).waitFor();
    expect(await m.getByRole('button', { name: 'Create the panel' }).count()).toBe(0);
    expect(await m.getByRole('button', { name: 'Add the member' }).count()).toBe(0);
    expect(await m.getByRole('button', { name: 'Schedule the interview' }).count()).toBe(0);
    await checkScreen(m, 'console-panels-11-member-election-panels');
    // ...and an officer has no "My panels" to open.
    expect(await o.getByRole('link', { name: 'My panels' }).count()).toBe(0);

    for (const tab of [officer, chair, member, kenyan]) {
      expect(tab.blocked).toEqual([]);
      expect(tab.problems).toEqual([]);
      await tab.context.close();
    }
  });
});
