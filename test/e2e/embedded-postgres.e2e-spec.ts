import { mkdtempSync, statSync } from 'node:fs';
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
    let client = new pg.Client({ connectionString: first.url });
    await client.connect();
    await client.query('CREATE TABLE kept (v int)');
    await client.query('INSERT INTO kept VALUES (42)');
    await client.end();
    await first.stop();

    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const second = await startEmbeddedPostgres(options);
    try {
      client = new pg.Client({ connectionString: second.url });
      await client.connect();
      const { rows } = await client.query<{ v: number }>('SELECT v FROM kept');
      expect(rows).toEqual([{ v: 42 }]);
      await client.end();
    } finally {
      await second.stop();
    }
  });
});
