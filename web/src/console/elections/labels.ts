import type { ElectionStatus, ElectionType } from '../../gql/graphql.js';

export const ELECTION_TYPES: readonly ElectionType[] = [
  'JUDGES',
  'PROSECUTOR',
  'DEPUTY_PROSECUTOR',
  'TFV_BOARD',
  'COMMITTEE_ON_BUDGET_AND_FINANCE',
];

export const ELECTION_STATUSES: readonly ElectionStatus[] = [
  'DRAFT',
  'NOMINATIONS_OPEN',
  'NOMINATIONS_CLOSED',
  'VOTING',
  'CONCLUDED',
];

/** The one status an election may move to next (the API's rule: forward, one step at a time). */
export function nextStatus(status: ElectionStatus): ElectionStatus | null {
  const i = ELECTION_STATUSES.indexOf(status);
  return ELECTION_STATUSES[i + 1] ?? null;
}
