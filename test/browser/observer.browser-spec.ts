/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { StaffRole } from '../../src/common/domain.enums.js';
import { nominate, nominateRaw, openElection, personInput, updateElection } from '../support/factories.js';
import { heldInterview } from '../support/interview-factories.js';
import { inviteNominee } from './support/nominee-fixtures.js';
import { consoleJourney } from './support/console-pages.js';
import { checkScreen, openTab, screenshot } from './support/page-checks.js';

// An observer reads the published records in pages, not only in the explorer: the elections, one
// election's candidates, one candidate's answers. Answers appear only once the embargo lifts, and in
// the reader's language. Real Chromium, real server; the records made through the API as the team does.
const journey = consoleJourney();

const newTab = () => openTab(journey.browser, journey.server.baseUrl, { consoleErrors: true });

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });

/** The nominee answers every question and submits, through the API as their page does. */
async function answerAndSubmit(link: string): Promise<void> {
  const opened = await journey.server.gql<{ openInvitation: { token: string } }>(
    `mutation($token: String!) { openInvitation(token: $token) { token } }`,
    { token: decodeURIComponent(link.split('#')[1]) },
  );
  const session = opened.data!.openInvitation.token;
  const saved = await journey.server.gql<{ saveAnswers: { version: number } }>(
    `mutation($input: SaveAnswersInput!) { saveAnswers(input: $input) { version } }`,
    {
      input: {
        version: 0,
        answers: [
          { key: 'statement', text: 'Thirty years as a trial judge.\nTen in the appeals chamber.' },
          { key: 'conflict', yes: false },
          { key: 'list', choices: ['a'] },
          { key: 'languages', choices: ['en', 'fr'] },
        ],
      },
    },
    { as: session },
  );
  expect(saved.errors).toBeUndefined();
  const submitted = await journey.server.gql(
    `mutation($version: Int!) { submitResponse(version: $version) { status } }`,
    { version: saved.data!.saveAnswers.version },
    { as: session },
  );
  expect(submitted.errors).toBeUndefined();
}

describe('the observers’ pages', () => {
  it('lead from the elections to a candidate’s answers, published only once the embargo lifts', async () => {
    const invited = await inviteNominee(journey.server, 'SN');
    await answerAndSubmit(invited.link);
    const read = await journey.server.gql<{
      candidacy: { person: { fullName: string }; election: { id: string; title: string } };
    }>(`query($id: ID!) { candidacy(id: $id) { person { fullName } election { id title } } }`, {
      id: invited.candidacyId,
    });
    const { fullName } = read.data!.candidacy.person;
    const election = read.data!.candidacy.election;
    // The team extended the nomination period: observers read when, and why.
    const period = await journey.server.gql<{ election: { nominationClosesOn: string } }>(
      `query($id: ID!) { election(id: $id) { nominationClosesOn } }`,
      { id: election.id },
    );
    const closesOn = new Date(`${period.data!.election.nominationClosesOn}T00:00:00Z`);
    closesOn.setUTCDate(closesOn.getUTCDate() + 14);
    const extended = await journey.server.gql(
      `mutation($input: ExtendNominationPeriodInput!) { extendNominationPeriod(input: $input) { id } }`,
      {
        input: {
          electionId: election.id,
          closesOn: closesOn.toISOString().slice(0, 10),
          reason: 'Fewer African candidates than twice the minimum voting requirement',
        },
      },
      { as: invited.officer },
    );
    expect(extended.errors).toBeUndefined();

    const { context, page, blocked, problems } = await newTab();
    await page.goto(`${journey.server.baseUrl}/`);
    await page.getByRole('link', { name: 'Read the elections and candidates' }).click();
    await heading(page, 'Elections').waitFor();
    await page.getByRole('link', { name: election.title }).waitFor();
    await checkScreen(page, 'observer-01-elections');
    await page.getByRole('link', { name: election.title }).click();

    await heading(page, election.title).waitFor();
    // A shortfall's figure is the candidates wanted (twice the minimum voting requirement), not seats.
    const flags = await journey.server.gql<{
      election: {
        slateFlags: { kind: string; scope: string; scopeValue: string; candidates: number; seats: number }[];
      };
    }>(`query($id: ID!) { election(id: $id) { slateFlags { kind scope scopeValue candidates seats } } }`, {
      id: election.id,
    });
    const shortfall = flags.data!.election.slateFlags.find(
      (f) => f.kind === 'NOMINATION_SHORTFALL' && f.scope === 'REGIONAL_GROUP' && f.scopeValue === 'AFRICAN',
    );
    expect(shortfall).toBeDefined();
    await page
      .getByText(
        `Fewer candidates than sought — Regional group: African States (${shortfall!.candidates === 1 ? '1 candidate' : `${shortfall!.candidates} candidates`}, fewer than the ${shortfall!.seats} sought)`,
        { exact: true },
      )
      .waitFor();
    await page.getByRole('heading', { level: 2, name: 'Extensions of the nomination period' }).waitFor();
    await page.getByText('Fewer African candidates than twice the minimum voting requirement').waitFor();
    const row = page.getByRole('row', { name: new RegExp(fullName) });
    await row.getByText('Senegal').waitFor();
    await row.getByText('African States').waitFor();
    // The embargo holds: the answers were submitted, but nobody outside sees that yet.
    await row.getByText('Not published yet').waitFor();
    await checkScreen(page, 'observer-02-election');
    // On a phone each candidate is a block of labelled lines: nothing of the table beyond the screen's edge.
    const size = page.viewportSize()!;
    await page.setViewportSize({ width: 320, height: 720 });
    const table = page.getByRole('table', { name: 'Candidates' });
    expect(await table.locator('..').evaluate((wrap) => wrap.scrollWidth - wrap.clientWidth)).toBeLessThanOrEqual(0);
    const status = (await row.getByText('Nominated', { exact: true }).boundingBox())!;
    expect(status.x + status.width).toBeLessThanOrEqual(320);
    await screenshot(page, 'observer-02-election-320px');
    await page.setViewportSize(size);
    await row.getByRole('link', { name: fullName }).click();
    await heading(page, fullName).waitFor();
    expect(await page.title()).toBe(`${fullName} — ICC elections vetting platform`);
    await page.getByText(/Answers are not published yet/).waitFor();
    expect(await page.getByText('Thirty years as a trial judge.').count()).toBe(0);

    // The team lifts the embargo: the next read shows the answers (the public cache is not stale).
    const published = await journey.server.gql(
      `mutation($id: ID!) { publishResponses(questionnaireId: $id, confirm: true) { id } }`,
      { id: invited.questionnaireId },
      { as: invited.officer },
    );
    expect(published.errors).toBeUndefined();
    // A panel's interview, published; another panel's, not (yet).
    await heldInterview(journey.server, invited.officer, election.id, invited.candidacyId, {
      publish: true,
      panelName: 'Advisory Committee on Nominations',
      publicSummary: 'The committee heard the candidate for an hour.',
    });
    await heldInterview(journey.server, invited.officer, election.id, invited.candidacyId, {
      publish: false,
      panelName: 'Unpublished Panel',
      publicSummary: 'Not for the public yet.',
    });
    // A public discussion with this nominee, published: observers see when, where and who answered how.
    const starts = new Date(Date.now() + 5 * 86_400_000);
    starts.setUTCHours(16, 0, 0, 0);
    const discussion = await journey.server.gql<{ createDiscussion: { id: string; version: number } }>(
      `mutation($input: CreateDiscussionInput!) { createDiscussion(input: $input) { id version } }`,
      {
        input: {
          electionId: election.id,
          title: 'Meet the judicial candidates',
          startsAt: starts.toISOString(),
          timeZone: 'Europe/Amsterdam',
          place: 'Peace Palace, The Hague',
          languages: ['EN', 'FR'],
          moderators: ['Jane Moderator'],
          candidacyIds: [invited.candidacyId],
        },
      },
      { as: invited.officer },
    );
    expect(discussion.errors).toBeUndefined();
    const shown = await journey.server.gql(
      `mutation($input: PublishDiscussionInput!) { publishDiscussion(input: $input) { id } }`,
      { input: discussion.data!.createDiscussion },
      { as: invited.officer },
    );
    expect(shown.errors).toBeUndefined();
    await page.reload();
    await heading(page, fullName).waitFor();
    await page.getByText(/^Answered on \d+ \w+ \d{4}/).waitFor();
    const answers = page.getByRole('region', { name: 'Answers to the questionnaire' });
    await answers.getByText('Why do you seek election to the Court?').waitFor();
    // A long answer keeps its lines.
    await answers.getByText(/Thirty years as a trial judge\.\s+Ten in the appeals chamber\./).waitFor();
    await answers.getByText('List A (criminal law)').waitFor();
    await answers.getByText('English, French').waitFor();
    await answers.getByText('Not answered').waitFor();
    const interviews = page.getByRole('region', { name: 'Panel interviews' });
    await interviews.getByRole('heading', { name: 'Advisory Committee on Nominations' }).waitFor();
    await interviews.getByText(/^Held on 10 January 2026 at 11:00 CET \(60 minutes\)$/).waitFor();
    await interviews.getByText('The committee heard the candidate for an hour.').waitFor();
    await interviews.getByText('Conclusion: Qualified').waitFor();
    expect(await page.getByText('Unpublished Panel').count()).toBe(0);
    expect(await page.getByText('Not for the public yet.').count()).toBe(0);
    await checkScreen(page, 'observer-03-candidate');

    // In French: the prompts, the options and the titles of the reader's language.
    await page.getByRole('button', { name: 'Lire en français' }).click();
    const réponses = page.getByRole('region', { name: 'Réponses au questionnaire' });
    await réponses.getByText('Pourquoi vous présentez-vous à l’élection à la Cour ?').waitFor();
    await réponses.getByText('Liste A (droit pénal)').waitFor();
    await réponses.getByText('Anglais, Français', { exact: true }).waitFor();
    // The State, the nationality and the languages named in French too.
    const facts = page.getByRole('region', { name: 'La candidature' });
    expect(
      await facts
        .getByRole('definition')
        .filter({ hasText: /^Sénégal$/ })
        .count(),
    ).toBe(2);
    await facts.getByText('anglais, français', { exact: true }).waitFor();
    await page.getByText(/^A répondu le \d+(er)? \S+ \d{4}/).waitFor();
    await checkScreen(page, 'observer-04-candidate-fr');
    await page.getByRole('link', { name: `Retour à l’élection « ${election.title} »` }).click();
    await heading(page, election.title).waitFor();
    await page
      .getByRole('row', { name: new RegExp(fullName) })
      .getByText('A répondu')
      .waitFor();
    const débat = page.getByRole('article', { name: 'Meet the judicial candidates' });
    await débat.getByText('Peace Palace, The Hague').waitFor();
    await débat.getByText(/\(heure normale d’Europe centrale, Amsterdam\)/).waitFor();
    await débat.getByText(`${fullName} : Pas encore de réponse`).waitFor();
    await checkScreen(page, 'observer-04b-election-fr');

    // An address that leads to no public record says so, in the reader's language.
    await page.goto(`${journey.server.baseUrl}/candidacies/00000000-0000-4000-8000-000000000000`);
    await heading(page, 'Page introuvable').waitFor();
    await page.getByText('Aucune élection ni aucun candidat publié ne se trouve à cette adresse.').waitFor();
    await page.goto(`${journey.server.baseUrl}/elections/not-an-id`);
    await heading(page, 'Page introuvable').waitFor();
    // Nor does an address that is not well encoded break the page.
    await page.goto(`${journey.server.baseUrl}/elections/%E0`);
    await heading(page, 'Page introuvable').waitFor();

    expect(blocked).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 240_000);

  it('show an election’s results, round by round', async () => {
    const officer = await journey.server.tokenFor(StaffRole.ELECTIONS_OFFICER);
    const e = await openElection(journey.server, officer, {
      type: 'PROSECUTOR',
      title: 'Election of the Prosecutor',
      seats: 1,
    });
    const people: { id: string; name: string }[] = [];
    for (const [state, name] of [
      ['GH', 'Ama Owusu'],
      ['IE', 'Siobhan Byrne'],
    ]) {
      const res = await nominateRaw(journey.server, officer, {
        electionId: e.id,
        nominatingState: state,
        person: personInput({ nationality: state, fullName: name }),
      });
      people.push({ id: res.data!.nominateCandidate.id, name });
    }
    const closed = await updateElection(journey.server, officer, {
      id: e.id,
      version: 2,
      status: 'NOMINATIONS_CLOSED',
    });
    await updateElection(journey.server, officer, { id: e.id, version: closed.version, status: 'VOTING' });
    const recorded = await journey.server.gql(
      `mutation($input: RecordBallotRoundInput!) { recordBallotRound(input: $input) { id } }`,
      {
        input: {
          electionId: e.id,
          round: 1,
          heldOn: '2026-11-30',
          ballotPapers: 120,
          invalidBallots: 2,
          abstentions: 0,
          votes: [
            { candidacyId: people[0].id, votes: 98 },
            { candidacyId: people[1].id, votes: 20 },
          ],
        },
      },
      { as: officer },
    );
    expect(recorded.errors).toBeUndefined();

    const { context, page, blocked, problems } = await newTab();
    await page.goto(`${journey.server.baseUrl}/elections/${e.id}`);
    await heading(page, 'Election of the Prosecutor').waitFor();
    const results = page.getByRole('region', { name: 'Results' });
    const round = results.getByRole('region', { name: 'Round 1, 30 November 2026' });
    await round.getByRole('row', { name: /Ama Owusu\s+98\s+Elected/ }).waitFor();
    await round.getByRole('row', { name: /Siobhan Byrne\s+20/ }).waitFor();
    await round.getByText('Elected: Ama Owusu').waitFor();
    // No questionnaire was sent for this election: no column says one is awaited.
    expect(await page.getByRole('columnheader', { name: 'Questionnaire' }).count()).toBe(0);
    await checkScreen(page, 'observer-05-results');
    expect(blocked).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  it('list the elections twenty at a time, and show more on demand', async () => {
    const officer = await journey.server.tokenFor(StaffRole.ELECTIONS_OFFICER);
    for (let i = 1; i <= 21; i += 1) await openElection(journey.server, officer, { title: `Listed election ${i}` });
    // One has two candidates, one of whom withdrew: the list counts one, and says one withdrew.
    const withWithdrawal = await openElection(journey.server, officer, { title: 'Listed election with a withdrawal' });
    await nominate(journey.server, officer, withWithdrawal.id, 'SN');
    const withdrawing = await nominate(journey.server, officer, withWithdrawal.id, 'GH');
    const withdrawn = await journey.server.gql(
      `mutation($input: WithdrawCandidacyInput!) { withdrawCandidacy(input: $input) { id } }`,
      { input: { id: withdrawing.id, reason: 'Withdrawn by Ghana' } },
      { as: officer },
    );
    expect(withdrawn.errors).toBeUndefined();
    const total = (
      await journey.server.gql<{ elections: { totalCount: number } }>(`{ elections(first: 1) { totalCount } }`)
    ).data!.elections.totalCount;
    expect(total).toBeGreaterThan(20);

    const { context, page, blocked, problems } = await newTab();
    await page.goto(`${journey.server.baseUrl}/elections`);
    await heading(page, 'Elections').waitFor();
    await page.getByText(`${total} elections`).waitFor();
    const items = page.locator('.record-list > li');
    expect(await items.count()).toBe(20);
    await page.getByRole('button', { name: 'Show more elections' }).click();
    await items.nth(total - 1).waitFor();
    expect(await items.count()).toBe(total);
    const listed = items.filter({ hasText: 'Listed election with a withdrawal' });
    await listed.getByText('1 candidate', { exact: true }).waitFor();
    await listed.getByText('1 withdrawn', { exact: true }).waitFor();
    expect(await items.filter({ hasText: 'Listed election 21' }).getByText('withdrawn').count()).toBe(0);
    // Focus moved to the first election the button brought; nothing more to show.
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(focused).toBe(await items.nth(20).getByRole('link').textContent());
    expect(await page.getByRole('button', { name: 'Show more elections' }).count()).toBe(0);
    expect(blocked).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);
});
