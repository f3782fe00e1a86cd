/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { StaffRole } from '../../src/common/domain.enums.js';
import { addDays } from '../../src/common/scalars/local-date.scalar.js';
import { createElection, today } from '../support/factories.js';
import { launchChromium } from './support/chromium.js';
import { signIn, staffAccount } from './support/console-pages.js';
import { EVERY_KIND, inviteNominee } from './support/nominee-fixtures.js';
import { checkScreen, fitsIn320, openTab } from './support/page-checks.js';
import { startWebServer, type WebServer } from './support/web-server.js';

// The console's elections area as issue 15 asks: a stale edit from two browsers says who changed it
// and reloads; a draft is deleted (asked first); the French title is set and nominees reading in
// French see it. Screenshots go to test-results/screenshots (console-elections-*).
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

const newTab = (locale: string) => openTab(browser, server.baseUrl, { locale });

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

describe('the console’s elections area', () => {
  it('says who made a stale edit, and when, and reloads; the French title is saved and shown', async () => {
    const olivia = await staffAccount(server, StaffRole.ELECTIONS_OFFICER, 'Olivia Officer');
    const bruno = await staffAccount(server, StaffRole.ELECTIONS_OFFICER, 'Bruno Berger');
    const officer = await server.tokenFor(StaffRole.ELECTIONS_OFFICER);
    const e = await createElection(server, officer, {
      title: 'Election of the Prosecutor (two tabs)',
      type: 'PROSECUTOR',
      nominationOpensOn: addDays(today(server), -5),
      nominationClosesOn: addDays(today(server), 40),
    });

    const first = await newTab('en-GB');
    await first.page.goto(`${server.baseUrl}/console/elections/${e.id}/edit`);
    await signIn(first.page, olivia);
    await heading(first.page, 'Edit “Election of the Prosecutor (two tabs)”').waitFor();

    // Another officer, in another browser, saves first.
    const second = await newTab('en-GB');
    await second.page.goto(`${server.baseUrl}/console/elections/${e.id}/edit`);
    await signIn(second.page, bruno);
    await heading(second.page, 'Edit “Election of the Prosecutor (two tabs)”').waitFor();
    await second.page.getByLabel('Title', { exact: true }).fill('Election of the Prosecutor of the Court');
    await second.page.getByRole('button', { name: 'Save changes' }).click();
    await second.page.getByText('Your changes were saved.').waitFor();

    await first.page.getByLabel('Title in French (optional)').fill('Élection du Procureur');
    await first.page.getByRole('button', { name: 'Save changes' }).click();
    await first.page.getByText(/^Bruno Berger changed this election at .+, after you opened it/).waitFor();
    await checkScreen(first.page, 'console-elections-01-stale-edit');
    await fitsIn320(first.page, 'console-elections-01-stale-edit');
    await first.page.getByRole('button', { name: 'Reload the election' }).click();
    await heading(first.page, 'Edit “Election of the Prosecutor of the Court”').waitFor();
    expect(await first.page.getByLabel('Title', { exact: true }).inputValue()).toBe(
      'Election of the Prosecutor of the Court',
    );
    expect(await first.page.getByLabel('Title in French (optional)').inputValue()).toBe('');
    await first.page.getByLabel('Title in French (optional)').fill('Élection du Procureur de la Cour');
    await first.page.getByRole('button', { name: 'Save changes' }).click();
    await first.page.getByText('Your changes were saved.').waitFor();
    await first.page.getByText('Élection du Procureur de la Cour').waitFor();
    await checkScreen(first.page, 'console-elections-02-french-title');

    const [row] = await server.dataSource.query<{ title: string; title_fr: string }[]>(
      `SELECT title, title_fr FROM election WHERE id = $1`,
      [e.id],
    );
    expect(row).toEqual({
      title: 'Election of the Prosecutor of the Court',
      title_fr: 'Élection du Procureur de la Cour',
    });
    expect([...first.blocked, ...second.blocked, ...first.problems, ...second.problems]).toEqual([]);
    await first.context.close();
    await second.context.close();
  }, 240_000);

  it('warns before opening nominations for a period that has already ended', async () => {
    const olivia = await staffAccount(server, StaffRole.ELECTIONS_OFFICER, 'Olivia Officer');
    const officer = await server.tokenFor(StaffRole.ELECTIONS_OFFICER);
    const over = await createElection(server, officer, {
      title: 'Judges, period over',
      nominationOpensOn: addDays(today(server), -60),
      nominationClosesOn: addDays(today(server), -1),
    });
    const running = await createElection(server, officer, { title: 'Judges, period running' });

    const { context, page, problems } = await newTab('en-GB');
    await page.goto(`${server.baseUrl}/console/elections/${over.id}/status`);
    await signIn(page, olivia);
    await heading(page, 'Move “Judges, period over” to “Nominations open”').waitFor();
    await page
      .getByText(/^The nomination period ended on .+\. Once open, a nomination is accepted only if it is dated within/)
      .waitFor();
    await page.goto(`${server.baseUrl}/console/elections/${running.id}/status`);
    await heading(page, 'Move “Judges, period running” to “Nominations open”').waitFor();
    expect(await page.getByText(/The nomination period ended/).count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('deletes a draft after asking; offers it only for drafts and only to roles that may', async () => {
    const olivia = await staffAccount(server, StaffRole.ELECTIONS_OFFICER, 'Olivia Officer');
    const panel = await staffAccount(server, StaffRole.PANEL_MEMBER, 'Paula Panel');
    const officer = await server.tokenFor(StaffRole.ELECTIONS_OFFICER);
    const draft = await createElection(server, officer, { title: 'Judges, entered by mistake' });
    const open = await createElection(server, officer, { title: 'Judges, nominations open' });
    await server.gql(
      `mutation($input: UpdateElectionInput!) { updateElection(input: $input) { id } }`,
      { input: { id: open.id, version: open.version, status: 'NOMINATIONS_OPEN' } },
      { as: officer },
    );

    // A panel member reads the draft but is offered no deletion.
    const reader = await newTab('en-GB');
    await reader.page.goto(`${server.baseUrl}/console/elections/${draft.id}`);
    await signIn(reader.page, panel);
    await heading(reader.page, 'Judges, entered by mistake').waitFor();
    expect(await reader.page.getByRole('button', { name: 'Delete this draft' }).count()).toBe(0);
    await reader.context.close();

    const { context, page, blocked, problems } = await newTab('en-GB');
    await page.goto(`${server.baseUrl}/console/elections/${open.id}`);
    await signIn(page, olivia);
    await heading(page, 'Judges, nominations open').waitFor();
    expect(await page.getByRole('button', { name: 'Delete this draft' }).count()).toBe(0);

    await page.goto(`${server.baseUrl}/console/elections/${draft.id}`);
    await heading(page, 'Judges, entered by mistake').waitFor();
    await page.getByRole('button', { name: 'Delete this draft' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Delete the draft “Judges, entered by mistake”?' });
    await dialog.waitFor();
    await checkScreen(page, 'console-elections-03-delete-confirm');
    await fitsIn320(page, 'console-elections-03-delete-confirm');
    // Kept when the question is declined.
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    await page.getByRole('button', { name: 'Delete this draft' }).click();
    await page.getByRole('button', { name: 'Yes, delete the draft' }).click();
    await heading(page, 'Elections').waitFor();
    await page.getByText('The draft “Judges, entered by mistake” was deleted.').waitFor();
    await checkScreen(page, 'console-elections-04-deleted');
    expect(await page.getByRole('link', { name: 'Judges, entered by mistake' }).count()).toBe(0);

    const left = await server.dataSource.query<unknown[]>(`SELECT 1 FROM election WHERE id = $1`, [draft.id]);
    expect(left).toHaveLength(0);
    const audited = await server.dataSource.query<{ actor_kind: string }[]>(
      `SELECT actor_kind FROM audit_entry WHERE operation = 'deleteElection' AND entity_id = $1`,
      [draft.id],
    );
    expect(audited).toEqual([{ actor_kind: 'staff' }]);

    // A draft a questionnaire was issued for is kept, and the page says why, in the reader's language.
    const used = await createElection(server, officer, { title: 'Judges, questionnaire drafted early' });
    const template = await server.gql<{ createQuestionnaireTemplate: { id: string } }>(
      `mutation($input: CreateQuestionnaireTemplateInput!) { createQuestionnaireTemplate(input: $input) { id } }`,
      { input: { title: 'Questionnaire', electionType: 'JUDGES', questions: EVERY_KIND } },
      { as: officer },
    );
    const deadline = new Date(Date.now() + 14 * 86_400_000);
    const issued = await server.gql(
      `mutation($input: IssueQuestionnaireInput!) { issueQuestionnaire(input: $input) { id } }`,
      {
        input: {
          electionId: used.id,
          templateId: template.data?.createQuestionnaireTemplate.id,
          deadline: deadline.toISOString(),
          publishAt: new Date(deadline.getTime() + 86_400_000).toISOString(),
        },
      },
      { as: officer },
    );
    expect(issued.errors).toBeUndefined();
    await page.goto(`${server.baseUrl}/console/elections/${used.id}`);
    await heading(page, 'Judges, questionnaire drafted early').waitFor();
    await page.getByRole('button', { name: 'Lire en français' }).click();
    await page.getByRole('button', { name: 'Supprimer ce brouillon' }).click();
    await page.getByRole('button', { name: 'Oui, supprimer le brouillon' }).click();
    await page
      .getByText(
        'Ce brouillon ne peut pas être supprimé tant que d’autres enregistrements s’y rapportent (questionnaires).',
      )
      .waitFor();
    await checkScreen(page, 'console-elections-06-in-use-fr');
    await fitsIn320(page, 'console-elections-06-in-use-fr');
    expect(blocked).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 240_000);

  it('shows a nominee reading in French the election’s French title', async () => {
    const invited = await inviteNominee(server, 'SN');
    const [election] = await server.dataSource.query<{ id: string; version: number; title: string }[]>(
      `SELECT e.id, e.version, e.title FROM election e JOIN questionnaire q ON q.election_id = e.id WHERE q.id = $1`,
      [invited.questionnaireId],
    );
    const updated = await server.gql(
      `mutation($input: UpdateElectionInput!) { updateElection(input: $input) { id } }`,
      { input: { id: election.id, version: election.version, titleFr: 'Élection de six juges (page du candidat)' } },
      { as: invited.officer },
    );
    expect(updated.errors).toBeUndefined();

    const { context, page, blocked, problems } = await newTab('fr-FR');
    await page.goto(invited.link);
    await page.getByRole('heading', { level: 1, name: 'Questionnaire aux candidats aux fonctions de juge' }).waitFor();
    await page.getByText('Élection de six juges (page du candidat)').waitFor();
    await checkScreen(page, 'console-elections-05-nominee-french-title');
    // In English, the one title, and the questionnaire's English title.
    await page.getByRole('button', { name: 'Read in English' }).click();
    await page.getByText(election.title, { exact: true }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Questionnaire for judicial candidates' }).waitFor();
    expect(await page.getByText('Élection de six juges (page du candidat)').count()).toBe(0);
    expect(blocked).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 240_000);
});
