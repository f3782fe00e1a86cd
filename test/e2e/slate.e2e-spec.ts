import { StaffRole } from '../../src/common/domain.enums.js';
import {
  JUDGES_2017,
  createElection,
  nominate,
  nominateRaw,
  openElection,
  personInput,
  updateElection,
} from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const FLAGS = `query($id: ID!) { election(id: $id) {
  isCleanSlate
  slateFlags { scope scopeValue kind seats candidates since }
  slateFlagHistory { change scope scopeValue kind seats candidates at operation entityType entityId }
} }`;
const WITHDRAW = `mutation($input: WithdrawCandidacyInput!) { withdrawCandidacy(input: $input) { id status } }`;

interface Flag {
  scope: string;
  scopeValue: string | null;
  kind: string;
  seats: number;
  candidates: number;
  since: string | null;
}
interface FlagEvent {
  change: string;
  scope: string;
  scopeValue: string | null;
  kind: string;
  seats: number;
  candidates: number;
  at: string;
  operation: string;
  entityType: string;
  entityId: string;
}
interface Flags {
  election: { isCleanSlate: boolean; slateFlags: Flag[]; slateFlagHistory: FlagEvent[] };
}

const pick = (flags: Flag[]) =>
  flags.map(({ scope, scopeValue, kind, seats, candidates }) => ({
    scope,
    scopeValue,
    kind,
    seats,
    candidates,
  }));
const keys = (flags: { scope: string; scopeValue: string | null; kind: string }[]) =>
  flags.map((f) => `${f.scope}:${f.scopeValue ?? ''}:${f.kind}`).sort();

describe('clean-slate flags and their history', () => {
  let t: TestApp;
  let officer: string;
  // As staff: some of these elections are drafts, which observers do not see.
  const read = async (id: string) => {
    const res = await t.gql<Flags>(FLAGS, { id }, { as: officer });
    expect(res.errors).toBeUndefined();
    return res.data!.election;
  };

  beforeAll(async () => {
    t = await createTestApp();
    officer = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
  });
  afterAll(async () => {
    await t.close();
  });

  it('raises and clears Prosecutor flags as nominations and withdrawals happen, with their history', async () => {
    const e = await openElection(t, officer, { type: 'PROSECUTOR', title: 'Prosecutor', seats: 1 });
    let now = await read(e.id);
    expect(pick(now.slateFlags)).toEqual([
      { scope: 'ELECTION', scopeValue: null, kind: 'UNDERSUBSCRIBED', seats: 1, candidates: 0 },
    ]);
    expect(now.isCleanSlate).toBe(false);
    expect(now.slateFlags[0].since).not.toBeNull();

    const prosecutor = (state: string) =>
      nominateRaw(t, officer, {
        electionId: e.id,
        nominatingState: state,
        person: personInput({ nationality: state }),
      });
    const first = await prosecutor('GH');
    expect(first.errors).toBeUndefined();
    now = await read(e.id);
    expect(keys(now.slateFlags)).toEqual(['ELECTION::CLEAN_SLATE', 'ELECTION::SINGLE_CANDIDATE']);
    expect(now.isCleanSlate).toBe(true);
    const cleanSince = now.slateFlags.find((f) => f.kind === 'CLEAN_SLATE')!.since!;

    const second = await prosecutor('IE');
    now = await read(e.id);
    expect(now.slateFlags).toEqual([]);
    expect(now.isCleanSlate).toBe(false);

    expect(
      (await t.gql(WITHDRAW, { input: { id: second.data!.nominateCandidate.id, reason: 'Withdrew' } }, { as: officer }))
        .errors,
    ).toBeUndefined();
    now = await read(e.id);
    expect(keys(now.slateFlags)).toEqual(['ELECTION::CLEAN_SLATE', 'ELECTION::SINGLE_CANDIDATE']);
    // `since` is the last time the flag was raised: the withdrawal, not the first nomination.
    const raisedAgain = now.slateFlags.find((f) => f.kind === 'CLEAN_SLATE')!.since!;
    expect(new Date(raisedAgain).getTime()).toBeGreaterThan(new Date(cleanSince).getTime());

    expect(now.slateFlagHistory.map((h) => [h.operation, h.change, h.kind, h.entityType, h.entityId])).toEqual([
      ['createElection', 'RAISED', 'UNDERSUBSCRIBED', 'Election', e.id],
      ['nominateCandidate', 'CLEARED', 'UNDERSUBSCRIBED', 'Candidacy', first.data!.nominateCandidate.id],
      ['nominateCandidate', 'RAISED', 'CLEAN_SLATE', 'Candidacy', first.data!.nominateCandidate.id],
      ['nominateCandidate', 'RAISED', 'SINGLE_CANDIDATE', 'Candidacy', first.data!.nominateCandidate.id],
      ['nominateCandidate', 'CLEARED', 'CLEAN_SLATE', 'Candidacy', second.data!.nominateCandidate.id],
      ['nominateCandidate', 'CLEARED', 'SINGLE_CANDIDATE', 'Candidacy', second.data!.nominateCandidate.id],
      ['withdrawCandidacy', 'RAISED', 'CLEAN_SLATE', 'Candidacy', second.data!.nominateCandidate.id],
      ['withdrawCandidacy', 'RAISED', 'SINGLE_CANDIDATE', 'Candidacy', second.data!.nominateCandidate.id],
    ]);
  });

  it('flags judicial categories from the sitting judges: shortfalls and no choice, raised and cleared', async () => {
    const e = await openElection(t, officer, { sittingJudges: JUDGES_2017 });
    let now = await read(e.id);
    // 2017 MVRs at the start: list A 1, list B 1, women 5, African 1, Asia-Pacific 1, Latin American 1.
    expect(pick(now.slateFlags)).toEqual([
      { scope: 'ELECTION', scopeValue: null, kind: 'UNDERSUBSCRIBED', seats: 6, candidates: 0 },
      { scope: 'LIST', scopeValue: 'A', kind: 'NOMINATION_SHORTFALL', seats: 2, candidates: 0 },
      { scope: 'LIST', scopeValue: 'B', kind: 'NOMINATION_SHORTFALL', seats: 2, candidates: 0 },
      { scope: 'GENDER', scopeValue: 'FEMALE', kind: 'NOMINATION_SHORTFALL', seats: 10, candidates: 0 },
      { scope: 'REGIONAL_GROUP', scopeValue: 'AFRICAN', kind: 'NOMINATION_SHORTFALL', seats: 2, candidates: 0 },
      { scope: 'REGIONAL_GROUP', scopeValue: 'ASIA_PACIFIC', kind: 'NOMINATION_SHORTFALL', seats: 2, candidates: 0 },
      {
        scope: 'REGIONAL_GROUP',
        scopeValue: 'LATIN_AMERICAN_AND_CARIBBEAN',
        kind: 'NOMINATION_SHORTFALL',
        seats: 2,
        candidates: 0,
      },
    ]);

    // One list-B candidate: voters must name them (no choice inside list B).
    const b = await nominate(t, officer, e.id, 'SN', { gender: 'FEMALE' }, { list: 'B' });
    now = await read(e.id);
    expect(pick(now.slateFlags)).toContainEqual({
      scope: 'LIST',
      scopeValue: 'B',
      kind: 'NO_CHOICE',
      seats: 1,
      candidates: 1,
    });
    await nominate(t, officer, e.id, 'GH', { gender: 'MALE' }, { list: 'B' });
    now = await read(e.id);
    expect(keys(now.slateFlags)).not.toContain('LIST:B:NO_CHOICE');
    expect(keys(now.slateFlags)).not.toContain('LIST:B:NOMINATION_SHORTFALL');
    expect(keys(now.slateFlags)).not.toContain('REGIONAL_GROUP:AFRICAN:NOMINATION_SHORTFALL');
    const events = now.slateFlagHistory
      .filter((h) => h.entityId === b.id)
      .map((h) => `${h.change} ${h.scope}:${h.scopeValue}:${h.kind}`);
    expect(events).toContain('RAISED LIST:B:NO_CHOICE');
    // Figures that change without the flag going away are recorded as CHANGED.
    expect(events).toContain('CHANGED GENDER:FEMALE:NOMINATION_SHORTFALL');
  });

  it('records flags changed by updateElection (seats) and by sitting judges', async () => {
    const e = await openElection(t, officer, { type: 'DEPUTY_PROSECUTOR', title: 'Deputies', seats: 2 });
    let now = await read(e.id);
    expect(keys(now.slateFlags)).toEqual([
      'ELECTION::UNDERSUBSCRIBED',
      'POST:1:NOMINATION_SHORTFALL',
      'POST:1:VACANT',
      'POST:2:NOMINATION_SHORTFALL',
      'POST:2:VACANT',
    ]);
    const updated = await updateElection(t, officer, { id: e.id, version: e.version, seats: 1 });
    now = await read(e.id);
    expect(keys(now.slateFlags)).toEqual(['ELECTION::UNDERSUBSCRIBED', 'POST:1:NOMINATION_SHORTFALL', 'POST:1:VACANT']);
    const cleared = now.slateFlagHistory.filter((h) => h.operation === 'updateElection');
    expect(cleared.map((h) => `${h.change} ${h.scope}:${h.scopeValue}:${h.kind}`).sort()).toEqual([
      'CHANGED ELECTION:null:UNDERSUBSCRIBED',
      'CLEARED POST:2:NOMINATION_SHORTFALL',
      'CLEARED POST:2:VACANT',
    ]);
    expect(updated.seats).toBe(1);

    // Judges: replacing the sitting judges changes the requirements, hence the flags.
    const j = await createElection(t, officer);
    const before = keys((await read(j.id)).slateFlags);
    await updateElection(t, officer, { id: j.id, version: j.version, sittingJudges: JUDGES_2017 });
    const after = await read(j.id);
    expect(keys(after.slateFlags)).not.toEqual(before);
    expect(after.slateFlagHistory.some((h) => h.operation === 'updateElection' && h.change === 'CLEARED')).toBe(true);
  });

  it('computes the flags of many elections in a bounded number of statements', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      const e = await openElection(t, officer, { type: 'TFV_BOARD', title: `TFV ${i}` });
      ids.push(e.id);
    }
    const q = `query { elections(first: 100) { edges { node { id isCleanSlate slateFlags { kind since } slateFlagHistory { kind } } } } }`;
    const count = async () => {
      const before = t.statementCount();
      const res = await t.gql(q);
      expect(res.errors).toBeUndefined();
      return t.statementCount() - before;
    };
    const few = await count();
    for (let i = 0; i < 6; i += 1) await openElection(t, officer, { type: 'TFV_BOARD', title: `More TFV ${i}` });
    expect(await count()).toBe(few);
    // A TFV election with no candidate: every regional seat is vacant.
    const tfv = await read(ids[0]);
    expect(tfv.slateFlags.filter((f) => f.scope === 'REGIONAL_SEAT' && f.kind === 'VACANT')).toHaveLength(5);
  });
});
