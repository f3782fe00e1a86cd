import { StaffRole } from '../../src/common/domain.enums.js';
import { nominate, openElection } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// A nested observer query costs a number of SQL statements bounded by its depth, not by its rows.
const QUERY = `query($filter: ElectionFilter) { elections(first: 10, filter: $filter) { edges { node {
  id title sittingJudges { fullName } nominationExtensions { reason }
  candidacies(first: 100) { totalCount edges { node {
    id status regionalGroup warnings { code }
    person { fullName nationality nationalityState { name } candidacies { id } }
    nominatingState { code name }
    election { title }
  } } }
} } } }`;

// Fifty-odd distinct States Parties that can each nominate one judge.
const STATES = [
  'SN',
  'GH',
  'KE',
  'NG',
  'ZA',
  'TZ',
  'UG',
  'ZM',
  'BW',
  'NA',
  'MW',
  'MU',
  'TN',
  'CV',
  'BJ',
  'GA',
  'CG',
  'CD',
  'LR',
  'SL',
  'JP',
  'KR',
  'MN',
  'BD',
  'FJ',
  'CY',
  'JO',
  'AF',
  'KH',
  'TL',
  'PL',
  'CZ',
  'SK',
  'SI',
  'HR',
  'RS',
  'RO',
  'BG',
  'EE',
  'LV',
  'LT',
  'MK',
  'AL',
  'BA',
  'GE',
  'ME',
  'MD',
  'UA',
  'AR',
  'BR',
  'CL',
  'CO',
  'PE',
  'MX',
  'UY',
  'PY',
  'EC',
  'BO',
  'CR',
  'PA',
  'DO',
  'GT',
  'HN',
  'SV',
];

describe('batched reads', () => {
  let t: TestApp;
  let officer: string;

  beforeAll(async () => {
    t = await createTestApp();
    officer = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
  });
  afterAll(async () => {
    await t.close();
  });

  async function statementsFor(aspSession: string): Promise<{ statements: number; candidacies: number }> {
    const before = t.statementCount();
    const res = await t.gql<{ elections: { edges: { node: { candidacies: { totalCount: number } } }[] } }>(QUERY, {
      filter: { aspSession },
    });
    expect(res.errors).toBeUndefined();
    const candidacies = res.data!.elections.edges.reduce((n, e) => n + e.node.candidacies.totalCount, 0);
    return { statements: t.statementCount() - before, candidacies };
  }

  async function build(aspSession: string, perElection: number): Promise<void> {
    for (let e = 0; e < 2; e += 1) {
      const election = await openElection(t, officer, { aspSession, title: `${aspSession} election ${e}` });
      for (let i = 0; i < perElection; i += 1) await nominate(t, officer, election.id, STATES[i]);
    }
  }

  it('costs the same number of statements for 3 and for 30 candidacies per election', async () => {
    await build('small', 3);
    await build('large', 30);
    const small = await statementsFor('small');
    const large = await statementsFor('large');
    expect(small.candidacies).toBe(6);
    expect(large.candidacies).toBe(60);
    expect(large.statements).toBe(small.statements);
    // Depth-bounded: the elections with their count; their sitting judges; extensions; the candidacy
    // page with its count, persons and nominating States (the nationalities' States here: the same);
    // warnings; candidacies by person; elections by id. 11 before the joins into the pages.
    expect(small.statements).toBe(7);
  });
});
