import type { Server } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { freePort } from '../../../src/database/embedded-postgres.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

export interface WebServer extends TestApp {
  /** http://127.0.0.1:<port> */
  readonly baseUrl: string;
  /** The mails the real outbox sender wrote (no SMTP_URL: .eml files), newest last. */
  mails(): Promise<{ to: string; subject: string; text: string }[]>;
  /** Waits for a mail to `address` whose text matches, as the outbox delivers it. */
  waitForMail(address: string, match?: RegExp, timeoutMs?: number): Promise<{ subject: string; text: string }>;
}

/** The real application listening on a loopback port, with its outbox sender running. */
export async function startWebServer(env: Record<string, string> = {}): Promise<WebServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const app = await createTestApp({ PUBLIC_URL: baseUrl, MAIL_POLL_MS: '150', ...env });
  await app.app.listen(port, '127.0.0.1');
  const mailDir = join(app.config.dataDir, 'mail');

  const mails = async () => {
    let files: string[];
    try {
      files = readdirSync(mailDir)
        .filter((f) => f.endsWith('.eml'))
        .sort();
    } catch {
      return [];
    }
    return Promise.all(
      files.map(async (file) => {
        const parsed = await simpleParser(readFileSync(join(mailDir, file)));
        const to = Array.isArray(parsed.to) ? parsed.to.map((a) => a.text).join(', ') : (parsed.to?.text ?? '');
        return { to, subject: parsed.subject ?? '', text: parsed.text ?? '' };
      }),
    );
  };

  const waitForMail = async (address: string, match = /./, timeoutMs = 15_000) => {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const found = (await mails()).reverse().find((m) => m.to.includes(address) && match.test(m.text));
      if (found) return found;
      if (Date.now() > until) throw new Error(`no mail to ${address} matching ${String(match)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  return Object.assign(Object.create(app) as TestApp, app, {
    baseUrl,
    mails,
    waitForMail,
    close: async () => {
      (app.app.getHttpServer() as Server).closeAllConnections();
      await app.close();
    },
  });
}
