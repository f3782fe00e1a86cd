import type { TrackingStatus } from '../../gql/graphql.js';

/** The end of a calendar day in the reader's time zone, as the API's DateTime takes it. */
export function endOfDay(day: string): string {
  return new Date(`${day}T23:59:00`).toISOString();
}

/** The order statuses are counted and sorted in: from nothing done to an answer handed in. */
export const STATUS_ORDER: readonly TrackingStatus[] = [
  'NOT_SENT',
  'DELIVERY_FAILED',
  'SENT',
  'OPENED',
  'DRAFT',
  'LATE',
  'SUBMITTED',
  'DECLINED',
];

export type SortKey = 'name' | 'status' | 'opened' | 'submitted' | 'reminded' | 'deadline';

interface Sortable {
  readonly fullName: string;
  readonly status: TrackingStatus;
  readonly openedAt?: string | null;
  readonly submittedAt?: string | null;
  readonly lastRemindedAt?: string | null;
  readonly extendedDeadline?: string | null;
}

/** Rows sorted by one column; empty times last whichever the direction; ties by name. */
export function sortRows<R extends Sortable>(
  rows: readonly R[],
  key: SortKey,
  ascending: boolean,
  locale: string,
): R[] {
  const byName = (a: R, b: R) => a.fullName.localeCompare(b.fullName, locale);
  const time = (r: R): string | null | undefined =>
    key === 'opened'
      ? r.openedAt
      : key === 'submitted'
        ? r.submittedAt
        : key === 'reminded'
          ? r.lastRemindedAt
          : r.extendedDeadline;
  const sign = ascending ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (key === 'name') return sign * byName(a, b) || 0;
    if (key === 'status')
      return sign * (STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status)) || byName(a, b);
    const x = time(a);
    const y = time(b);
    if (!x && !y) return byName(a, b);
    if (!x) return 1;
    if (!y) return -1;
    return sign * (Date.parse(x) - Date.parse(y)) || byName(a, b);
  });
}
