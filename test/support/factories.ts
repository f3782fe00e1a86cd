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

/** Closes nominations and opens the vote. */
export async function toVoting(t: TestApp, token: string, e: ElectionRef): Promise<ElectionRef> {
  const closed = await updateElection(t, token, { id: e.id, version: e.version, status: 'NOMINATIONS_CLOSED' });
  return updateElection(t, token, { id: e.id, version: closed.version, status: 'VOTING' });
}

// The 2017 judicial election, shared by the ballots API and console tests. The bench staying in
// office (icc-election-rules.md §5): list A 8, list B 4; African 2, Asia-Pacific 2, Eastern
// European 3, Latin American 2, Western 3; women 1, men 11.
const GROUP_2017: Record<string, string> = {
  NG: 'AFRICAN',
  KE: 'AFRICAN',
  JP: 'ASIA_PACIFIC',
  KR: 'ASIA_PACIFIC',
  PL: 'EASTERN_EUROPEAN',
  CZ: 'EASTERN_EUROPEAN',
  SK: 'EASTERN_EUROPEAN',
  AR: 'LATIN_AMERICAN_AND_CARIBBEAN',
  BR: 'LATIN_AMERICAN_AND_CARIBBEAN',
  FR: 'WESTERN_EUROPEAN_AND_OTHER',
  DE: 'WESTERN_EUROPEAN_AND_OTHER',
  IT: 'WESTERN_EUROPEAN_AND_OTHER',
};
export const JUDGES_2017 = ['NG', 'KE', 'JP', 'KR', 'PL', 'CZ', 'SK', 'AR', 'BR', 'FR', 'DE', 'IT'].map((n, i) => ({
  fullName: `Judge ${n}`,
  nationality: n,
  list: i < 8 ? 'A' : 'B',
  gender: i === 0 ? 'FEMALE' : 'MALE',
  regionalGroup: GROUP_2017[n],
}));

// Twelve candidates, 9 women and 3 men, so the 2017 requirements come out at the start (list A 1,
// list B 1, women 5, African 1, Asia-Pacific 1, Latin American 1), and a tally can meet them.
export const CANDIDATES_2017: readonly (readonly [string, 'FEMALE' | 'MALE', 'A' | 'B'])[] = [
  ['SN', 'FEMALE', 'A'],
  ['GH', 'FEMALE', 'B'],
  ['BD', 'FEMALE', 'A'],
  ['MN', 'FEMALE', 'B'],
  ['PE', 'FEMALE', 'A'],
  ['CL', 'FEMALE', 'B'],
  ['RO', 'FEMALE', 'A'],
  ['BG', 'FEMALE', 'A'],
  ['IE', 'FEMALE', 'A'],
  ['NL', 'MALE', 'B'],
  ['TZ', 'MALE', 'A'],
  ['UY', 'MALE', 'A'],
];

/** 2017 round 1 as announced: 119 papers, 10 invalid, 109 present and voting, 73 needed; votes by State. */
export const ROUND_1_2017 = {
  ballotPapers: 119,
  invalidBallots: 10,
  abstentions: 0,
  votes: { BD: 88, PE: 77, SN: 72, GH: 70, CL: 68, RO: 66, IE: 60, TZ: 30, UY: 10, MN: 50, BG: 40, NL: 20 },
} as const;

/** The 2017 election with nominations open: its twelve candidates named `Candidate <State>`, ids by State. */
export async function judicialElection2017(
  t: TestApp,
  token: string,
  input: Record<string, unknown> = {},
): Promise<{ e: ElectionRef; ids: Record<string, string> }> {
  const e = await openElection(t, token, { sittingJudges: JUDGES_2017, ...input });
  const ids: Record<string, string> = {};
  for (const [state, gender, list] of CANDIDATES_2017) {
    ids[state] = (await nominate(t, token, e.id, state, { gender, fullName: `Candidate ${state}` }, { list })).id;
  }
  return { e, ids };
}
