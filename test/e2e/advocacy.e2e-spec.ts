import { addDays } from '../../src/common/scalars/local-date.scalar.js';
import request from 'supertest';
import { randomUUID } from 'node:crypto';
import { StaffRole } from '../../src/common/domain.enums.js';
import { createElection, nominate, openElection, today } from '../support/factories.js';
import { createTestApp, expectError, type GqlResponse, type TestApp } from '../support/test-app.js';

interface Flag {
  scope: string;
  scopeValue: string | null;
  kind: string;
}
interface Group {
  regionalGroup: string;
  matters: boolean;
  flags: Flag[];
  statesParties: { code: string; name: string }[];
}
interface Outreach {
  id: string;
  version: number;
  stateCode: string;
  contactedOn: string;
  channel: string;
  note: string | null;
  outcome: string | null;
  nominatedAfterwards: boolean;
  nominatedOn: string | null;
}
interface ErrorBody {
  errors: { extensions: { code: string } }[];
}

const NOTE = 'NOTE-the-ambassador-hinted-at-a-candidate';
const OUTREACH_FIELDS =
  'id version electionId stateCode contactedOn channel note outcome nominatedAfterwards nominatedOn';
const POTENTIAL = `query($id: ID!, $group: RegionalGroup) {
  election(id: $id) {
    slateFlags { scope scopeValue kind }
    potentialNominators(regionalGroup: $group) { regionalGroup matters flags { scope scopeValue kind seats candidates } statesParties { code name } }
  }
}`;
const key = (f: Flag) => `${f.scope}|${f.scopeValue ?? ''}|${f.kind}`;

describe('advocacy to States against clean slates', () => {
  let t: TestApp;
  let officer: string;
  let panelMember: string;

  beforeAll(async () => {
    t = await createTestApp();
    officer = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
    panelMember = await t.tokenFor(StaffRole.PANEL_MEMBER);
  });
  afterEach(() => t.clock.set(null));
  afterAll(async () => {
    await t.close();
  });

  function ok<T>(res: GqlResponse<T>): T {
    if (!res.data || res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data;
  }

  const potential = (id: string, group?: string, as?: string) =>
    t.gql<{ election: { slateFlags: Flag[]; potentialNominators: Group[] | null } }>(POTENTIAL, { id, group }, { as });

  const recordOutreach = (input: Record<string, unknown>, as = officer) =>
    t.gql<{ recordOutreach: Outreach }>(
      `mutation($input: RecordOutreachInput!) { recordOutreach(input: $input) { ${OUTREACH_FIELDS} } }`,
      { input },
      { as },
    );

  const outreachOf = (args: { stateCode?: string; electionId?: string }, as: string | null = officer) =>
    t.gql<{ outreachRecords: Outreach[] }>(
      `query($stateCode: String, $electionId: ID) { outreachRecords(stateCode: $stateCode, electionId: $electionId) { ${OUTREACH_FIELDS} } }`,
      args,
      { as: as ?? undefined },
    );

  it('lists the States Parties that have not nominated, by group, with the slate flags that make each group matter', async () => {
    const e = await openElection(t, officer);
    const before = ok(await potential(e.id)).election;
    expect(before.potentialNominators!.map((g) => g.regionalGroup)).toEqual([
      'AFRICAN',
      'ASIA_PACIFIC',
      'EASTERN_EUROPEAN',
      'LATIN_AMERICAN_AND_CARIBBEAN',
      'WESTERN_EUROPEAN_AND_OTHER',
    ]);
    const african = before.potentialNominators![0];
    expect(african.statesParties.map((s) => s.code)).toEqual(expect.arrayContaining(['GH', 'SN', 'KE']));
    // The flags are the election's own (from the slate library), narrowed to those the group can help.
    const all = new Set(before.slateFlags.map(key));
    for (const group of before.potentialNominators!) {
      expect(group.flags.every((f) => all.has(key(f)))).toBe(true);
      expect(group.matters).toBe(group.flags.length > 0);
      for (const f of before.slateFlags) {
        const own =
          f.scope !== 'REGIONAL_GROUP' && f.scope !== 'REGIONAL_SEAT' ? true : f.scopeValue === group.regionalGroup;
        expect(group.flags.map(key).includes(key(f))).toBe(own);
      }
    }
    // An empty slate is undersubscribed, and each group with a minimum voting requirement is flagged.
    expect(african.matters).toBe(true);
    expect(african.flags.map(key)).toEqual(expect.arrayContaining(['ELECTION||UNDERSUBSCRIBED']));

    const sn = await nominate(t, officer, e.id, 'SN');
    const afterNomination = ok(await potential(e.id, 'AFRICAN')).election.potentialNominators!;
    expect(afterNomination.map((g) => g.regionalGroup)).toEqual(['AFRICAN']);
    expect(afterNomination[0].statesParties.map((s) => s.code)).not.toContain('SN');
    expect(afterNomination[0].statesParties.map((s) => s.code)).toContain('GH');

    // A State whose candidate withdrew may nominate again: it is listed again.
    ok(
      await t.gql(
        `mutation($input: WithdrawCandidacyInput!) { withdrawCandidacy(input: $input) { id } }`,
        { input: { id: sn.id, reason: 'Withdrawn by the State' } },
        { as: officer },
      ),
    );
    expect(
      ok(await potential(e.id, 'AFRICAN')).election.potentialNominators![0].statesParties.map((s) => s.code),
    ).toContain('SN');

    // States Parties on the day: Armenia (in force 2024-02-01) is not one on 2023-12-01.
    const eastern = (await potential(e.id, 'EASTERN_EUROPEAN')).data!.election.potentialNominators![0];
    expect(eastern.statesParties.map((s) => s.code)).toContain('AM');
    t.clock.set('2023-12-01T12:00:00Z');
    const earlier = ok(await potential(e.id, 'EASTERN_EUROPEAN')).election.potentialNominators![0];
    expect(earlier.statesParties.map((s) => s.code)).not.toContain('AM');
  });

  it('only while nominations are open, and only where States nominate (RULE_VIOLATION)', async () => {
    const draft = await createElection(t, officer);
    const refused = await potential(draft.id, undefined, officer);
    expect(expectError(refused, 'RULE_VIOLATION').rule).toBe('NOMINATIONS_NOT_OPEN');
    // The error is the field's: the election itself still answers.
    expect(refused.data?.election).toEqual(expect.objectContaining({ potentialNominators: null }));
    const deputies = await openElection(t, officer, {
      type: 'DEPUTY_PROSECUTOR',
      title: 'Election of two Deputy Prosecutors',
      seats: 2,
    });
    expect(expectError(await potential(deputies.id, undefined, officer), 'RULE_VIOLATION').rule).toBe('NOMINATOR');
    expectError(await potential(draft.id, 'NOT_A_GROUP', officer), 'BAD_USER_INPUT');
  });

  it('records outreach (staff only), versioned and audited, and tells whether the State nominated afterwards', async () => {
    const e = await openElection(t, officer);
    const created = ok(
      await recordOutreach({
        electionId: e.id,
        stateCode: 'GH',
        contactedOn: today(t),
        channel: 'MEETING',
        note: NOTE,
        outcome: 'Will consider',
      }),
    ).recordOutreach;
    expect(created).toMatchObject({
      stateCode: 'GH',
      channel: 'MEETING',
      nominatedAfterwards: false,
      nominatedOn: null,
      version: 1,
    });

    await nominate(t, officer, e.id, 'GH');
    const listed = ok(await outreachOf({ stateCode: 'GH' })).outreachRecords;
    expect(listed).toEqual([
      expect.objectContaining({ id: created.id, nominatedAfterwards: true, nominatedOn: today(t) }),
    ]);
    expect(ok(await outreachOf({ electionId: e.id })).outreachRecords.map((o) => o.id)).toEqual([created.id]);
    expect(ok(await outreachOf({ electionId: e.id, stateCode: 'SN' })).outreachRecords).toEqual([]);

    const update = (input: Record<string, unknown>) =>
      t.gql<{ updateOutreach: Outreach }>(
        `mutation($input: UpdateOutreachInput!) { updateOutreach(input: $input) { ${OUTREACH_FIELDS} } }`,
        { input },
        { as: officer },
      );
    const updated = ok(await update({ id: created.id, version: 1, channel: 'LETTER', outcome: null })).updateOutreach;
    expect(updated).toMatchObject({ channel: 'LETTER', outcome: null, note: NOTE, version: 2 });
    expectError(await update({ id: created.id, version: 1, outcome: 'Stale' }), 'CONFLICT');
    expectError(await update({ id: randomUUID(), version: 1, outcome: 'x' }), 'NOT_FOUND');
    // Null clears a note or an outcome; the day and the channel are left out to be kept.
    expectError(await update({ id: created.id, version: 2, contactedOn: null }), 'BAD_USER_INPUT');
    expectError(await update({ id: created.id, version: 2, channel: null }), 'BAD_USER_INPUT');

    const audit = await t.dataSource.query<{ operation: string }[]>(
      `SELECT operation FROM audit_entry WHERE entity_id = $1 ORDER BY seq`,
      [created.id],
    );
    expect(audit.map((a) => a.operation)).toEqual(['recordOutreach', 'updateOutreach']);

    // Bad input, unknown records.
    const input = { electionId: e.id, stateCode: 'SN', contactedOn: today(t), channel: 'CALL' };
    expectError(await recordOutreach({ ...input, contactedOn: '2999-01-01' }), 'BAD_USER_INPUT');
    expectError(await recordOutreach({ ...input, stateCode: 'sn' }), 'BAD_USER_INPUT');
    expectError(await recordOutreach({ ...input, channel: 'PIGEON' }), 'BAD_USER_INPUT');
    expectError(await recordOutreach({ ...input, note: '  ' }), 'BAD_USER_INPUT');
    expectError(await recordOutreach({ ...input, stateCode: 'US' }), 'NOT_FOUND');
    expectError(await recordOutreach({ ...input, electionId: randomUUID() }), 'NOT_FOUND');
    expectError(await outreachOf({}), 'BAD_USER_INPUT');

    // A day already begun somewhere (UTC+14) is not in the future: at 23:30 UTC it is tomorrow in The
    // Hague, where the team writes it; the day after is refused.
    const day = today(t);
    t.clock.set(`${day}T23:30:00.000Z`);
    try {
      expect((await recordOutreach({ ...input, contactedOn: addDays(day, 1) })).errors).toBeUndefined();
      expectError(await recordOutreach({ ...input, contactedOn: addDays(day, 2) }), 'BAD_USER_INPUT');
    } finally {
      t.clock.set(null);
    }
  });

  it('observers and panel members never see outreach: not the records, not the notes', async () => {
    const e = await openElection(t, officer);
    ok(
      await recordOutreach({ electionId: e.id, stateCode: 'KE', contactedOn: today(t), channel: 'EMAIL', note: NOTE }),
    );
    expectError(await outreachOf({ stateCode: 'KE' }, null), 'UNAUTHENTICATED');
    expectError(await outreachOf({ stateCode: 'KE' }, panelMember), 'FORBIDDEN');
    expectError(
      await recordOutreach({ electionId: e.id, stateCode: 'KE', contactedOn: today(t), channel: 'EMAIL' }, panelMember),
      'FORBIDDEN',
    );
    // What observers can read about potential nominators carries nothing of it.
    const seen = await potential(e.id, 'AFRICAN');
    expect(seen.errors).toBeUndefined();
    expect(JSON.stringify(seen.data)).not.toContain(NOTE);
    const schema = await t.gql<{ __type: { fields: { name: string }[] } }>(
      `{ __type(name: "PotentialNominatorGroup") { fields { name } } }`,
    );
    expect(schema.data!.__type.fields.map((f) => f.name).sort()).toEqual([
      'flags',
      'matters',
      'regionalGroup',
      'statesParties',
    ]);
  });

  it('exports the States to contact as a formula-safe CSV for staff (bearer token), JSON errors otherwise', async () => {
    const e = await openElection(t, officer);
    await nominate(t, officer, e.id, 'SN');
    ok(
      await recordOutreach({
        electionId: e.id,
        stateCode: 'GH',
        contactedOn: today(t),
        channel: 'LETTER',
        outcome: '=HYPERLINK("https://evil.example")',
        note: NOTE,
      }),
    );
    const get = (path: string, token?: string) => {
      const req = request(t.app.getHttpServer()).get(path);
      return token ? req.set('authorization', `Bearer ${token}`) : req;
    };
    const path = `/elections/${e.id}/potential-nominators.csv?regionalGroup=AFRICAN`;

    const anonymous = await get(path);
    expect(anonymous.status).toBe(401);
    expect((anonymous.body as ErrorBody).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(anonymous.headers['content-disposition']).toBeUndefined();
    const member = await get(path, panelMember);
    expect(member.status).toBe(403);
    expect((member.body as ErrorBody).errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await get(path, 'not-a-token')).status).toBe(401);

    const res = await get(path, officer);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('potential-nominators-african.csv');
    const text = res.text;
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(
      'regional_group,state_code,state_name,group_flags,last_contacted_on,last_channel,last_outcome,contacts',
    );
    const rows = lines.slice(1);
    expect(rows.every((r) => r.startsWith('AFRICAN,'))).toBe(true);
    expect(rows.some((r) => r.startsWith('AFRICAN,SN,'))).toBe(false);
    const gh = rows.find((r) => r.startsWith('AFRICAN,GH,'))!;
    expect(gh).toContain(`${today(t)},LETTER,"'=HYPERLINK(""https://evil.example"")",1`);
    expect(gh).toContain('ELECTION::UNDERSUBSCRIBED');
    // The note stays out of the file: it is for the team, not for mail merge.
    expect(text).not.toContain(NOTE);

    const all = await get(`/elections/${e.id}/potential-nominators.csv`, officer);
    expect(all.status).toBe(200);
    expect(all.text).toContain('WESTERN_EUROPEAN_AND_OTHER,');

    const bad = await get(`/elections/${e.id}/potential-nominators.csv?regionalGroup=MARS`, officer);
    expect(bad.status).toBe(400);
    expect((bad.body as ErrorBody).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const unknown = await get(`/elections/${randomUUID()}/potential-nominators.csv`, officer);
    expect(unknown.status).toBe(404);
    expect((unknown.body as ErrorBody).errors[0].extensions.code).toBe('NOT_FOUND');
    expect((await get('/elections/not-a-uuid/potential-nominators.csv', officer)).status).toBe(400);
    const draft = await createElection(t, officer);
    const closed = await get(`/elections/${draft.id}/potential-nominators.csv`, officer);
    expect(closed.status).toBe(422);
    expect((closed.body as ErrorBody).errors[0].extensions.code).toBe('RULE_VIOLATION');
    expect(closed.headers['content-disposition']).toBeUndefined();
  });
});

describe('the potential nominators export is rate limited like every export', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_PER_MINUTE: '2' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('past the limit: 429 RATE_LIMITED with Retry-After, before the token is even read', async () => {
    const path = `/elections/${randomUUID()}/potential-nominators.csv`;
    for (let i = 0; i < 2; i += 1) expect((await request(t.app.getHttpServer()).get(path)).status).toBe(401);
    const limited = await request(t.app.getHttpServer()).get(path);
    expect(limited.status).toBe(429);
    expect((limited.body as ErrorBody).errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });
});
