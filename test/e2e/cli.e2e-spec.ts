import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { freePort, isAlive } from '../../src/database/embedded-postgres.js';
import { createTestDatabase, dropTestDatabase, type TestDatabase } from '../support/test-app.js';

// The commands as users run them: compiled, in their own process, judged by exit code and output.
// `npm test` builds dist/ first and this file uses it; run alone on a stale or missing build, it
// compiles into a folder of its own (a concurrent `npm run build` is left alone).
const ROOT = resolve('.');

/** The newest modification time of the files under these folders (0 when none). */
function newest(...dirs: string[]): number {
  let latest = 0;
  for (const dir of dirs) {
    for (const entry of readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith('.ts')) {
        latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
      }
    }
  }
  return latest;
}

const DIST = join(ROOT, 'dist');
const distFresh =
  existsSync(join(DIST, 'src', 'main.js')) &&
  statSync(join(DIST, 'src', 'main.js')).mtimeMs >= newest('src', 'scripts', 'migrations');
const BUILD = distFresh ? DIST : join(ROOT, 'node_modules', '.cache', `icc-cli-test-${process.pid}`);
const PASSWORD = 'a long enough password';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const baseEnv = (dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', DATA_DIR: dataDir, MAIL_POLL_MS: '0' };
  delete env.DATABASE_URL;
  delete env.DATABASE_MIGRATION_URL;
  delete env.LOG_LEVEL;
  // Production refuses the embedded database and a localhost PUBLIC_URL unless told (issue 13).
  return {
    ...env,
    JWT_SECRET: 'x'.repeat(40),
    EMBEDDED_DATABASE: 'allow',
    PUBLIC_URL: 'https://vetting.example.org',
    MAIL_REPLY_TO: 'elections@example.org',
    ...extra,
  };
};

function start(script: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [join(BUILD, script), ...args], { cwd: ROOT, env, stdio: 'pipe' });
}

function finished(child: ChildProcess, timeoutMs = 60_000): Promise<Run> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`timed out; stdout: ${stdout}; stderr: ${stderr}`));
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

const run = (script: string, args: string[], env: NodeJS.ProcessEnv) => finished(start(script, args, env));

/** One plain line on failure: no stack frames, no Nest banner. */
function expectPlainFailure(result: Run, pattern: RegExp): void {
  expect(result.stderr).toMatch(pattern);
  expect(`${result.stdout}${result.stderr}`).not.toMatch(/^\s+at |Error: .*\n\s+at /m);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function graphql(port: number, query: string): Promise<{ data?: Record<string, unknown>; errors?: unknown[] }> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

/** Polls until the server answers a query with data (after a start or a database restart). */
async function answering(port: number, ms: number): Promise<number> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      const body = await graphql(port, '{ auditDigest { count } }');
      if (body.data && !body.errors) return (body.data.auditDigest as { count: number }).count;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`the server on port ${port} did not answer in ${ms} ms`);
    await sleep(250);
  }
}

const postmasterPid = (dataDir: string) =>
  Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);

beforeAll(() => {
  if (BUILD === DIST) return;
  mkdirSync(BUILD, { recursive: true });
  // Type errors elsewhere in a work tree must not stop the emit; what matters is that the files exist.
  try {
    execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', BUILD],
      {
        cwd: ROOT,
        stdio: 'pipe',
      },
    );
  } catch {
    // reported below if the output is missing
  }
  // Inside node_modules the nearest package.json is not the project's: say these files are ES modules.
  writeFileSync(join(BUILD, 'package.json'), JSON.stringify({ type: 'module' }));
  for (const script of ['scripts/audit-verify.js', 'scripts/admin-create.js', 'scripts/seed-demo.js', 'src/main.js']) {
    if (!existsSync(join(BUILD, script))) throw new Error(`the build did not produce ${script}`);
  }
}, 180_000);

afterAll(() => {
  if (BUILD !== DIST) rmSync(BUILD, { recursive: true, force: true });
});

describe('command-line tasks as processes', () => {
  it('exit 1 with one plain line when the database cannot be reached', async () => {
    const port = await freePort();
    const env = baseEnv(mkdtempSync(join(tmpdir(), 'icc-cli-')), {
      DATABASE_URL: `postgres://nobody:nothing@127.0.0.1:${port}/nothing`,
    });
    const results = await Promise.all([
      run('scripts/audit-verify.js', [], env),
      run('scripts/seed-demo.js', [], env),
      run('scripts/admin-create.js', ['--email', 'a@example.org', '--name', 'A', '--password', PASSWORD], env),
    ]);
    for (const result of results) {
      expect(result.code).toBe(1);
      expectPlainFailure(result, /cannot reach the database at 127\.0\.0\.1:\d+ \(ECONNREFUSED\)/);
    }
  }, 120_000);

  describe('on a database given by DATABASE_URL, migrated through DATABASE_MIGRATION_URL', () => {
    let db: TestDatabase;
    let env: NodeJS.ProcessEnv;
    beforeAll(async () => {
      db = await createTestDatabase();
      env = baseEnv(mkdtempSync(join(tmpdir(), 'icc-cli-')), {
        DATABASE_URL: db.url,
        DATABASE_MIGRATION_URL: db.ownerUrl,
      });
    });
    afterAll(async () => {
      await dropTestDatabase(db.url);
    });

    it('admin:create creates an account, then refuses the same e-mail with exit 1 and a plain line', async () => {
      const args = ['--email', 'first.admin@example.org', '--name', 'First', '--password', PASSWORD];
      const created = await run('scripts/admin-create.js', args, env);
      expect(created).toMatchObject({ code: 0, stdout: expect.stringMatching(/Created ADMIN account/) as unknown });
      const again = await run('scripts/admin-create.js', args, env);
      expect(again.code).toBe(1);
      expectPlainFailure(again, /admin:create: .+/);
      const bad = await run('scripts/admin-create.js', ['--email', 'not-an-address', '--password', PASSWORD], env);
      expect(bad.code).toBe(2);
      expectPlainFailure(bad, /not valid/);
    }, 120_000);

    it('audit:verify: 0 when intact (and publishes), 1 when truncated, rewritten or broken, 2 on bad arguments', async () => {
      await run(
        'scripts/admin-create.js',
        ['--email', 'second@example.org', '--name', 'S', '--password', PASSWORD],
        env,
      );
      const intact = await run('scripts/audit-verify.js', ['--publish'], env);
      expect(intact.code).toBe(0);
      const [, count, head] = /^intact, (\d+) entries, head ([0-9a-f]{64})/.exec(intact.stdout) ?? [];
      expect(Number(count)).toBeGreaterThan(0);
      expect(intact.stdout).toMatch(/published: \d+ entries/);

      // Against a digest kept elsewhere: the same passes; one the chain cannot have fails.
      const [same, longer] = await Promise.all([
        run('scripts/audit-verify.js', ['--expect-count', count, '--expect-head', head], env),
        run('scripts/audit-verify.js', ['--expect-count', String(Number(count) + 5)], env),
      ]);
      expect(same.code).toBe(0);
      expect(longer.code).toBe(1);
      expect(longer.stdout).toMatch(/^TRUNCATED/);
      const bad = await run('scripts/audit-verify.js', ['--expect-head', 'nope'], env);
      expect(bad.code).toBe(2);
      expectPlainFailure(bad, /--expect-head must be a SHA-256 hash/);

      // The owner rewrites an entry behind the trigger's back.
      const owner = new pg.Client({ connectionString: db.ownerUrl });
      await owner.connect();
      try {
        await owner.query('BEGIN');
        await owner.query('ALTER TABLE audit_entry DISABLE TRIGGER tr_audit_entry_no_update_delete');
        await owner.query(`UPDATE audit_entry SET operation = 'rewritten' WHERE seq = 1`);
        await owner.query('ALTER TABLE audit_entry ENABLE TRIGGER tr_audit_entry_no_update_delete');
        await owner.query('COMMIT');
      } finally {
        await owner.end();
      }
      const broken = await run('scripts/audit-verify.js', [], env);
      expect(broken.code).toBe(1);
      expect(broken.stdout).toMatch(/^BROKEN at entry 1/);
    }, 300_000);

    const ptyAvailable = (() => {
      try {
        execFileSync('script', ['--version'], { stdio: 'ignore' });
        return true;
      } catch {
        return false;
      }
    })();
    // A terminal is needed to prompt at all: `script` (util-linux) gives the command one.
    (ptyAvailable ? it : it.skip)(
      'admin:create does not echo the password typed at its prompt',
      async () => {
        const secret = `typed-${randomBytes(8).toString('hex')}`;
        const command = `${process.execPath} ${join(BUILD, 'scripts/admin-create.js')} --email typed@example.org --name Typed`;
        const child = spawn('script', ['-qec', command, '/dev/null'], { cwd: ROOT, env, stdio: 'pipe' });
        const result = finished(child);
        let shown = '';
        child.stdout.on('data', (d: Buffer) => {
          const before = shown;
          shown += d.toString();
          if (!before.includes('Password') && shown.includes('Password')) child.stdin.write(`${secret}\r`);
        });
        const { code, stdout } = await result;
        expect(stdout).toMatch(/Created ADMIN account typed@example.org/);
        expect(stdout).not.toContain(secret);
        expect(code).toBe(0);
      },
      120_000,
    );
  });
});

describe('the server on its embedded PostgreSQL', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'icc-server-'));
  const started: ChildProcess[] = [];
  let port: number;

  const server = () => {
    const child = start('src/main.js', [], baseEnv(dataDir, { PORT: String(port) }));
    started.push(child);
    return child;
  };

  beforeAll(async () => {
    port = await freePort();
  });
  afterAll(async () => {
    for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    // Whatever PostgreSQL is left on the directory is ours to stop.
    const pidFile = join(dataDir, 'pg', 'postmaster.pid');
    if (existsSync(pidFile)) {
      const pid = postmasterPid(dataDir);
      if (isAlive(pid)) process.kill(pid, 'SIGINT');
      for (let i = 0; i < 100 && isAlive(pid); i += 1) await sleep(100);
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves commands while up, restarts a killed PostgreSQL, and recovers from its own kill -9', async () => {
    const first = server();
    const firstRun = finished(first, 170_000);
    await answering(port, 60_000);

    // While the server runs, the commands use its PostgreSQL (a second one on the directory would fail).
    const env = baseEnv(dataDir);
    expect(
      (await run('scripts/admin-create.js', ['--email', 'up@example.org', '--name', 'Up', '--password', PASSWORD], env))
        .code,
    ).toBe(0);
    const verified = await run('scripts/audit-verify.js', [], env);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/^intact, 1 entries/);

    // A second server on the same directory is refused, plainly.
    const second = await finished(server());
    expect(second.code).not.toBe(0);
    expect(second.stdout + second.stderr).toMatch(/serving another running instance/);

    // PostgreSQL dies: the server restarts it and answers again.
    const crashed = postmasterPid(dataDir);
    process.kill(crashed, 'SIGKILL');
    expect(await answering(port, 45_000)).toBe(1);
    expect(postmasterPid(dataDir)).not.toBe(crashed);

    // The server itself is killed: its PostgreSQL is left behind...
    const orphan = postmasterPid(dataDir);
    first.kill('SIGKILL');
    await firstRun;
    expect(isAlive(orphan)).toBe(true);
    // ...and the next start stops it and starts afresh.
    const third = server();
    const thirdRun = finished(third, 120_000);
    expect(await answering(port, 60_000)).toBe(1);
    expect(isAlive(orphan)).toBe(false);

    third.kill('SIGTERM');
    const stopped = await thirdRun;
    expect(stopped.code).toBe(0);
    expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  }, 240_000);
});
