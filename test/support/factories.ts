import { addDays } from '../../src/common/scalars/local-date.scalar.js';
import type { TestApp } from './test-app.js';

/** Today by the app's clock (the TestClock: real time unless a test froze it), never the wall clock alone. */
export const today = (t?: Pick<TestApp, 'clock'>): string =>
  (t ? t.clock.now() : new Date()).toISOString().slice(0, 10);

export const ELECTION_FIELDS = `id type title aspSession seats status version nominationOpensOn nominationClosesOn
  nominationExtensions { sequence previousClosesOn closesOn reason decidedOn }
  sittingJudges { fullName nationality gender list regionalGroup }`;

export const CANDIDACY_FIELDS = `id status list nominationProcedure post nominatedOn withdrawnOn withdrawalReason version
  regionalGroup warnings { code candidacyIds }
  person { id fullName gender nationality otherNationalities languages biography }
  nominatingState { code name regionalGroup }`;

export interface ElectionRef {
  id: string;
  version: number;
  [key: string]: unknown;
}

export async function createElection(
  t: TestApp,
  token: string,
  input: Record<string, unknown> = {},
): Promise<ElectionRef> {
  const res = await t.gql<{ createElection: ElectionRef }>(
    `mutation($input: CreateElectionInput!) { createElection(input: $input) { ${ELECTION_FIELDS} } }`,
    {
      input: {
        type: 'JUDGES',
        title: 'Election of six judges',
        aspSession: '25th session',
        nominationOpensOn: addDays(today(t), -20),
        nominationClosesOn: addDays(today(t), 30),
        ...input,
      },
    },
    { as: token },
  );
  if (!res.data?.createElection) throw new Error(`createElection failed: ${JSON.stringify(res.errors)}`);
  return res.data.createElection;
}

export async function updateElection(t: TestApp, token: string, input: Record<string, unknown>): Promise<ElectionRef> {
  // Tests close nominations whenever they need to: before the period ends that takes a reason.
  const closing = input.status === 'NOMINATIONS_CLOSED' && !('earlyClosingReason' in input);
  const res = await t.gql<{ updateElection: ElectionRef }>(
    `mutation($input: UpdateElectionInput!) { updateElection(input: $input) { ${ELECTION_FIELDS} } }`,
    { input: closing ? { ...input, earlyClosingReason: 'Closed early for the test' } : input },
    { as: token },
  );
  if (!res.data?.updateElection) throw new Error(`updateElection failed: ${JSON.stringify(res.errors)}`);
  return res.data.updateElection;
}

/** A judicial election with nominations open. */
export async function openElection(
  t: TestApp,
  token: string,
  input: Record<string, unknown> = {},
): Promise<ElectionRef> {
  const election = await createElection(t, token, input);
  return updateElection(t, token, { id: election.id, version: election.version, status: 'NOMINATIONS_OPEN' });
}

let people = 0;

export function personInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  people += 1;
  return {
    fullName: `Candidate Number ${people}`,
    gender: people % 2 ? 'FEMALE' : 'MALE',
    nationality: 'SN',
    languages: ['en', 'fr'],
    biography: 'Judge of the Supreme Court.',
    contactEmail: `candidate${people}@example.org`,
    ...overrides,
  };
}

export function nominateRaw(t: TestApp, token: string, input: Record<string, unknown>) {
  return t.gql<{ nominateCandidate: Record<string, unknown> & { id: string } }>(
    `mutation($input: NominateCandidateInput!) { nominateCandidate(input: $input) { ${CANDIDACY_FIELDS} } }`,
    { input },
    { as: token },
  );
}

export async function nominate(
  t: TestApp,
  token: string,
  electionId: string,
  state: string,
  person: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
): Promise<Record<string, unknown> & { id: string }> {
  const res = await nominateRaw(t, token, {
    electionId,
    nominatingState: state,
    list: 'A',
    nominationProcedure: 'HIGHEST_JUDICIAL_OFFICES',
    person: personInput({ nationality: state, ...person }),
    ...extra,
  });
  if (!res.data?.nominateCandidate) throw new Error(`nominate failed: ${JSON.stringify(res.errors)}`);
  return res.data.nominateCandidate;
}
