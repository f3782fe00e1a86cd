import { StaffRole } from '../../src/common/domain.enums.js';
import { APPEND_LOCK } from '../../src/modules/audit/audit.service.js';
import { addDays } from '../../src/common/scalars/local-date.scalar.js';
import { judicialElection2017, nominate, openElection, ROUND_1_2017, today, toVoting } from '../support/factories.js';
import { issuedQuestionnaire } from '../support/questionnaire-factories.js';
import { createTestApp, expectError, type TestApp } from '../support/test-app.js';

// The elections team's corrections: a person's record (updatePerson), a nomination voided
// (voidCandidacy), many nominations from a CSV file (importNominations).
const UPDATE = `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) {
  id fullName gender nationality otherNationalities version } }`;
const VOID = `mutation($input: VoidCandidacyInput!) { voidCandidacy(input: $input) { candidacyId electionId personRemoved } }`;
const IMPORT = `mutation($input: ImportNominationsInput!) { importNominations(input: $input) {
  dryRun written accepted refused
  rows { line fullName nominatingState outcome refusal { code rule fields message } candidacy { id status person { fullName } } } } }`;
const CONTACT = `query($id: ID!) { personContact(id: $id) { contactEmail } }`;
const FLAGS = `query($id: ID!) { election(id: $id) {
  slateFlags { scope scopeValue kind candidates }
  slateFlagHistory { change scope scopeValue kind candidates operation entityType entityId } } }`;
const LOG = `query($filter: AuditLogFilter) { auditLog(filter: $filter, first: 100) {
  edges { node { operation entityType entityId before after } } } }`;
const DIGEST = `query { auditDigest { count } }`;
const ELECTION_CANDIDACIES = `query($id: ID!) { election(id: $id) { candidacies { totalCount edges { node { id person { fullName } } } } } }`;

// Judges staying in office (2017's twelve, one a woman): nationalities a candidate may not have.
const SITTING = ['NG', 'KE', 'JP', 'KR', 'PL', 'CZ', 'SK', 'AR', 'BR', 'FR', 'DE', 'IT'].map((n, i) => ({
  fullName: `Judge ${n}`,
  nationality: n,
  list: i < 8 ? 'A' : 'B',
  gender: i === 0 ? 'FEMALE' : 'MALE',
}));

interface Entry {
  operation: string;
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}
interface ImportRow {
  line: number;
  fullName: string | null;
  nominatingState: string | null;
  outcome: 'ACCEPTED' | 'REFUSED';
  refusal: { code: string; rule: string | null; fields: string[]; message: string } | null;
  candidacy: { id: string; status: string; person: { fullName: string } } | null;
}
interface ImportResult {
  dryRun: boolean;
  written: boolean;
  accepted: number;
  refused: number;
  rows: ImportRow[];
}

describe('nominations: corrections, voids and imports', () => {
  let t: TestApp;
  let officer: string;
  let admin: string;
  let panel: string;

  beforeAll(async () => {
    t = await createTestApp();
    officer = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
    admin = await t.tokenFor(StaffRole.ADMIN);
    panel = await t.tokenFor(StaffRole.PANEL_MEMBER);
  });
  afterAll(async () => {
    await t.close();
  });

  const log = async (filter: Record<string, unknown>) => {
    const res = await t.gql<{ auditLog: { edges: { node: Entry }[] } }>(LOG, { filter }, { as: admin });
    expect(res.errors).toBeUndefined();
    return res.data!.auditLog.edges.map((e) => e.node);
  };
  const auditCount = async () => (await t.gql<{ auditDigest: { count: number } }>(DIGEST)).data!.auditDigest.count;
  const personOf = (c: Record<string, unknown>) => c.person as { id: string; fullName: string };

  describe('updatePerson', () => {
    it('corrects a name, gender, nationality and e-mail in one audited, versioned write, and the flags follow', async () => {
      const e = await openElection(t, officer, { sittingJudges: SITTING });
      const c = await nominate(t, officer, e.id, 'SN', {
        fullName: 'Amadou Dialo',
        gender: 'MALE',
        otherNationalities: ['GH'],
      });
      const person = personOf(c);
      const res = await t.gql<{ updatePerson: Record<string, unknown> }>(
        UPDATE,
        {
          input: {
            id: person.id,
            version: 1,
            fullName: '  Amadou Diallo ',
            gender: 'FEMALE',
            nationality: 'GH',
            contactEmail: 'Amadou.Diallo@Example.org',
          },
        },
        { as: officer },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.updatePerson).toEqual({
        id: person.id,
        fullName: 'Amadou Diallo',
        gender: 'FEMALE',
        nationality: 'GH',
        otherNationalities: [],
        version: 2,
      });
      const contact = await t.gql<{ personContact: { contactEmail: string } }>(
        CONTACT,
        { id: person.id },
        { as: officer },
      );
      expect(contact.data!.personContact.contactEmail).toBe('amadou.diallo@example.org');

      const [entry] = await log({ entityId: person.id, operation: 'updatePerson' });
      expect(entry.before).toMatchObject({ fullName: 'Amadou Dialo', gender: 'MALE', nationality: 'SN', version: 1 });
      expect(entry.after).toMatchObject({ fullName: 'Amadou Diallo', gender: 'FEMALE', nationality: 'GH', version: 2 });

      // Women are counted against the minimum voting requirement: the change is in the flags' history.
      const flags = await t.gql<{
        election: {
          slateFlagHistory: {
            change: string;
            scope: string;
            scopeValue: string;
            operation: string;
            entityId: string;
            candidates: number;
          }[];
        };
      }>(FLAGS, { id: e.id }, { as: officer });
      expect(flags.data!.election.slateFlagHistory).toContainEqual(
        expect.objectContaining({
          operation: 'updatePerson',
          entityId: person.id,
          change: 'CHANGED',
          scope: 'GENDER',
          scopeValue: 'FEMALE',
          candidates: 1,
        }),
      );
    });

    it('refuses a stale version as CONFLICT and changes nothing', async () => {
      const e = await openElection(t, officer);
      const person = personOf(await nominate(t, officer, e.id, 'SN', { fullName: 'First Name' }));
      const ok = await t.gql(
        UPDATE,
        { input: { id: person.id, version: 1, fullName: 'Second Name' } },
        { as: officer },
      );
      expect(ok.errors).toBeUndefined();
      const stale = await t.gql(
        UPDATE,
        { input: { id: person.id, version: 1, fullName: 'Third Name' } },
        { as: officer },
      );
      // The CONFLICT says who made the current version (here: the same officer, in another tab).
      expect(expectError(stale, 'CONFLICT')).toMatchObject({
        entity: 'Person',
        id: person.id,
        changedBy: { kind: 'STAFF', you: true },
      });
      const other = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
      const staleForOther = await t.gql(
        UPDATE,
        { input: { id: person.id, version: 1, fullName: 'Third Name' } },
        { as: other },
      );
      expect(expectError(staleForOther, 'CONFLICT')).toMatchObject({ changedBy: { kind: 'STAFF', you: false } });
      const read = await t.gql<{ person: { fullName: string; version: number } }>(
        `query($id: ID!) { person(id: $id) { fullName version } }`,
        { id: person.id },
      );
      expect(read.data!.person).toEqual({ fullName: 'Second Name', version: 2 });
    });

    it.each([
      ['a blank name', { fullName: '   ' }, 'fullName'],
      ['a one-letter name', { fullName: ' A ' }, 'fullName'],
      ['a nationality in lower case', { nationality: 'gh' }, 'nationality'],
      ['an e-mail that is not one', { contactEmail: 'not an address' }, 'contactEmail'],
      ['nothing to change', {}, 'input'],
      ['a name removed (null)', { fullName: null }, 'fullName'],
      ['a gender removed (null)', { gender: null }, 'gender'],
      ['a nationality removed (null)', { nationality: null }, 'nationality'],
    ])('refuses %s as BAD_USER_INPUT naming the field', async (_, change, field) => {
      const e = await openElection(t, officer);
      const person = personOf(await nominate(t, officer, e.id, 'SN'));
      const res = await t.gql(UPDATE, { input: { id: person.id, version: 1, ...change } }, { as: officer });
      const ext = expectError(res, 'BAD_USER_INPUT');
      expect((ext.fields as { field: string }[]).map((f) => f.field.replace(/^input\./, ''))).toContain(field);
    });

    it('removes a contact e-mail given as null (the nominee can then be mailed nothing), audited', async () => {
      const e = await openElection(t, officer);
      const person = personOf(await nominate(t, officer, e.id, 'SN', { contactEmail: 'old@example.org' }));
      const res = await t.gql(UPDATE, { input: { id: person.id, version: 1, contactEmail: null } }, { as: officer });
      expect(res.errors).toBeUndefined();
      const contact = await t.gql<{ personContact: { contactEmail: string | null } }>(
        `query($id: ID!) { personContact(id: $id) { contactEmail } }`,
        { id: person.id },
        { as: officer },
      );
      expect(contact.data!.personContact.contactEmail).toBeNull();
      const [entry] = await log({ entityId: person.id, operation: 'updatePerson' });
      expect(entry).toBeDefined();
    });

    it.each([
      ['a State that is not a State Party', 'US', 'CANDIDATE_NOT_NATIONAL_OF_STATE_PARTY'],
      ["a sitting judge's nationality", 'FR', 'NATIONALITY_OF_SITTING_JUDGE'],
    ])(
      'refuses a judicial candidate moved to %s, as a nomination would be, and changes nothing',
      async (_, nationality, rule) => {
        const e = await openElection(t, officer, { sittingJudges: SITTING });
        const person = personOf(await nominate(t, officer, e.id, 'SN'));
        const res = await t.gql(UPDATE, { input: { id: person.id, version: 1, nationality } }, { as: officer });
        expect(expectError(res, 'RULE_VIOLATION').rule).toBe(rule);
        const read = await t.gql<{ person: { nationality: string; version: number } }>(
          `query($id: ID!) { person(id: $id) { nationality version } }`,
          { id: person.id },
        );
        expect(read.data!.person).toEqual({ nationality: 'SN', version: 1 });
        expect(await log({ entityId: person.id, operation: 'updatePerson' })).toEqual([]);
      },
    );

    it('refuses a gender or nationality correction once the election has voted, still corrects the name', async () => {
      const { e, ids } = await judicialElection2017(t, officer);
      await toVoting(t, officer, e);
      const votes = Object.entries(ROUND_1_2017.votes).map(([state, v]) => ({ candidacyId: ids[state], votes: v }));
      const round = await t.gql(
        `mutation($input: RecordBallotRoundInput!) { recordBallotRound(input: $input) { number } }`,
        { input: { electionId: e.id, round: 1, ...ROUND_1_2017, votes } },
        { as: officer },
      );
      expect(round.errors).toBeUndefined();
      const candidacy = await t.gql<{ candidacy: { person: { id: string; version: number } } }>(
        `query($id: ID!) { candidacy(id: $id) { person { id version } } }`,
        { id: ids.NL },
        { as: officer },
      );
      const person = candidacy.data!.candidacy.person;
      const before = await auditCount();

      for (const change of [{ gender: 'FEMALE' }, { nationality: 'BE' }]) {
        const refused = await t.gql(
          UPDATE,
          { input: { id: person.id, version: person.version, ...change } },
          { as: officer },
        );
        const ext = expectError(refused, 'RULE_VIOLATION');
        expect([ext.rule, ext.electionId]).toEqual(['PERSON_IN_VOTING_ELECTION', e.id]);
      }
      expect(await auditCount()).toBe(before);

      const renamed = await t.gql<{ updatePerson: Record<string, unknown> }>(
        UPDATE,
        { input: { id: person.id, version: person.version, fullName: 'Candidate Netherlands', gender: 'MALE' } },
        { as: officer },
      );
      expect(renamed.errors).toBeUndefined();
      expect(renamed.data!.updatePerson).toMatchObject({ fullName: 'Candidate Netherlands', gender: 'MALE' });
    });

    it('is refused to a panel member and to an anonymous caller, and a person unknown is NOT_FOUND', async () => {
      const e = await openElection(t, officer);
      const person = personOf(await nominate(t, officer, e.id, 'SN'));
      const input = { id: person.id, version: 1, fullName: 'Someone Else' };
      expectError(await t.gql(UPDATE, { input }, { as: panel }), 'FORBIDDEN');
      expectError(await t.gql(UPDATE, { input }), 'UNAUTHENTICATED');
      expectError(
        await t.gql(UPDATE, { input: { ...input, id: '00000000-0000-4000-8000-000000000000' } }, { as: officer }),
        'NOT_FOUND',
      );
    });
  });

  describe('voidCandidacy', () => {
    it('removes a nomination from every observer read, keeps it whole in the audit log, recomputes the flags', async () => {
      const e = await openElection(t, officer, { type: 'PROSECUTOR', title: 'Prosecutor (void)', seats: 1 });
      const keep = await nominate(
        t,
        officer,
        e.id,
        'GH',
        { fullName: 'Kept Candidate' },
        { list: undefined, nominationProcedure: undefined },
      );
      const wrong = await nominate(
        t,
        officer,
        e.id,
        'IE',
        { fullName: 'Zebulon Mistaken' },
        { list: undefined, nominationProcedure: undefined },
      );
      const person = personOf(wrong);

      const res = await t.gql<{ voidCandidacy: Record<string, unknown> }>(
        VOID,
        { input: { id: wrong.id, version: wrong.version, reason: 'Entered twice by mistake' } },
        { as: officer },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.voidCandidacy).toEqual({ candidacyId: wrong.id, electionId: e.id, personRemoved: true });

      // Observers (anonymous): not by id, not in the election's list or count, not in searches or people.
      expect(
        (await t.gql<{ candidacy: unknown }>(`query($id: ID!) { candidacy(id: $id) { id } }`, { id: wrong.id })).data!
          .candidacy,
      ).toBeNull();
      expect(
        (await t.gql<{ person: unknown }>(`query($id: ID!) { person(id: $id) { id } }`, { id: person.id })).data!
          .person,
      ).toBeNull();
      const list = await t.gql<{
        election: { candidacies: { totalCount: number; edges: { node: { id: string } }[] } };
      }>(ELECTION_CANDIDACIES, { id: e.id });
      expect(list.data!.election.candidacies.totalCount).toBe(1);
      expect(list.data!.election.candidacies.edges.map((x) => x.node.id)).toEqual([keep.id]);
      const people = await t.gql<{ people: { totalCount: number } }>(
        `query($s: String) { people(search: $s) { totalCount } }`,
        { s: 'Zebulon Mistaken' },
      );
      expect(people.data!.people.totalCount).toBe(0);
      const search = await t.gql<{ candidacies: { totalCount: number } }>(
        `query($f: CandidacySearchFilter) { candidacies(filter: $f) { totalCount } }`,
        { f: { name: 'Zebulon' } },
      );
      expect(search.errors).toBeUndefined();
      expect(search.data!.candidacies.totalCount).toBe(0);

      // The audit log keeps the whole row, the person's too, with the reason; the nomination stays logged.
      const entries = await log({ entityId: wrong.id });
      expect(entries.map((x) => x.operation).sort()).toEqual(['nominateCandidate', 'voidCandidacy']);
      const voided = entries.find((x) => x.operation === 'voidCandidacy')!;
      expect(voided.before).toMatchObject({
        id: wrong.id,
        electionId: e.id,
        status: 'NOMINATED',
        nominatingStateCode: 'IE',
      });
      expect(voided.after).toEqual({ voided: true, reason: 'Entered twice by mistake' });
      const [personEntry] = await log({ entityId: person.id, operation: 'voidCandidacy' });
      expect(personEntry.before).toMatchObject({ fullName: 'Zebulon Mistaken' });

      // One candidate left for one seat: the clean-slate flags are raised again, caused by the void.
      const flags = await t.gql<{
        election: {
          slateFlags: { kind: string }[];
          slateFlagHistory: { operation: string; change: string; kind: string }[];
        };
      }>(FLAGS, { id: e.id });
      expect(flags.data!.election.slateFlags.map((f) => f.kind).sort()).toEqual(['CLEAN_SLATE', 'SINGLE_CANDIDATE']);
      expect(flags.data!.election.slateFlagHistory).toContainEqual(
        expect.objectContaining({ operation: 'voidCandidacy', change: 'RAISED', kind: 'CLEAN_SLATE' }),
      );
    });

    it('keeps a person who stands elsewhere', async () => {
      const a = await openElection(t, officer);
      const b = await openElection(t, officer);
      const first = await nominate(t, officer, a.id, 'SN');
      const res = await t.gql<{ nominateCandidate: { id: string; version: number } }>(
        `mutation($input: NominateCandidateInput!) { nominateCandidate(input: $input) { id version } }`,
        {
          input: {
            electionId: b.id,
            personId: personOf(first).id,
            nominatingState: 'SN',
            list: 'A',
            nominationProcedure: 'HIGHEST_JUDICIAL_OFFICES',
          },
        },
        { as: officer },
      );
      const second = res.data!.nominateCandidate;
      const voided = await t.gql<{ voidCandidacy: { personRemoved: boolean } }>(
        VOID,
        { input: { id: second.id, version: second.version, reason: 'Wrong election' } },
        { as: officer },
      );
      expect(voided.data!.voidCandidacy.personRemoved).toBe(false);
      const read = await t.gql<{ person: { candidacies: { id: string }[] } }>(
        `query($id: ID!) { person(id: $id) { candidacies { id } } }`,
        { id: personOf(first).id },
      );
      expect(read.data!.person.candidacies.map((c) => c.id)).toEqual([first.id]);
    });

    it('refuses a stale version as CONFLICT, a blank reason as BAD_USER_INPUT, other roles, and keeps the candidacy', async () => {
      const e = await openElection(t, officer);
      const c = await nominate(t, officer, e.id, 'SN');
      const withdrawn = await t.gql(
        `mutation($input: WithdrawCandidacyInput!) { withdrawCandidacy(input: $input) { version } }`,
        { input: { id: c.id, reason: 'Withdrew' } },
        { as: officer },
      );
      expect(withdrawn.errors).toBeUndefined();
      expectError(
        await t.gql(VOID, { input: { id: c.id, version: c.version, reason: 'Mistake' } }, { as: officer }),
        'CONFLICT',
      );
      const blank = expectError(
        await t.gql(VOID, { input: { id: c.id, version: 2, reason: '  \n ' } }, { as: officer }),
        'BAD_USER_INPUT',
      );
      expect(JSON.stringify(blank.fields)).toContain('reason');
      expectError(
        await t.gql(VOID, { input: { id: c.id, version: 2, reason: 'Mistake' } }, { as: panel }),
        'FORBIDDEN',
      );
      expectError(await t.gql(VOID, { input: { id: c.id, version: 2, reason: 'Mistake' } }), 'UNAUTHENTICATED');
      const read = await t.gql<{ candidacy: { status: string } }>(`query($id: ID!) { candidacy(id: $id) { status } }`, {
        id: c.id,
      });
      expect(read.data!.candidacy.status).toBe('WITHDRAWN');
    });

    it('refuses to void a candidacy the nominee was written to, saying which records would be lost', async () => {
      const { questionnaireId, candidacyIds } = await issuedQuestionnaire(t, officer, { nominees: ['SN'] });
      const sent = await t.gql(
        `mutation($id: ID!) { sendQuestionnaire(questionnaireId: $id) { invited } }`,
        { id: questionnaireId },
        { as: officer },
      );
      expect(sent.errors).toBeUndefined();
      const before = await t.gql<{ candidacy: { version: number } }>(
        `query($id: ID!) { candidacy(id: $id) { version } }`,
        { id: candidacyIds[0] },
        { as: officer },
      );
      const res = await t.gql(
        VOID,
        { input: { id: candidacyIds[0], version: before.data!.candidacy.version, reason: 'Mistake' } },
        { as: officer },
      );
      const ext = expectError(res, 'RULE_VIOLATION');
      expect(ext.rule).toBe('VOID_WOULD_LOSE_RECORDS');
      expect(ext.records).toEqual({ invitations: 1, responses: 1 });
      const still = await t.gql<{ candidacy: { id: string } | null }>(
        `query($id: ID!) { candidacy(id: $id) { id } }`,
        { id: candidacyIds[0] },
        { as: officer },
      );
      expect(still.data!.candidacy).not.toBeNull();
    });
  });

  describe('importNominations', () => {
    const HEADER = 'fullName,gender,nationality,nominatingState,list,nominationProcedure,contactEmail';
    const row = (name: string, state: string, extra: Partial<Record<'gender' | 'nationality' | 'list', string>> = {}) =>
      [
        name,
        extra.gender ?? 'FEMALE',
        extra.nationality ?? state,
        state,
        extra.list ?? 'A',
        'HIGHEST_JUDICIAL_OFFICES',
        `${state.toLowerCase()}@example.org`,
      ].join(',');
    const run = (electionId: string, csv: string, dryRun: boolean, as = officer) =>
      t.gql<{ importNominations: ImportResult }>(IMPORT, { input: { electionId, csv, dryRun } }, { as });
    const count = async (id: string) =>
      (
        await t.gql<{ election: { candidacies: { totalCount: number } } }>(
          ELECTION_CANDIDACIES,
          { id },
          { as: officer },
        )
      ).data!.election.candidacies.totalCount;

    it('previews row by row what would be created and what is refused and why, and writes nothing', async () => {
      const e = await openElection(t, officer, { sittingJudges: SITTING });
      await nominate(t, officer, e.id, 'ZA');
      const csv = [
        HEADER,
        row('Ama Mensah', 'GH'),
        row('Second Ghanaian', 'GH'),
        row('Not A Party', 'US'),
        row('Sitting Compatriot', 'SN', { nationality: 'FR' }),
        row('Already Standing', 'ZA'),
        row('Bad Gender', 'IE', { gender: 'X' }),
        row('No List', 'NL', { list: '' }),
        '"Quoted, Name",MALE,sn,sn,b,highest_judicial_offices,',
      ].join('\n');
      const audits = await auditCount();
      const res = await run(e.id, csv, true);
      expect(res.errors).toBeUndefined();
      const result = res.data!.importNominations;
      expect(result).toMatchObject({ dryRun: true, written: false, accepted: 2, refused: 6 });
      expect(
        result.rows.map((r) => [r.line, r.fullName, r.outcome, r.refusal?.code ?? null, r.refusal?.rule ?? null]),
      ).toEqual([
        [2, 'Ama Mensah', 'ACCEPTED', null, null],
        [3, 'Second Ghanaian', 'REFUSED', 'RULE_VIOLATION', 'ONE_CANDIDATE_PER_STATE'],
        [4, 'Not A Party', 'REFUSED', 'RULE_VIOLATION', 'NOMINATING_STATE_NOT_A_PARTY'],
        [5, 'Sitting Compatriot', 'REFUSED', 'RULE_VIOLATION', 'NATIONALITY_OF_SITTING_JUDGE'],
        [6, 'Already Standing', 'REFUSED', 'RULE_VIOLATION', 'ONE_CANDIDATE_PER_STATE'],
        [7, 'Bad Gender', 'REFUSED', 'BAD_USER_INPUT', null],
        [8, 'No List', 'REFUSED', 'RULE_VIOLATION', 'JUDGE_LIST_REQUIRED'],
        [9, 'Quoted, Name', 'ACCEPTED', null, null],
      ]);
      expect(result.rows[5].refusal!.fields).toEqual(['gender']);
      expect(result.rows.every((r) => r.candidacy === null)).toBe(true);
      // Nothing written: not a candidacy, not an audit entry.
      expect(await count(e.id)).toBe(1);
      expect(await auditCount()).toBe(audits);
    });

    it('previews without the audit log’s append lock: a preview is not held up by another write', async () => {
      const e = await openElection(t, officer, { sittingJudges: SITTING });
      const csv = [HEADER, row('Ama Mensah', 'GH')].join('\n');
      const holder = t.dataSource.createQueryRunner();
      await holder.connect();
      await holder.startTransaction();
      try {
        await holder.query('SELECT pg_advisory_xact_lock($1)', [APPEND_LOCK]);
        // Awaited while the lock is held: a preview that waited for it would never answer (the test times out).
        const preview = run(e.id, csv, true);
        const res = await preview;
        expect(res.errors).toBeUndefined();
        expect(res.data!.importNominations).toMatchObject({ dryRun: true, written: false, accepted: 1, refused: 0 });
      } finally {
        await holder.rollbackTransaction();
        await holder.release();
      }
      expect(await count(e.id)).toBe(0);
    });

    it('writes nothing when one row is refused, even when asked to write', async () => {
      const e = await openElection(t, officer);
      const audits = await auditCount();
      const res = await run(
        e.id,
        [HEADER, row('Good One', 'GH'), row('Good Two', 'IE'), row('Bad One', 'US')].join('\n'),
        false,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.importNominations).toMatchObject({ dryRun: false, written: false, accepted: 2, refused: 1 });
      expect(await count(e.id)).toBe(0);
      expect(await auditCount()).toBe(audits);
      const people = await t.gql<{ people: { totalCount: number } }>(
        `query($s: String) { people(search: $s) { totalCount } }`,
        { s: 'Good One' },
      );
      expect(people.data!.people.totalCount).toBe(0);
    });

    it('writes every row of a good file in one go, each with its audit entries', async () => {
      const e = await openElection(t, officer);
      const res = await run(
        e.id,
        [HEADER, row('Imported One', 'GH'), row('Imported Two', 'IE', { gender: 'MALE', list: 'B' })].join('\r\n'),
        false,
      );
      expect(res.errors).toBeUndefined();
      const result = res.data!.importNominations;
      expect(result).toMatchObject({ dryRun: false, written: true, accepted: 2, refused: 0 });
      expect(result.rows.map((r) => r.candidacy?.person.fullName)).toEqual(['Imported One', 'Imported Two']);
      expect(await count(e.id)).toBe(2);
      for (const r of result.rows) {
        const entries = await log({ entityId: r.candidacy!.id });
        expect(entries.map((x) => x.operation)).toEqual(['importNominations']);
      }
      // The slate flags change once for the whole file, the import named as their cause.
      const flags = await t.gql<{
        election: { slateFlagHistory: { operation: string; entityType: string; entityId: string }[] };
      }>(FLAGS, { id: e.id }, { as: officer });
      const byImport = flags.data!.election.slateFlagHistory.filter((h) => h.operation === 'importNominations');
      expect(byImport.length).toBeGreaterThan(0);
      expect(byImport.every((h) => h.entityType === 'Election' && h.entityId === e.id)).toBe(true);
      const persons = await log({ operation: 'importNominations', entityType: 'Person' });
      expect(persons.map((p) => p.after?.fullName)).toEqual(expect.arrayContaining(['Imported One', 'Imported Two']));
    });

    it('dates rows without a day on the day given for the import (the officer’s), rows with one on theirs', async () => {
      const e = await openElection(t, officer);
      const day = today(t);
      // The console sends its reader's today: in The Hague after midnight, UTC's tomorrow.
      const tomorrow = addDays(day, 1);
      const csv = [
        `${HEADER},nominatedOn`,
        `${row('Undated Nominee', 'GH')},`,
        `${row('Dated Nominee', 'IE')},${addDays(day, -3)}`,
      ].join('\n');
      t.clock.set(`${day}T23:30:00.000Z`);
      try {
        // The day after tomorrow has begun nowhere: the undated row is refused on its day, the dated one not.
        const future = await t.gql<{ importNominations: ImportResult }>(
          IMPORT,
          { input: { electionId: e.id, csv, dryRun: true, nominatedOn: addDays(day, 2) } },
          { as: officer },
        );
        expect(future.errors).toBeUndefined();
        expect(future.data!.importNominations.rows.map((r) => [r.outcome, r.refusal?.fields ?? []])).toEqual([
          ['REFUSED', ['nominatedOn']],
          ['ACCEPTED', []],
        ]);
        const res = await t.gql<{ importNominations: ImportResult }>(
          IMPORT,
          { input: { electionId: e.id, csv, dryRun: false, nominatedOn: tomorrow } },
          { as: officer },
        );
        expect(res.errors).toBeUndefined();
        expect(res.data!.importNominations).toMatchObject({ written: true, accepted: 2 });
      } finally {
        t.clock.set(null);
      }
      const stored = await t.dataSource.query<{ name: string; day: string }[]>(
        `SELECT p.full_name AS name, to_char(c.nominated_on, 'YYYY-MM-DD') AS day
           FROM candidacy c JOIN person p ON p.id = c.person_id WHERE c.election_id = $1 ORDER BY p.full_name`,
        [e.id],
      );
      expect(stored).toEqual([
        { name: 'Dated Nominee', day: addDays(day, -3) },
        { name: 'Undated Nominee', day: tomorrow },
      ]);
    });

    it('refuses a file it cannot read as BAD_USER_INPUT, an unknown election as NOT_FOUND, other roles', async () => {
      const e = await openElection(t, officer);
      const bad = expectError(await run(e.id, 'fullName,shoeSize\nA B,42', true), 'BAD_USER_INPUT');
      expect(JSON.stringify(bad.fields)).toContain('csv');
      expectError(await run(e.id, '   ', true), 'BAD_USER_INPUT');
      expectError(
        await run('00000000-0000-4000-8000-000000000000', `${HEADER}\n${row('A B', 'GH')}`, true),
        'NOT_FOUND',
      );
      expectError(await run(e.id, `${HEADER}\n${row('A B', 'GH')}`, true, panel), 'FORBIDDEN');
      expectError(
        await t.gql(IMPORT, { input: { electionId: e.id, csv: `${HEADER}\n${row('A B', 'GH')}`, dryRun: true } }),
        'UNAUTHENTICATED',
      );
    });
  });
});
