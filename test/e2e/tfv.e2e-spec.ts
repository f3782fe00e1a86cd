import { StaffRole } from '../../src/common/domain.enums.js';
import { createElection, nominateRaw, personInput, updateElection } from '../support/factories.js';
import { createTestApp, expectError, type TestApp } from '../support/test-app.js';

const FLAGS = `query($id: ID!) { election(id: $id) { seats regionalSeats { regionalGroup seats } status
  slateFlags { scope scopeValue kind seats candidates } } }`;
interface Read {
  election: {
    seats: number;
    regionalSeats: { regionalGroup: string; seats: number }[];
    status: string;
    slateFlags: { scope: string; scopeValue: string | null; kind: string }[];
  };
}
const keys = (r: Read) => r.election.slateFlags.map((f) => `${f.scope}:${f.scopeValue ?? ''}:${f.kind}`).sort();

describe('TFV Board: the regional seats an election puts up (ICC-ASP/1/Res.6)', () => {
  let t: TestApp;
  let officer: string;

  beforeAll(async () => {
    t = await createTestApp();
    officer = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
  });
  afterAll(async () => {
    await t.close();
  });

  // As an officer: observers do not see DRAFT elections.
  const read = async (id: string) => (await t.gql<Read>(FLAGS, { id }, { as: officer })).data!;

  it('flags only the seat of a one-seat by-election, and elects its clean slate by acclamation', async () => {
    // A by-election for the Eastern European seat only.
    const created = await createElection(t, officer, {
      type: 'TFV_BOARD',
      title: 'TFV Board by-election (Eastern European seat)',
      regionalSeats: [{ regionalGroup: 'EASTERN_EUROPEAN', seats: 1 }],
    });
    let e = await updateElection(t, officer, { id: created.id, version: created.version, status: 'NOMINATIONS_OPEN' });
    const empty = await read(e.id);
    expect(empty.election.seats).toBe(1);
    expect(empty.election.regionalSeats).toEqual([{ regionalGroup: 'EASTERN_EUROPEAN', seats: 1 }]);
    // One vacant seat, not five.
    expect(keys(empty)).toEqual(['ELECTION::UNDERSUBSCRIBED', 'REGIONAL_SEAT:EASTERN_EUROPEAN:VACANT']);

    // A candidate of a group whose seat is not up is refused.
    const wrong = await nominateRaw(t, officer, {
      electionId: e.id,
      nominatingState: 'IE',
      person: personInput({ nationality: 'IE' }),
    });
    expect(expectError(wrong, 'RULE_VIOLATION').rule).toBe('REGIONAL_SEAT_NOT_UP');
    const ok = await nominateRaw(t, officer, {
      electionId: e.id,
      nominatingState: 'LV',
      person: personInput({ nationality: 'LV' }),
    });
    expect(ok.errors).toBeUndefined();
    expect(keys(await read(e.id))).toEqual(['ELECTION::CLEAN_SLATE', 'REGIONAL_SEAT:EASTERN_EUROPEAN:CLEAN_SLATE']);

    e = await updateElection(t, officer, { id: e.id, version: e.version, status: 'NOMINATIONS_CLOSED' });
    await updateElection(t, officer, { id: e.id, version: e.version, status: 'VOTING' });
    const acclaimed = await t.gql<{
      recordAcclamation: { elected: string[]; contests: { kind: string; seatsLeftAfter: number }[] };
    }>(
      `mutation($input: RecordAcclamationInput!) { recordAcclamation(input: $input) { elected contests { kind seatsLeftAfter } } }`,
      { input: { electionId: e.id } },
      { as: officer },
    );
    expect(acclaimed.errors).toBeUndefined();
    expect(acclaimed.data!.recordAcclamation).toEqual({
      elected: [ok.data!.nominateCandidate.id],
      contests: [{ kind: 'ELECTION', seatsLeftAfter: 0 }],
    });
    expect((await read(e.id)).election.status).toBe('CONCLUDED');
  });

  it('keeps all five seats by default, and asks which are up when there are fewer', async () => {
    const full = await createElection(t, officer, { type: 'TFV_BOARD', title: 'TFV Board' });
    expect((await read(full.id)).election.regionalSeats).toHaveLength(5);
    const res = await t.gql(
      `mutation($input: CreateElectionInput!) { createElection(input: $input) { id } }`,
      {
        input: {
          type: 'TFV_BOARD',
          title: 'TFV by-election',
          aspSession: '24th session',
          seats: 1,
          nominationOpensOn: '2025-09-01',
          nominationClosesOn: '2025-10-01',
        },
      },
      { as: officer },
    );
    expectError(res, 'BAD_USER_INPUT');
    const twoInOneGroup = await t.gql(
      `mutation($input: CreateElectionInput!) { createElection(input: $input) { id } }`,
      {
        input: {
          type: 'TFV_BOARD',
          title: 'TFV by-election',
          aspSession: '24th session',
          nominationOpensOn: '2025-09-01',
          nominationClosesOn: '2025-10-01',
          regionalSeats: [{ regionalGroup: 'AFRICAN', seats: 2 }],
        },
      },
      { as: officer },
    );
    expectError(twoInOneGroup, 'BAD_USER_INPUT');
  });
});
