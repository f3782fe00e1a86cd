import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres.js';

// `npm start` keeps its cluster in .data/pg and must reuse it on the next start.
describe('embedded PostgreSQL', () => {
  it('starts, keeps its data, and starts again on the same directory', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'icc-embedded-')), 'pg');
    const options = { dir, persistent: true, database: 'reuse', log: () => undefined };
    const first = await startEmbeddedPostgres(options);
    let client = new pg.Client({ connectionString: first.ownerUrl });
    await client.connect();
    await client.query('CREATE TABLE kept (v int)');
    await client.query('INSERT INTO kept VALUES (42)');
    await client.end();
    await first.stop();

    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const second = await startEmbeddedPostgres(options);
    try {
      client = new pg.Client({ connectionString: second.ownerUrl });
      await client.connect();
      const { rows } = await client.query<{ v: number }>('SELECT v FROM kept');
      expect(rows).toEqual([{ v: 42 }]);
      await client.end();
    } finally {
      await second.stop();
    }
  });

  it('restarts PostgreSQL on the same address when it is killed, and the app role logs in again', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'icc-embedded-')), 'pg');
    const lost: Error[] = [];
    const db = await startEmbeddedPostgres({
      dir,
      persistent: false,
      database: 'crash',
      log: () => undefined,
      onLost: (error) => lost.push(error),
    });
    try {
      const pid = Number(readFileSync(join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      process.kill(pid, 'SIGKILL');
      let answered: unknown;
      for (let i = 0; i < 120 && answered === undefined; i += 1) {
        await new Promise((r) => setTimeout(r, 250));
        const client = new pg.Client({ connectionString: db.url });
        try {
          await client.connect();
          answered = (await client.query<{ user: string }>('SELECT current_user AS user')).rows[0].user;
        } catch {
          // not back yet
        } finally {
          await client.end().catch(() => undefined);
        }
      }
      expect(answered).toBe('icc_app');
      expect(Number(readFileSync(join(dir, 'postmaster.pid'), 'utf8').split('\n')[0])).not.toBe(pid);
      expect(lost).toEqual([]);
    } finally {
      await db.stop();
    }
  });
});
