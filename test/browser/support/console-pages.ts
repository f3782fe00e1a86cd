/// <reference lib="dom" />
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { systemAuthor } from '../../../src/common/author.js';
import type { StaffRole } from '../../../src/common/domain.enums.js';
import { StaffUsersService } from '../../../src/modules/auth/staff-users.service.js';
import { launchChromium } from './chromium.js';
import { startWebServer, type WebServer } from './web-server.js';

// What every console journey does: a staff account of its own and signing in (the checks of each
// screen are page-checks.ts's). Shared so the console specs need not repeat them.

/** The real server and a Chromium for one spec file: started before its tests, closed after them. */
export function consoleJourney(): { readonly server: WebServer; readonly browser: Browser } {
  const running: { server?: WebServer; browser?: Browser } = {};
  beforeAll(async () => {
    running.server = await startWebServer();
    running.browser = await launchChromium();
  });
  afterAll(async () => {
    await running.browser?.close();
    await running.server?.close();
  });
  return {
    get server() {
      if (!running.server) throw new Error('consoleJourney: the server starts in beforeAll');
      return running.server;
    },
    get browser() {
      if (!running.browser) throw new Error('consoleJourney: the browser starts in beforeAll');
      return running.browser;
    },
  };
}

export const STAFF_PASSWORD = 'correct horse battery staple';

/** A new staff account with this role; its e-mail address. */
export async function staffAccount(server: WebServer, role: StaffRole, displayName: string): Promise<string> {
  const email = `${role.toLowerCase()}-${randomBytes(4).toString('hex')}@example.org`;
  await server.app
    .get(StaffUsersService)
    .create({ email, password: STAFF_PASSWORD, role, displayName }, systemAuthor('test'));
  return email;
}

export async function signIn(page: Page, email: string, password = STAFF_PASSWORD): Promise<void> {
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
