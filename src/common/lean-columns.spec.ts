import { joinedEntity, splitJoined } from './lean-columns.js';

describe('splitJoined and joinedEntity', () => {
  it("splits a row into its own columns and each joined entity's, without their prefix", () => {
    const [row] = splitJoined([
      { id: 'c1', status: 'NOMINATED', 'person.id': 'p1', 'person.fullName': 'A B', 'page.total': '3' },
    ]);
    expect(row.own).toEqual({ id: 'c1', status: 'NOMINATED' });
    expect(joinedEntity(row, 'person')).toEqual({ id: 'p1', fullName: 'A B' });
    expect(row.joined.page).toEqual({ total: '3' });
  });

  it('gives null for an entity the outer join did not find (its key null) or the row does not have', () => {
    const [row] = splitJoined([{ id: 'c1', 'state.code': null, 'state.name': null, 'person.id': 'p1' }]);
    expect(joinedEntity(row, 'state', 'code')).toBeNull();
    expect(joinedEntity(row, 'person', 'code')).toBeNull();
    expect(joinedEntity(row, 'election')).toBeNull();
    expect(row.own).toEqual({ id: 'c1' });
  });

  it('splits every row of a statement the same way, and nothing from none', () => {
    const rows = splitJoined([
      { id: 'c1', 'person.id': 'p1' },
      { id: 'c2', 'person.id': 'p2' },
    ]);
    expect(rows.map((r) => [r.own.id, joinedEntity<{ id: string }>(r, 'person')?.id])).toEqual([
      ['c1', 'p1'],
      ['c2', 'p2'],
    ]);
    expect(splitJoined([])).toEqual([]);
  });
});
