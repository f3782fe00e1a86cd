import type { Browser } from 'playwright-core';
import request from 'supertest';
import { launchChromium } from './support/chromium.js';
import { blockOtherOrigins, screenshot, seriousViolations } from './support/page-checks.js';
import { startWebServer, type WebServer } from './support/web-server.js';

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

describe('the web client is served by the application', () => {
  it('serves its pages with a Content-Security-Policy that allows only this origin', async () => {
    const res = await request(server.app.getHttpServer()).get('/invitation').set('accept', 'text/html');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/https?:\/\//);
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it("keeps the API's own paths: unknown paths answer 404 (a page for a browser, JSON otherwise), GraphQL still answers JSON", async () => {
    const http = server.app.getHttpServer();
    const missing = await request(http).get('/no-such-page').set('accept', 'application/json');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toMatch(/application\/json/);
    expect((missing.body as { message: string }).message).toBe('Cannot GET /no-such-page');
    const missingPage = await request(http).get('/no-such-page').set('accept', 'text/html');
    expect(missingPage.status).toBe(404);
    expect(missingPage.headers['content-type']).toMatch(/text\/html/);
    expect(missingPage.text).toContain('<div id="root">');
    // Not for a POST, nor for the API's own refusals: an unknown feed stays JSON for a browser too.
    expect((await request(http).post('/no-such-page').set('accept', 'text/html')).headers['content-type']).toMatch(
      /application\/json/,
    );
    const unknownFeed = await request(http)
      .get('/elections/00000000-0000-4000-8000-000000000000/feed.atom')
      .set('accept', 'text/html');
    expect([unknownFeed.status, unknownFeed.headers['content-type']]).toEqual([404, expect.stringMatching(/json/)]);
    // The observers' pages are the app's; a deeper path under them is not.
    for (const path of ['/elections', '/elections/', '/elections/some-id', '/candidacies/some-id']) {
      const page = await request(http).get(path).set('accept', 'text/html');
      expect([path, page.status, page.headers['content-type']]).toEqual([
        path,
        200,
        expect.stringMatching(/text\/html/),
      ]);
    }
    expect((await request(http).get('/elections/some-id/more').set('accept', 'text/html')).status).toBe(404);
    const gql = await request(http)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: '{ statesParties(regionalGroup: AFRICAN) { code } }' });
    expect(gql.status).toBe(200);
    expect((gql.body as { data: { statesParties: unknown[] } }).data.statesParties.length).toBeGreaterThan(20);
  });

  it('says "page not found" in the reader\'s language at a mistyped address', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    const answer = await page.goto(`${server.baseUrl}/electons`);
    expect(answer?.status()).toBe(404);
    await page.getByRole('heading', { level: 1, name: 'Page introuvable' }).waitFor();
    await page.getByRole('link', { name: 'Aller à la page d’accueil' }).waitFor();
    await context.close();
  });

  it('shows the home page in English and French, remembers the choice, loads nothing from elsewhere', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const blocked = await blockOtherOrigins(context, server.baseUrl);
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: /International Criminal Court/ }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'home-en');

    await page.getByRole('button', { name: 'Lire en français' }).click();
    await page.getByRole('heading', { level: 1, name: /Cour pénale internationale/ }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Cour pénale internationale/ }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'home-fr');

    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'home-fr-320');
    expect(blocked).toEqual([]);
    await context.close();
  });
});
