import { leanByKeys } from '../../src/common/lean-columns.js';
import { preparedName, preparedRead } from '../../src/database/prepared-read.js';
import { StatePartyEntity } from '../../src/modules/states/entities/state-party.entity.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// The observers' hot reads run as named prepared statements: parsed and planned once per connection.
describe('prepared reads', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('runs a read as a named prepared statement on the pool, logged and counted like any statement', async () => {
    const text = 'SELECT code, name FROM state_party WHERE code = ANY($1) ORDER BY code';
    const before = t.statementCount();
    const rows = await preparedRead<{ code: string; name: string }>(t.dataSource, text, [['SN', 'GH']]);
    expect(rows.map((r) => r.code)).toEqual(['GH', 'SN']);
    expect(t.statementCount() - before).toBe(1);
    // One at a time, the pool hands back the connection it just had: the statement is prepared there.
    const prepared = await preparedRead<{ statement: string }>(
      t.dataSource,
      'SELECT statement FROM pg_prepared_statements WHERE name = $1',
      [preparedName(text)],
    );
    expect(prepared.map((p) => p.statement)).toEqual([text]);
    // Again: the same statement, the same rows.
    expect(await preparedRead(t.dataSource, text, [['SN']])).toEqual([{ code: 'SN', name: 'Senegal' }]);
  });

  it('still answers when a migration changed a column it returns after a connection prepared it', async () => {
    const owner = await t.owner();
    const [{ role }] = await t.dataSource.query<{ role: string }[]>('SELECT current_user AS role');
    await owner.query('CREATE TABLE prepared_probe (n integer NOT NULL)');
    await owner.query(`INSERT INTO prepared_probe VALUES (7); GRANT SELECT ON prepared_probe TO "${role}"`);
    const text = 'SELECT n FROM prepared_probe WHERE n > $1';
    expect(await preparedRead(t.dataSource, text, [0])).toEqual([{ n: 7 }]);
    await owner.query('ALTER TABLE prepared_probe ALTER COLUMN n TYPE bigint');
    // bigint comes back as text from pg: the new plan's row, not the stale one's.
    expect(await preparedRead(t.dataSource, text, [0])).toEqual([{ n: '7' }]);
    // The connection that held the stale statement is gone: the next call prepares it afresh.
    const [{ count }] = await preparedRead<{ count: string }>(
      t.dataSource,
      'SELECT count(*) FROM pg_prepared_statements WHERE name = $1',
      [preparedName(text)],
    );
    expect(count).toBe('0');
    expect(await preparedRead(t.dataSource, text, [0])).toEqual([{ n: '7' }]);
    await owner.query('DROP TABLE prepared_probe');
  });

  it("answers a loader's batch by key: one lean row or null per key, in the keys' order, one statement", async () => {
    const before = t.statementCount();
    const states = await leanByKeys(t.dataSource, StatePartyEntity, ['SN', 'XX', 'GH'], 'code');
    expect(states.map((s) => s && { code: s.code, name: s.name })).toEqual([
      { code: 'SN', name: 'Senegal' },
      null,
      { code: 'GH', name: 'Ghana' },
    ]);
    expect(t.statementCount() - before).toBe(1);
  });

  it('names each text on its own, and fails as the statement does', async () => {
    expect(preparedName('SELECT 1')).toBe(preparedName('SELECT 1'));
    expect(preparedName('SELECT 1')).not.toBe(preparedName('SELECT 2'));
    await expect(preparedRead(t.dataSource, 'SELECT * FROM no_such_table WHERE id = $1', [1])).rejects.toThrow(
      /no_such_table/,
    );
  });
});
