// Usage: npm run migration:generate -- <PascalCaseName>
// Applies the existing migrations to a scratch database, diffs the entities against it the way the
// TypeORM CLI does, and writes migrations/<timestamp>-<Name>.ts. Read and edit the result like code,
// then list it in migrations/index.ts.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDataSource } from '../src/database/data-source.js';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres.js';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('usage: npm run migration:generate -- <PascalCaseName>');
  process.exit(2);
}

const db = process.env.DATABASE_URL
  ? { url: process.env.DATABASE_URL, stop: () => Promise.resolve() }
  : await startEmbeddedPostgres({
      dir: mkdtempSync(join(tmpdir(), 'icc-migration-')),
      persistent: false,
      database: 'migration_scratch',
      log: () => undefined,
    });
const dataSource = createDataSource(db.url);
try {
  await dataSource.initialize();
  await dataSource.runMigrations();
  const sql = await dataSource.driver.createSchemaBuilder().log();
  if (sql.upQueries.length === 0) {
    console.log('No changes: the entities match the migrations.');
  } else {
    const timestamp = Date.now();
    const quote = (q: string) => '`' + q.replace(/`/g, '\\`') + '`';
    const up = sql.upQueries.map((q) => `    await queryRunner.query(${quote(q.query)});`).join('\n');
    const down = sql.downQueries
      .reverse()
      .map((q) => `    await queryRunner.query(${quote(q.query)});`)
      .join('\n');
    const file = join('migrations', `${timestamp}-${name}.ts`);
    writeFileSync(
      file,
      `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${timestamp} implements MigrationInterface {
  name = '${name}${timestamp}';

  async up(queryRunner: QueryRunner): Promise<void> {
${up}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${down}
  }
}
`,
    );
    console.log(`Wrote ${file}: list it in migrations/index.ts.`);
  }
} finally {
  await dataSource.destroy().catch(() => undefined);
  await db.stop();
}
