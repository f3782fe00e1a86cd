import { changedFields } from './audit-changes.js';

describe("an audit entry's changes", () => {
  it('lists only what changed, nested values compared whatever their key order', () => {
    expect(
      changedFields(
        { role: 'ELECTIONS_OFFICER', version: 1, email: 'a@example.org', outcome: { a: 1, b: [1, 2] } },
        { role: 'PANEL_MEMBER', version: 2, email: 'a@example.org', outcome: { b: [1, 2], a: 1 } },
      ),
    ).toEqual([
      { field: 'role', before: 'ELECTIONS_OFFICER', after: 'PANEL_MEMBER' },
      { field: 'version', before: 1, after: 2 },
    ]);
  });

  it('lists every field of a creation, and a field that was removed or added', () => {
    expect(changedFields(null, { title: 'T', seats: 1 })).toEqual([
      { field: 'title', before: null, after: 'T' },
      { field: 'seats', before: null, after: 1 },
    ]);
    expect(changedFields({ a: 1, gone: 'x' }, { a: 1, added: true })).toEqual([
      { field: 'added', before: null, after: true },
      { field: 'gone', before: 'x', after: null },
    ]);
  });
});
