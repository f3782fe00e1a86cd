import { StaffRole } from '../../src/common/domain.enums.js';
import { createElection, openElection, updateElection } from '../support/factories.js';
import { ElectionTitleInFrench1795471000000 } from '../../migrations/1795471000000-ElectionTitleInFrench.js';
import { issuedQuestionnaire, TEMPLATE_QUESTIONS, tokenIn } from '../support/questionnaire-factories.js';
import { createTestApp, expectError, type TestApp } from '../support/test-app.js';

// What the console's elections area needs from the API (issue 15) and the leftovers of issue 14:
// the Language enum, a French title, elections(updatedSince), deleteElection for drafts, and a
// stale edit that says who changed the record (to staff only).
let t: TestApp;
let officer: string;

beforeAll(async () => {
  t = await createTestApp();
  officer = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
});

afterAll(async () => {
  await t?.close();
});

const UPDATE = `mutation($input: UpdateElectionInput!) { updateElection(input: $input) { id title titleFr version } }`;
const DELETE = `mutation($input: DeleteElectionInput!) { deleteElection(input: $input) { id title } }`;
const SAVE = `mutation($input: SaveAnswersInput!) { saveAnswers(input: $input) { version status } }`;

async function displayName(token: string): Promise<string> {
  const res = await t.gql<{ me: { displayName: string } }>(`{ me { displayName } }`, {}, { as: token });
  return res.data!.me.displayName;
}

async function nomineeSession(questionnaireId: string): Promise<string> {
  await t.gql(
    `mutation($id: ID!) { sendQuestionnaire(questionnaireId: $id) { invited } }`,
    { id: questionnaireId },
    {
      as: officer,
    },
  );
  const [mail] = await t.dataSource.query<{ text_body: string }[]>(
    `SELECT m.text_body FROM mail_message m JOIN invitation i ON i.id = m.invitation_id WHERE i.questionnaire_id = $1`,
    [questionnaireId],
  );
  const opened = await t.gql<{ openInvitation: { token: string } }>(
    `mutation($token: String!) { openInvitation(token: $token) { token } }`,
    { token: tokenIn(mail.text_body) },
  );
  if (!opened.data) throw new Error(JSON.stringify(opened.errors));
  return opened.data.openInvitation.token;
}

describe('the Language enum', () => {
  it('refuses a language that is not EN or FR, as a literal or a variable, before anything runs', async () => {
    const { questionnaireId } = await issuedQuestionnaire(t, officer, { nominees: ['GH'] });
    const session = await nomineeSession(questionnaireId);
    // The old wire format (a string) is refused with a clear code, not read as English.
    expectError(
      await t.gql(`{ myInvitation(language: "fr") { language } }`, {}, { as: session }),
      'GRAPHQL_VALIDATION_FAILED',
    );
    expectError(
      await t.gql(`query($l: Language) { myInvitation(language: $l) { language } }`, { l: 'fr' }, { as: session }),
      'BAD_USER_INPUT',
    );
    expectError(
      await t.gql(SAVE, { input: { version: 0, answers: [], language: 'de' } }, { as: session }),
      'BAD_USER_INPUT',
    );
    const fr = await t.gql<{ myInvitation: { language: string } }>(
      `query($l: Language) { myInvitation(language: $l) { language } }`,
      { l: 'FR' },
      { as: session },
    );
    expect(fr.data?.myInvitation.language).toBe('FR');
    // Discussions use the same enum.
    const types = await t.gql<{ __type: { enumValues: { name: string }[] } | null }>(
      `{ __type(name: "Language") { enumValues { name } } }`,
    );
    expect(types.data?.__type?.enumValues.map((v) => v.name)).toEqual(['EN', 'FR']);
    const old = await t.gql<{ __type: unknown }>(`{ __type(name: "DiscussionLanguage") { name } }`);
    expect(old.data?.__type).toBeNull();
  });
});

describe('the election title in the nominee’s language', () => {
  it('is the French title for a nominee reading in French, in the page and the mails; else the title', async () => {
    const { electionId, questionnaireId } = await issuedQuestionnaire(t, officer, { nominees: ['SN'] });
    const read = await t.gql<{ election: { version: number; title: string } }>(
      `query($id: ID!) { election(id: $id) { version title } }`,
      { id: electionId },
      { as: officer },
    );
    const updated = await t.gql<{ updateElection: { titleFr: string | null } }>(
      UPDATE,
      { input: { id: electionId, version: read.data!.election.version, titleFr: '  Élection de six juges  ' } },
      { as: officer },
    );
    expect(updated.data?.updateElection.titleFr).toBe('Élection de six juges');
    const session = await nomineeSession(questionnaireId);
    const MY = `query($l: Language) { myInvitation(language: $l) { electionTitle language } }`;
    const fr = await t.gql<{ myInvitation: { electionTitle: string } }>(MY, { l: 'FR' }, { as: session });
    expect(fr.data?.myInvitation).toEqual({ electionTitle: 'Élection de six juges', language: 'FR' });
    const en = await t.gql<{ myInvitation: { electionTitle: string } }>(MY, { l: 'EN' }, { as: session });
    expect(en.data?.myInvitation.electionTitle).toBe(read.data!.election.title);

    const [mail] = await t.dataSource.query<{ subject: string; text_body: string }[]>(
      `SELECT m.subject, m.text_body FROM mail_message m JOIN invitation i ON i.id = m.invitation_id
        WHERE i.questionnaire_id = $1`,
      [questionnaireId],
    );
    expect(mail.subject).toContain('Questionnaire : Élection de six juges');
    expect(mail.text_body).toContain('« Élection de six juges »');
    expect(mail.text_body).toContain(`in the ${read.data!.election.title}`);

    // The reminder and the extension notice too.
    await t.gql(
      `mutation($id: ID!) { remindNominees(questionnaireId: $id, force: true) }`,
      { id: questionnaireId },
      { as: officer },
    );
    const subjects = await t.dataSource.query<{ subject: string }[]>(
      `SELECT m.subject FROM mail_message m JOIN invitation i ON i.id = m.invitation_id
        WHERE i.questionnaire_id = $1 ORDER BY m.created_at`,
      [questionnaireId],
    );
    expect(subjects.map((s) => s.subject)).toEqual(
      expect.arrayContaining([expect.stringContaining('Rappel : Élection de six juges')]),
    );
  });

  it('falls back to the one title when there is no French title; null removes it', async () => {
    const e = await createElection(t, officer, {
      title: 'Election of the Prosecutor',
      type: 'PROSECUTOR',
      titleFr: 'Élection du Procureur',
    });
    const cleared = await t.gql<{ updateElection: { titleFr: string | null } }>(
      UPDATE,
      { input: { id: e.id, version: e.version, titleFr: null } },
      { as: officer },
    );
    expect(cleared.data?.updateElection.titleFr).toBeNull();
    expectError(
      await t.gql(UPDATE, { input: { id: e.id, version: e.version + 1, titleFr: '   ' } }, { as: officer }),
      'BAD_USER_INPUT',
    );
  });
});

describe('the questionnaire title in the nominee’s language', () => {
  const MY = `query($l: Language) { myInvitation(language: $l) { questionnaireTitle } }`;
  const title = async (session: string, l: string) =>
    (await t.gql<{ myInvitation: { questionnaireTitle: string } }>(MY, { l }, { as: session })).data?.myInvitation
      .questionnaireTitle;

  it('is the template’s French title, frozen when issued, for a nominee reading in French', async () => {
    const { questionnaireId } = await issuedQuestionnaire(t, officer, {
      nominees: ['CI'],
      titleFr: '  Questionnaire aux candidats aux fonctions de juge ',
    });
    const session = await nomineeSession(questionnaireId);
    expect(await title(session, 'FR')).toBe('Questionnaire aux candidats aux fonctions de juge');
    expect(await title(session, 'EN')).toBe('Questionnaire for judicial candidates');
    const read = await t.gql<{ questionnaire: { questionnaire: { title: string; titleFr: string | null } } }>(
      `query($id: ID!) { questionnaire(id: $id) { questionnaire { title titleFr } } }`,
      { id: questionnaireId },
      { as: officer },
    );
    expect(read.data?.questionnaire.questionnaire.titleFr).toBe('Questionnaire aux candidats aux fonctions de juge');
  });

  it('falls back to the one title when the template has none; a blank French title is refused', async () => {
    const { questionnaireId } = await issuedQuestionnaire(t, officer, { nominees: ['BJ'] });
    const session = await nomineeSession(questionnaireId);
    expect(await title(session, 'FR')).toBe('Questionnaire for judicial candidates');
    const blank = await t.gql(
      `mutation($input: CreateQuestionnaireTemplateInput!) { createQuestionnaireTemplate(input: $input) { id } }`,
      {
        input: { title: 'Another questionnaire', titleFr: '  ', electionType: 'JUDGES', questions: TEMPLATE_QUESTIONS },
      },
      { as: officer },
    );
    expectError(blank, 'BAD_USER_INPUT');
  });

  it('comes with the default templates, each in French', async () => {
    const res = await t.gql<{ questionnaireTemplates: { family: string; version: number; titleFr: string | null }[] }>(
      `{ questionnaireTemplates { family version titleFr } }`,
      {},
      { as: officer },
    );
    const defaults = res.data!.questionnaireTemplates.filter(
      (x) => x.family.startsWith('6a3f2a10-7c1e-4b8a-9d2e-0a1b2c3d4e5') && x.version === 1,
    );
    expect(defaults).toHaveLength(5);
    for (const template of defaults)
      expect(template.titleFr).toMatch(/^Questionnaire de la société civile à l’intention/);
    expect(defaults.find((x) => x.family.endsWith('4e51'))?.titleFr).toBe(
      'Questionnaire de la société civile à l’intention des candidats aux fonctions de juge',
    );
  });
});

describe('elections(updatedSince)', () => {
  it('lists only the elections changed at or after the instant (an edit counts, not only creation)', async () => {
    // The older election is edited after the newer one was created: only the edit can bring it in.
    const edited = await createElection(t, officer, { title: 'Judges, edited later' });
    const untouched = await createElection(t, officer, { title: 'Judges, not touched again' });
    const changed = await t.gql<{ updateElection: { id: string } }>(
      UPDATE,
      { input: { id: edited.id, version: edited.version, aspSession: '26th session' } },
      { as: officer },
    );
    expect(changed.errors).toBeUndefined();
    const read = await t.gql<{ election: { updatedAt: string; createdAt: string } }>(
      `query($id: ID!) { election(id: $id) { updatedAt createdAt } }`,
      { id: edited.id },
      { as: officer },
    );
    const since = read.data!.election.updatedAt;
    expect(since > read.data!.election.createdAt).toBe(true);
    const res = await t.gql<{ elections: { edges: { node: { id: string } }[] } }>(
      `query($since: DateTime) { elections(updatedSince: $since, first: 100) { edges { node { id } } } }`,
      { since },
      { as: officer },
    );
    const ids = res.data!.elections.edges.map((e) => e.node.id);
    expect(ids).toContain(edited.id);
    expect(ids).not.toContain(untouched.id);
    expectError(
      await t.gql(
        `query($s: DateTime) { elections(updatedSince: $s) { totalCount } }`,
        { s: 'last week' },
        { as: officer },
      ),
      'BAD_USER_INPUT',
    );
  });
});

describe('deleteElection', () => {
  it('deletes a draft in one audited step (the whole row kept), for officers and admins', async () => {
    const e = await createElection(t, officer, {
      title: 'Judges, entered by mistake',
      titleFr: 'Juges, saisie par erreur',
      sittingJudges: [{ fullName: 'Judge Sitting', nationality: 'KE', gender: 'FEMALE', list: 'A' }],
    });
    const res = await t.gql<{ deleteElection: { id: string; title: string } }>(
      DELETE,
      { input: { id: e.id, version: e.version } },
      { as: officer },
    );
    expect(res.data?.deleteElection).toEqual({ id: e.id, title: 'Judges, entered by mistake' });
    const gone = await t.gql<{ election: unknown }>(
      `query($id: ID!) { election(id: $id) { id } }`,
      { id: e.id },
      {
        as: officer,
      },
    );
    expect(gone.data?.election).toBeNull();
    const [entry] = await t.dataSource.query<{ before: Record<string, unknown>; after: unknown }[]>(
      `SELECT before, after FROM audit_entry WHERE operation = 'deleteElection' AND entity_id = $1`,
      [e.id],
    );
    expect(entry.after).toBeNull();
    expect(entry.before).toMatchObject({
      id: e.id,
      title: 'Judges, entered by mistake',
      titleFr: 'Juges, saisie par erreur',
      aspSession: '25th session',
      status: 'DRAFT',
      version: e.version,
      sittingJudges: [expect.objectContaining({ fullName: 'Judge Sitting', nationality: 'KE' })],
    });
    const left = await t.dataSource.query<unknown[]>(`SELECT 1 FROM sitting_judge WHERE election_id = $1`, [e.id]);
    expect(left).toHaveLength(0);

    const admin = await t.tokenFor(StaffRole.ADMIN);
    const other = await createElection(t, officer);
    const byAdmin = await t.gql(DELETE, { input: { id: other.id, version: other.version } }, { as: admin });
    expect(byAdmin.errors).toBeUndefined();
  });

  it('refuses anything but a draft, a stale version, an unknown id, and callers the table does not allow', async () => {
    const open = await openElection(t, officer);
    const ext = expectError(
      await t.gql(DELETE, { input: { id: open.id, version: open.version } }, { as: officer }),
      'RULE_VIOLATION',
    );
    expect(ext).toMatchObject({ rule: 'ONLY_DRAFTS_DELETED', status: 'NOMINATIONS_OPEN' });

    const draft = await createElection(t, officer);
    const stale = expectError(
      await t.gql(DELETE, { input: { id: draft.id, version: draft.version + 1 } }, { as: officer }),
      'CONFLICT',
    );
    expect(stale).toMatchObject({ reason: 'STALE_VERSION', entity: 'Election', id: draft.id });
    expectError(
      await t.gql(DELETE, { input: { id: '00000000-0000-4000-8000-000000000000', version: 1 } }, { as: officer }),
      'NOT_FOUND',
    );
    const panel = await t.tokenFor(StaffRole.PANEL_MEMBER);
    expectError(await t.gql(DELETE, { input: { id: draft.id, version: draft.version } }, { as: panel }), 'FORBIDDEN');
    expectError(await t.gql(DELETE, { input: { id: draft.id, version: draft.version } }), 'UNAUTHENTICATED');
    expectError(await t.gql(DELETE, { input: { id: 'not-an-id', version: 1 } }, { as: officer }), 'BAD_USER_INPUT');
    const still = await t.gql<{ election: { id: string } | null }>(
      `query($id: ID!) { election(id: $id) { id } }`,
      { id: draft.id },
      { as: officer },
    );
    expect(still.data?.election?.id).toBe(draft.id);
  });
});

describe('deleteElection and the records that point to a draft', () => {
  it('keeps a draft a questionnaire was issued for (ELECTION_IN_USE, naming the records)', async () => {
    const draft = await createElection(t, officer, { title: 'Judges, questionnaire drafted early' });
    const template = await t.gql<{ createQuestionnaireTemplate: { id: string } }>(
      `mutation($input: CreateQuestionnaireTemplateInput!) { createQuestionnaireTemplate(input: $input) { id } }`,
      { input: { title: 'Questionnaire', electionType: 'JUDGES', questions: TEMPLATE_QUESTIONS } },
      { as: officer },
    );
    const deadline = new Date(t.clock.now().getTime() + 14 * 86_400_000);
    const issued = await t.gql(
      `mutation($input: IssueQuestionnaireInput!) { issueQuestionnaire(input: $input) { id } }`,
      {
        input: {
          electionId: draft.id,
          templateId: template.data!.createQuestionnaireTemplate.id,
          deadline: deadline.toISOString(),
          publishAt: new Date(deadline.getTime() + 86_400_000).toISOString(),
        },
      },
      { as: officer },
    );
    expect(issued.errors).toBeUndefined();
    const ext = expectError(
      await t.gql(DELETE, { input: { id: draft.id, version: draft.version } }, { as: officer }),
      'RULE_VIOLATION',
    );
    expect(ext).toMatchObject({ rule: 'ELECTION_IN_USE', records: { questionnaires: 1 } });
    const still = await t.gql<{ election: { id: string } | null }>(
      `query($id: ID!) { election(id: $id) { id } }`,
      { id: draft.id },
      { as: officer },
    );
    expect(still.data?.election?.id).toBe(draft.id);
  });
});

describe('migration 1795471000000', () => {
  it('goes down and up again (in a transaction rolled back)', async () => {
    const owner = await t.owner();
    const runner = owner.createQueryRunner();
    const columns = async (): Promise<number> => {
      const rows = (await runner.query(
        `SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'election' AND column_name = 'title_fr'`,
      )) as { n: number }[];
      return rows[0]?.n ?? -1;
    };
    const migration = new ElectionTitleInFrench1795471000000();
    await runner.startTransaction();
    try {
      expect(await columns()).toBe(1);
      await migration.down(runner);
      expect(await columns()).toBe(0);
      await migration.up(runner);
      expect(await columns()).toBe(1);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});

describe('a stale edit says who changed it', () => {
  it('tells staff the name of the member of staff who made the current version, and when', async () => {
    const first = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
    const second = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
    const e = await createElection(t, first, { title: 'Judges, edited from two tabs' });
    t.clock.set('2031-03-04T10:15:00.000Z');
    try {
      await updateElection(t, first, { id: e.id, version: e.version, title: 'Judges, edited first' });
    } finally {
      t.clock.set(null);
    }
    const res = await t.gql(
      UPDATE,
      { input: { id: e.id, version: e.version, title: 'Judges, edited second' } },
      {
        as: second,
      },
    );
    const ext = expectError(res, 'CONFLICT');
    expect(ext).toMatchObject({
      reason: 'STALE_VERSION',
      entity: 'Election',
      id: e.id,
      changedAt: '2031-03-04T10:15:00.000Z',
      changedBy: { kind: 'STAFF', name: await displayName(first), you: false },
    });
    // One's own other tab: named, and said to be oneself.
    const mine = expectError(
      await t.gql(UPDATE, { input: { id: e.id, version: e.version, title: 'Again' } }, { as: first }),
      'CONFLICT',
    );
    expect(mine.changedBy).toMatchObject({ kind: 'STAFF', you: true });
    const kept = await t.gql<{ election: { title: string } }>(
      `query($id: ID!) { election(id: $id) { title } }`,
      {
        id: e.id,
      },
      { as: first },
    );
    expect(kept.data?.election.title).toBe('Judges, edited first');
  });

  it('tells a nominee when and whether it was them, never which member of staff', async () => {
    const staff = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
    const staffName = await displayName(staff);
    const { questionnaireId, candidacyIds } = await issuedQuestionnaire(t, staff, { nominees: ['KE'] });
    const session = await nomineeSession(questionnaireId);
    const answers = [
      { key: 'qualifications', text: 'Twenty years on the bench.' },
      { key: 'conflict', yes: false },
    ];
    const saved = await t.gql<{ saveAnswers: { version: number } }>(
      SAVE,
      { input: { version: 0, answers } },
      {
        as: session,
      },
    );
    expect(saved.errors).toBeUndefined();
    // The nominee's other tab, still at version 0.
    const ownTab = expectError(await t.gql(SAVE, { input: { version: 0, answers } }, { as: session }), 'CONFLICT');
    expect(ownTab.changedBy).toEqual({ kind: 'NOMINEE', name: null, you: true });

    const submitted = await t.gql<{ submitResponse: { version: number } }>(
      `mutation($v: Int!) { submitResponse(version: $v) { version } }`,
      { v: saved.data!.saveAnswers.version },
      { as: session },
    );
    expect(submitted.errors).toBeUndefined();
    const reopened = await t.gql(
      `mutation($q: ID!, $c: ID!) { reopenResponse(questionnaireId: $q, candidacyId: $c, reason: "Asked to correct an answer") { __typename } }`,
      { q: questionnaireId, c: candidacyIds[0] },
      { as: staff },
    );
    expect(reopened.errors).toBeUndefined();
    const res = await t.gql(
      SAVE,
      { input: { version: submitted.data!.submitResponse.version, answers } },
      {
        as: session,
      },
    );
    const ext = expectError(res, 'CONFLICT');
    expect(ext.changedBy).toEqual({ kind: 'STAFF', name: null, you: false });
    expect(typeof ext.changedAt).toBe('string');
    expect(JSON.stringify(res.errors)).not.toContain(staffName);
  });
});
