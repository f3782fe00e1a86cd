/// <reference lib="dom" />
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';

const SCREENSHOTS = join(process.cwd(), 'test-results', 'screenshots');

/** Keeps a screenshot of the screen as a test artefact (test-results/ is not committed). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** The serious and critical accessibility violations axe finds on the page (expected: none). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}

/**
 * Blocks every request to another origin and records it: the client must load nothing from
 * elsewhere. Returns the list, filled as the page runs.
 */
export async function blockOtherOrigins(context: BrowserContext, baseUrl: string): Promise<string[]> {
  const origin = new URL(baseUrl).origin;
  const blocked: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  return blocked;
}

/** A browser tab opened by a test, and what it recorded. */
export interface Tab {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Requests to another origin, refused (expected: none). */
  readonly blocked: string[];
  /** Uncaught page errors and Content-Security-Policy violations, and with `consoleErrors` every console error (expected: none). */
  readonly problems: string[];
}

export interface TabOptions {
  /** The reader's locale; default en-GB. */
  readonly locale?: string;
  /** The reader's clocks; default Europe/Paris. */
  readonly timezoneId?: string;
  readonly acceptDownloads?: boolean;
  /** Record every console error as a problem, not only CSP violations. */
  readonly consoleErrors?: boolean;
  /** Another tab in this context (same session and storage) instead of a new one. */
  readonly context?: BrowserContext;
}

/**
 * A new tab as a reader opens it: a context of its own (locale, time zone) that loads nothing from
 * another origin, and the problems the page meets recorded for the test to expect none.
 */
export async function openTab(browser: Browser, baseUrl: string, options: TabOptions = {}): Promise<Tab> {
  const shared = options.context;
  const context =
    shared ??
    (await browser.newContext({
      locale: options.locale ?? 'en-GB',
      timezoneId: options.timezoneId ?? 'Europe/Paris',
      ...(options.acceptDownloads && { acceptDownloads: true }),
    }));
  // A context's routes and scripts serve all its tabs: installed once, with its first tab.
  const blocked = shared ? [] : await blockOtherOrigins(context, baseUrl);
  if (!shared) {
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
  }
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    const csp = /Content[- ]Security[- ]Policy|CSP violation/i.test(message.text());
    if (csp || (options.consoleErrors && message.type() === 'error')) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return { context, page, blocked, problems };
}

/** No serious or critical axe violation; a screenshot kept as a test artefact. */
export async function checkScreen(page: Page, name: string): Promise<void> {
  expect([name, await seriousViolations(page)]).toEqual([name, []]);
  await screenshot(page, name);
}

/**
 * The screen fits a 320 px wide phone: nothing scrolls sideways (screenshot `<name>-320px`); with
 * `axe`, axe finds nothing serious at that width either.
 */
export async function fitsIn320(page: Page, name: string, { axe = false } = {}): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 720 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect([name, Math.max(0, overflow)]).toEqual([name, 0]);
  if (axe) expect([name, await seriousViolations(page)]).toEqual([name, []]);
  await screenshot(page, `${name}-320px`);
  if (size) await page.setViewportSize(size);
}
