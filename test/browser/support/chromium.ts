import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Chromium comes from on this machine, in the order a fresh machine allows. */
export async function chromiumExecutable(): Promise<{ path: string; source: string; args: string[] }> {
  const given = process.env.CHROMIUM_PATH;
  if (given) return { path: given, source: 'CHROMIUM_PATH', args: [] };
  if (existsSync('/usr/bin/chromium')) return { path: '/usr/bin/chromium', source: 'Debian chromium', args: [] };
  // Ships its binary inside the npm package: nothing downloaded at run time.
  const sparticuz = (await import('@sparticuz/chromium')).default;
  const path = await sparticuz.executablePath();
  // Keep its rendering flags, not those that weaken the browser (web security is what we test).
  const dropped = new Set(['--disable-web-security', '--allow-running-insecure-content', '--single-process']);
  return { path, source: '@sparticuz/chromium', args: sparticuz.args.filter((a) => !dropped.has(a.split('=')[0])) };
}

/** How long a locator or navigation waits: a loaded CI machine can take more than Playwright's 30 s. */
const WAIT_MS = 60_000;

/** Headless Chromium with no background traffic (the machine has no network beyond loopback). */
export async function launchChromium(): Promise<Browser> {
  const browser = await launch();
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(WAIT_MS);
    return context;
  };
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (options) => {
    const page = await newPage(options);
    page.setDefaultTimeout(WAIT_MS);
    return page;
  };
  return browser;
}

async function launch(): Promise<Browser> {
  const { path, args } = await chromiumExecutable();
  return chromium.launch({
    executablePath: path,
    headless: true,
    args: [
      ...args,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}
