/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { tokenIn } from '../support/questionnaire-factories.js';
import { launchChromium } from './support/chromium.js';
import {
  expireSession,
  eventuallySaved,
  inviteNominee,
  recordScriptWeight,
  savedAnswers,
} from './support/nominee-fixtures.js';
import { checkScreen, fitsIn320, openTab } from './support/page-checks.js';
import { startWebServer, type WebServer } from './support/web-server.js';

// The nominee's path in a real Chromium against the real server, with the invitation read from the
// real outbox. Each test has its own election and nominee; screenshots go to test-results/screenshots.
let server: WebServer;
let browser: Browser;

beforeAll(async () => {
  server = await startWebServer({ MAIL_REPLY_TO: 'ICC elections team <elections@example.org>' });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const BUDGET_BYTES = 200 * 1024;

const newTab = (locale: string) => openTab(browser, server.baseUrl, { locale });

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const focusedRole = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('role') ?? '');

describe("the nominee's page", () => {
  it('opens from the mail link, saves drafts by itself, survives a reload and a conflict, and submits', async () => {
    const invited = await inviteNominee(server, 'SN');
    expect(invited.link).toMatch(new RegExp(`^${server.baseUrl}/invitation#[A-Za-z0-9_-]{40,}$`));
    const { context, page, blocked } = await newTab('en-GB');
    const weight = recordScriptWeight(page);
    // What the page sends to /graphql: a document's hash alone once the server knows it (persisted queries).
    const calls: { hashOnly: boolean; answered: boolean }[] = [];
    page.on('requestfinished', (req) => {
      if (!req.url().endsWith('/graphql')) return;
      const sent = req.postDataJSON() as { query?: string; extensions?: { persistedQuery?: unknown } };
      void req
        .response()
        .then((res) => res?.json() as Promise<{ data?: unknown }> | undefined)
        .then((answer) =>
          calls.push({ hashOnly: !sent.query && !!sent.extensions?.persistedQuery, answered: !!answer?.data }),
        );
    });

    await page.goto(invited.link);
    await page.getByRole('heading', { level: 1, name: 'Questionnaire for judicial candidates' }).waitFor();
    expect(page.url()).toBe(`${server.baseUrl}/invitation`); // the code left the address bar
    expect(await page.getByText('Election of six judges').count()).toBeGreaterThan(0);
    await page.getByText('Answers published').waitFor();
    await page.getByText('elections@example.org').first().waitFor();
    // Every kind: a text box with its limit and counter, radio groups, check boxes; required marked.
    const statement = page.getByLabel(/Why do you seek election to the Court\? \(required\)/);
    await page.getByText('Up to 300 characters.').waitFor();
    await page.getByText('You have 300 characters remaining').waitFor();
    expect(await page.getByRole('group', { name: /Do you have any conflict of interest\? \(required\)/ }).count()).toBe(
      1,
    );
    expect(
      await page
        .getByRole('group', { name: /Which list of candidates are you on\?/ })
        .getByRole('radio')
        .count(),
    ).toBe(2);
    expect(
      await page
        .getByRole('group', { name: /Working languages .* \(optional\)/ })
        .getByRole('checkbox')
        .count(),
    ).toBe(2);
    await checkScreen(page, 'nominee-en-1-opened');

    await statement.fill('Thirty years as a trial judge.');
    await page.getByText('You have 270 characters remaining').waitFor();
    await page
      .getByRole('group', { name: /conflict of interest/ })
      .getByLabel('No')
      .check();
    await page.getByLabel('English').check();
    await page.getByLabel('French').check();
    await page
      .getByRole('status')
      .getByText(/^Saved at \d\d:\d\d( [AP]M)?$/)
      .waitFor();
    await eventuallySaved(server, invited, {
      statement: 'Thirty years as a trial judge.',
      conflict: false,
      languages: ['en', 'fr'],
    });
    await checkScreen(page, 'nominee-en-2-autosaved');
    await fitsIn320(page, 'nominee-en-2-autosaved');

    // A reload within the session shows the draft.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Questionnaire for judicial candidates' }).waitFor();
    expect(await page.getByLabel(/Why do you seek election/).inputValue()).toBe('Thirty years as a trial judge.');
    expect(
      await page
        .getByRole('group', { name: /conflict of interest/ })
        .getByLabel('No')
        .isChecked(),
    ).toBe(true);
    expect(await page.getByLabel('French').isChecked()).toBe(true);

    // Another tab (opened from the same mail) saves first: this tab keeps what was typed and asks.
    const other = await context.newPage();
    await other.goto(invited.link);
    await other.getByLabel(/Anything else you wish to add/).fill('Written in the other tab.');
    await other
      .getByRole('status')
      .getByText(/^Saved at/)
      .waitFor();
    await page.getByLabel(/Anything else you wish to add/).fill('Written in the first tab.');
    await page.getByText(/changed in another tab or on another device/).waitFor();
    expect(await page.getByLabel(/Anything else you wish to add/).inputValue()).toBe('Written in the first tab.');
    await checkScreen(page, 'nominee-en-3-conflict');
    await page.getByRole('button', { name: 'Keep my answers from this page' }).click();
    await page
      .getByRole('status')
      .getByText(/^Saved at/)
      .waitFor();
    await eventuallySaved(server, invited, { notes: 'Written in the first tab.' });
    await other.close();

    // Submitting with a required answer missing: the error summary, focused, links to the field.
    await page.getByRole('button', { name: 'Check and submit' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    expect(await focusedRole(page)).toBe('alert');
    await summary.getByRole('link', { name: 'Answer “Which list of candidates are you on?”' }).waitFor();
    await page.getByText('Answer this question: it is required').waitFor();
    await checkScreen(page, 'nominee-en-4-error-summary');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toBe('q-list-a');
    await page.keyboard.press('ArrowDown'); // keyboard only: the arrow chooses list B
    expect(await page.getByLabel('List B (international law)').isChecked()).toBe(true);
    // A switch of language says the errors shown again in the new language, with the questions' own words.
    await page.getByRole('button', { name: 'Lire en français' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Il y a un problème' })
      .getByRole('link', { name: 'Répondez à « Sur quelle liste de candidats figurez-vous ? »' })
      .waitFor();
    expect(await page.getByText('There is a problem').count()).toBe(0);
    await page.getByRole('button', { name: 'Read in English' }).click();
    await summary.getByRole('link', { name: 'Answer “Which list of candidates are you on?”' }).waitFor();

    // What will be sent, then the confirmation.
    await page.getByRole('button', { name: 'Check and submit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check your answers before submitting' }).waitFor();
    await page.getByText('List B (international law)').waitFor();
    await page.getByText('English, French').waitFor();
    await page
      .getByText(/Once submitted, your answers cannot be changed unless the elections team reopens them\./)
      .waitFor();
    await checkScreen(page, 'nominee-en-5-review');
    await page.getByRole('button', { name: 'Submit my answers' }).click();

    await page.getByRole('heading', { level: 1, name: 'Your answers have been submitted' }).waitFor();
    await page.getByText(/^Submitted on .+\. They will be published on .+\.$/).waitFor();
    expect(await page.getByRole('textbox').count()).toBe(0);
    expect(await page.getByRole('button', { name: /submit/i }).count()).toBe(0);
    await eventuallySaved(server, invited, { status: 'SUBMITTED', list: ['b'] });
    await checkScreen(page, 'nominee-en-6-submitted');
    await fitsIn320(page, 'nominee-en-6-submitted');

    // A reload still shows the read-only page.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Your answers have been submitted' }).waitFor();

    // Every file the page asked for has arrived before the weighing.
    await page.waitForLoadState('networkidle');
    const total = weight.total();
    process.stdout.write(
      `nominee route: ${(total / 1024).toFixed(1)} KB gzipped JS+CSS (${[...weight.files]
        .map(([f, n]) => `${f} ${(n / 1024).toFixed(1)} KB`)
        .join(', ')})\n`,
    );
    expect([...weight.files.keys()].some((f) => f.endsWith('.css'))).toBe(true);
    expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
    // After the reload the page's reads went by their hashes alone, and were answered.
    expect(calls.filter((c) => c.hashOnly && c.answered).length).toBeGreaterThan(0);
    expect(blocked).toEqual([]);
    await context.close();
  });

  it('works the same in French', async () => {
    const invited = await inviteNominee(server, 'FR');
    const { context, page } = await newTab('fr-FR');
    await page.goto(invited.link);
    // The template's French title, not the English one.
    await page.getByRole('heading', { level: 1, name: 'Questionnaire aux candidats aux fonctions de juge' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await page.getByText('Publication des réponses').waitFor();
    await page.getByText('Il vous reste 300 caractères').waitFor();
    await page
      .getByLabel(/Pourquoi vous présentez-vous à l’élection à la Cour \? \(obligatoire\)/)
      .fill('Juge depuis trente ans.');
    await page
      .getByRole('group', { name: /conflit d’intérêts/ })
      .getByLabel('Oui')
      .check();
    await page
      .getByRole('status')
      .getByText(/^Enregistré à \d\d:\d\d$/)
      .waitFor();
    await checkScreen(page, 'nominee-fr-1-autosaved');

    await page.getByRole('button', { name: 'Vérifier et envoyer' }).click();
    await page.getByRole('alert').filter({ hasText: 'Il y a un problème' }).waitFor();
    expect(await focusedRole(page)).toBe('alert');
    await page.getByRole('link', { name: 'Répondez à « Sur quelle liste de candidats figurez-vous ? »' }).click();
    expect(await focusedId(page)).toBe('q-list-a');
    await checkScreen(page, 'nominee-fr-2-error-summary');
    await page.getByLabel('Liste A (droit pénal)').check();

    await page.getByRole('button', { name: 'Vérifier et envoyer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vérifiez vos réponses avant de les envoyer' }).waitFor();
    await page.getByText('Sans réponse').first().waitFor();
    await checkScreen(page, 'nominee-fr-3-review');
    await page.getByRole('button', { name: 'Envoyer mes réponses' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vos réponses ont été envoyées' }).waitFor();
    await page.getByText(/^Envoyées le .+\. Elles seront publiées le .+\.$/).waitFor();
    await checkScreen(page, 'nominee-fr-4-submitted');
    await context.close();
  });

  it('keeps the questions in the language switched to when a save sent before the switch answers after it', async () => {
    const invited = await inviteNominee(server, 'BE');
    const { context, page } = await newTab('en-GB');
    // The save is held until the page has switched to French and reloaded its questions.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let intercepted = () => {};
    const saving = new Promise<void>((resolve) => (intercepted = resolve));
    let first = true;
    await page.route('**/graphql', async (route) => {
      if (first && (route.request().postData() ?? '').includes('NomineeSaveAnswers')) {
        first = false;
        intercepted();
        await held;
      }
      await route.continue();
    });
    await page.goto(invited.link);
    await page.getByRole('button', { name: 'Lire en français' }).waitFor();
    await page.getByLabel(/Anything else you wish to add/).fill('Sent in English.');
    await saving;
    await page.getByRole('button', { name: 'Lire en français' }).click();
    await page
      .getByText(/Sur quelle liste de candidats figurez-vous/)
      .first()
      .waitFor();
    release();
    await page
      .getByRole('status')
      .getByText(/^Enregistré à \d\d:\d\d$/)
      .waitFor();
    // Still French: the late answer of the English save does not bring the English questions back.
    expect(await page.getByText(/Which list of candidates are you on/).count()).toBe(0);
    await page
      .getByText(/Sur quelle liste de candidats figurez-vous/)
      .first()
      .waitFor();
    await eventuallySaved(server, invited, { notes: 'Sent in English.' });
    await context.close();
  });

  it('declines only with a reason and a confirmation that it is final and public', async () => {
    const invited = await inviteNominee(server, 'KE', { deadline: new Date('2031-03-01T12:00:00Z') });
    const extended = await server.gql(
      `mutation($input: ExtendInvitationDeadlineInput!) { extendInvitationDeadline(input: $input) { publishedAt } }`,
      {
        input: {
          questionnaireId: invited.questionnaireId,
          candidacyId: invited.candidacyId,
          deadline: '2031-03-08T12:00:00Z',
          reason: 'Travelling',
        },
      },
      { as: invited.officer },
    );
    expect(extended.errors).toBeUndefined();
    const { context, page } = await newTab('en-GB');
    await page.goto(invited.link);
    // The deadline with the extension granted (the browser is in Paris: UTC+1 in March), day first.
    await page.getByText('8 March 2031 at 13:00 CET (extended from 1 March 2031 at 13:00 CET)').waitFor();
    await page.getByRole('button', { name: 'Decline to answer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Decline to answer' }).waitFor();
    await page.getByText(/Declining is final.*Your reason will be published on/).waitFor();
    await page.getByLabel('Your reason for declining').fill('   ');
    await page.getByRole('button', { name: 'Decline, final and public' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.getByRole('link', { name: 'Enter your reason for declining' }).waitFor();
    await summary.getByRole('link', { name: /Confirm that you understand/ }).waitFor();
    expect(await focusedRole(page)).toBe('alert');
    await checkScreen(page, 'nominee-decline-1-errors');
    expect(await savedAnswers(server, invited)).toMatchObject({ status: 'NOT_STARTED' });

    await page.getByLabel('Your reason for declining').fill('I am withdrawing from public life.');
    await page.getByLabel(/declining is final and that my reason will be made public/).check();
    await page.getByRole('button', { name: 'Decline, final and public' }).click();
    await page.getByRole('heading', { level: 1, name: 'You have declined to answer' }).waitFor();
    await page.getByText('I am withdrawing from public life.').waitFor();
    await page.getByText(/^Declined on .+\. Your reason will be published on .+\.$/).waitFor();
    expect(await page.getByRole('textbox').count()).toBe(0);
    expect(await savedAnswers(server, invited)).toMatchObject({ status: 'DECLINED' });
    await checkScreen(page, 'nominee-decline-2-declined');
    await context.close();
  });

  it('keeps what was typed through a lost connection and an expired session', async () => {
    const invited = await inviteNominee(server, 'GH');
    const { context, page } = await newTab('en-GB');
    await page.goto(invited.link);
    await page.getByLabel(/Why do you seek election/).fill('Saved before the trouble.');
    await page
      .getByRole('status')
      .getByText(/^Saved at/)
      .waitFor();

    // The connection drops: said plainly, retried when it comes back, nothing lost.
    await context.setOffline(true);
    await page.getByLabel(/Anything else you wish to add/).fill('Typed while offline.');
    await page.getByText(/The connection to the server was lost/).waitFor();
    await checkScreen(page, 'nominee-offline');
    await context.setOffline(false);
    await page
      .getByRole('status')
      .getByText(/^Saved at/)
      .waitFor();
    await eventuallySaved(server, invited, { notes: 'Typed while offline.' });

    // The session expires while the nominee types: the code is asked again, the draft is kept.
    await expireSession(page, server);
    await page.getByLabel(/Anything else you wish to add/).fill('Typed as the session ended.');
    await page.getByRole('heading', { level: 1, name: 'Open your questionnaire' }).waitFor();
    await page.getByText(/your session has ended/).waitFor();
    await checkScreen(page, 'nominee-session-expired');
    const mail = await server.waitForMail(invited.email, /personal code/);
    await page.getByLabel('Your personal code').fill(tokenIn(mail.text));
    await page.getByRole('button', { name: 'Open my questionnaire' }).click();
    await page.getByRole('heading', { level: 1, name: 'Questionnaire for judicial candidates' }).waitFor();
    expect(await page.getByLabel(/Anything else you wish to add/).inputValue()).toBe('Typed as the session ended.');
    expect(await page.getByLabel(/Why do you seek election/).inputValue()).toBe('Saved before the trouble.');
    await page
      .getByRole('status')
      .getByText(/^Saved at/)
      .waitFor();
    await eventuallySaved(server, invited, { notes: 'Typed as the session ended.' });
    await context.close();
  });

  it('says whom to contact when the code was replaced, in the reader’s language, and opens nothing by itself', async () => {
    const invited = await inviteNominee(server, 'NG');
    const resent = await server.gql(
      `mutation($q: ID!, $c: ID!) { resendInvitation(questionnaireId: $q, candidacyId: $c) { publishedAt } }`,
      { q: invited.questionnaireId, c: invited.candidacyId },
      { as: invited.officer },
    );
    expect(resent.errors).toBeUndefined();

    const { context, page } = await newTab('en-GB');
    await page.goto(invited.link);
    await page.getByText('This code does not open a questionnaire').first().waitFor();
    await page.getByText(/replaced by a newer invitation/).waitFor();
    await page.getByRole('link', { name: 'elections@example.org' }).waitFor();
    expect(page.url()).toBe(`${server.baseUrl}/invitation`);
    await checkScreen(page, 'nominee-revoked-en');
    await fitsIn320(page, 'nominee-revoked-en');

    // Without a code the page opens nothing; a blank code is refused at the field.
    await page.goto(`${server.baseUrl}/invitation`);
    await page.getByRole('heading', { level: 1, name: 'Open your questionnaire' }).waitFor();
    await page.getByRole('button', { name: 'Open my questionnaire' }).click();
    await page.getByRole('link', { name: 'Enter the personal code from your invitation e-mail' }).waitFor();
    await checkScreen(page, 'nominee-code-blank');
    await context.close();

    const french = await newTab('fr-FR');
    await french.page.goto(invited.link);
    await french.page.getByText('Ce code n’ouvre aucun questionnaire').first().waitFor();
    await french.page.getByRole('link', { name: 'elections@example.org' }).waitFor();
    await checkScreen(french.page, 'nominee-revoked-fr');
    await french.context.close();
  });
});
