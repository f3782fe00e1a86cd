import { GraphQLSchemaHost } from '@nestjs/graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createTestApp, type TestApp } from '../support/test-app.js';

const SCHEMA_FILE = new URL('../../schema.gql', import.meta.url);
const HEADER = '# Generated from the code by `npm run schema:write`; a test fails when it is stale. Do not edit.\n\n';

describe('schema and migrations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('schema.gql is what the code generates', () => {
    const printed = HEADER + printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema)) + '\n';
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, printed);
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    // If this fails: run `npm run schema:write` and commit schema.gql.
    expect(committed).toBe(printed);
  });

  it('the migrations produce exactly the schema the entities describe', async () => {
    const sql = await (await t.owner()).driver.createSchemaBuilder().log();
    // If this fails: run `npm run migration:generate -- <Name>` and list the new migration.
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('every migration has a working down: reverting all and re-applying gives the same schema', async () => {
    // As the schema owner: the app's own role may not alter the schema.
    const owner = await t.owner();
    const count = owner.migrations.length;
    for (let i = 0; i < count; i += 1) await owner.undoLastMigration({ transaction: 'each' });
    const left = await owner.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migration'`,
    );
    expect(left).toEqual([]);
    await owner.runMigrations({ transaction: 'each' });
    const sql = await owner.driver.createSchemaBuilder().log();
    expect(sql.upQueries).toEqual([]);
  });
});
