import { endOfDay, sortRows } from './labels.js';

const row = (fullName: string, status: 'SENT' | 'DRAFT' | 'SUBMITTED', openedAt: string | null = null) => ({
  fullName,
  status,
  openedAt,
  submittedAt: null,
  lastRemindedAt: null,
  extendedDeadline: null,
});

describe('the tracking table’s order', () => {
  const rows = [
    row('Zoë Zimmer', 'DRAFT', '2026-03-02T10:00:00Z'),
    row('Ana Pérez', 'SUBMITTED', '2026-03-01T10:00:00Z'),
    row('Émile Roux', 'SENT'),
  ];

  it('sorts by name in the reader’s language, both ways', () => {
    expect(sortRows(rows, 'name', true, 'fr').map((r) => r.fullName)).toEqual([
      'Ana Pérez',
      'Émile Roux',
      'Zoë Zimmer',
    ]);
    expect(sortRows(rows, 'name', false, 'fr').map((r) => r.fullName)).toEqual([
      'Zoë Zimmer',
      'Émile Roux',
      'Ana Pérez',
    ]);
  });

  it('sorts by status from nothing done to answered', () => {
    expect(sortRows(rows, 'status', true, 'en').map((r) => r.status)).toEqual(['SENT', 'DRAFT', 'SUBMITTED']);
  });

  it('keeps rows without the time last, whichever the direction', () => {
    expect(sortRows(rows, 'opened', true, 'en').map((r) => r.fullName)).toEqual([
      'Ana Pérez',
      'Zoë Zimmer',
      'Émile Roux',
    ]);
    expect(sortRows(rows, 'opened', false, 'en').map((r) => r.fullName)).toEqual([
      'Zoë Zimmer',
      'Ana Pérez',
      'Émile Roux',
    ]);
  });

  it('takes the end of a day in the local time zone', () => {
    const at = new Date(endOfDay('2026-03-15'));
    expect([at.getFullYear(), at.getMonth() + 1, at.getDate(), at.getHours(), at.getMinutes()]).toEqual([
      2026, 3, 15, 23, 59,
    ]);
  });
});
