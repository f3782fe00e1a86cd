import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { StaffRole } from '../../src/common/domain.enums.js';
import {
  createElection,
  nominate,
  openElection,
  personInput,
  nominateRaw,
  updateElection,
} from '../support/factories.js';
import { heldInterview } from '../support/interview-factories.js';
import { issuedQuestionnaire } from '../support/questionnaire-factories.js';
import { createTestApp, type GqlResponse, type TestApp } from '../support/test-app.js';
import { childrenNamed, parseXml, textOf, type XmlElement } from '../support/xml.js';

interface ErrorBody {
  errors: { extensions: { code: string } }[];
}

const PRIVATE_NOTE = 'PRIVATE-NOTE-never-in-a-feed';
const REASONING = 'REASONING-never-in-a-feed';
// A name that is markup if not escaped.
const TRICKY_NAME = `Ana "Ní" <Ó'Brien> & Søn`;

interface Entry {
  id: string;
  title: string;
  updated: string;
  category: string;
  content: string;
}

/** The parsed feed (a strict reader: malformed XML fails the test), its entries in document order. */
function readFeed(xml: string): { feed: XmlElement; entries: Entry[] } {
  const feed = parseXml(xml);
  expect(feed.name).toBe('feed');
  expect(feed.attributes.xmlns).toBe('http://www.w3.org/2005/Atom');
  const entries = childrenNamed(feed, 'entry').map((e) => ({
    id: textOf(e, 'id'),
    title: textOf(e, 'title'),
    updated: textOf(e, 'updated'),
    category: childrenNamed(e, 'category')[0].attributes.term,
    content: textOf(e, 'content'),
  }));
  return { feed, entries };
}

describe('Atom feed of an election: GET /elections/<id>/feed.atom', () => {
  let t: TestApp;
  let officer: string;

  beforeAll(async () => {
    t = await createTestApp();
    officer = await t.tokenFor(StaffRole.ELECTIONS_OFFICER);
  });
  afterAll(async () => {
    await t.close();
  });

  const get = (path: string) => request(t.app.getHttpServer()).get(path).buffer(true);
  const feedOf = async (id: string) => {
    const res = await get(`/elections/${id}/feed.atom`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    return readFeed(res.text);
  };
  async function ok<T>(res: GqlResponse<T>): Promise<T> {
    if (!res.data || res.errors) throw new Error(JSON.stringify(res.errors));
    return Promise.resolve(res.data);
  }
  const gql = <T>(doc: string, input: Record<string, unknown>, as = officer) =>
    t.gql<T>(doc, { input }, { as }).then(ok);

  /** A panel of one (the chair) that holds, concludes and, when asked, publishes an interview of the candidacy. */
  const interview = (electionId: string, candidacyId: string, publish: boolean) =>
    heldInterview(t, officer, electionId, candidacyId, {
      publish,
      panelName: `Advisory Committee & Friends ${randomUUID().slice(0, 4)}`,
      privateNotes: PRIVATE_NOTE,
      reasoning: REASONING,
    });

  it('lists the public events of a public election, newest first, as valid Atom with escaped text', async () => {
    const { electionId, questionnaireId, candidacyIds } = await issuedQuestionnaire(t, officer, {
      nominees: ['SN', 'GH'],
    });
    const [sn, gh] = candidacyIds as [string, string];
    const tricky = await nominate(t, officer, electionId, 'KE', {
      fullName: TRICKY_NAME,
      contactEmail: 'secret-contact@example.org',
    });
    await gql(`mutation($input: WithdrawCandidacyInput!) { withdrawCandidacy(input: $input) { id } }`, {
      id: gh,
      reason: 'Family <reasons> & health',
    });
    await interview(electionId, sn, true);
    await interview(electionId, tricky.id, false);

    // Before the answers are published: no such entry.
    const before = await feedOf(electionId);
    expect(before.entries.map((e) => e.category)).not.toContain('ANSWERS_PUBLISHED');

    await ok(
      await t.gql(
        `mutation($id: ID!) { publishResponses(questionnaireId: $id, confirm: true) { id } }`,
        { id: questionnaireId },
        { as: officer },
      ),
    );
    const res = await get(`/elections/${electionId}/feed.atom`);
    const xml = res.text;
    const { feed, entries } = readFeed(xml);

    // Feed metadata (RFC 4287 4.1.1): id, title, updated, author, a self link.
    expect(textOf(feed, 'id')).toBe(`tag:localhost,2025:elections/${electionId}`);
    expect(textOf(feed, 'title')).toBe('Election of six judges: public record');
    expect(childrenNamed(feed, 'author')).toHaveLength(1);
    expect(childrenNamed(feed, 'link')[0].attributes).toEqual({
      rel: 'self',
      type: 'application/atom+xml',
      href: `http://localhost:3000/elections/${electionId}/feed.atom`,
    });
    expect(textOf(feed, 'updated')).toBe(entries[0].updated);

    // Newest first, each with a tag: id unique in the feed and an RFC 3339 instant.
    const times = entries.map((e) => Date.parse(e.updated));
    expect(times.every((time) => !Number.isNaN(time))).toBe(true);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    for (const e of entries)
      expect(e.id).toMatch(new RegExp(`^tag:localhost,2025:elections/${electionId}/[a-z]+/[\\w-]+$`));
    expect(entries[0]).toMatchObject({
      category: 'ANSWERS_PUBLISHED',
      title: 'Answers published: Questionnaire for judicial candidates',
    });

    const titles = entries.map((e) => e.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        `${TRICKY_NAME} nominated by KE`,
        expect.stringMatching(/ nominated by SN$/),
        expect.stringMatching(/ withdrew$/),
        expect.stringMatching(/^Interview published: .* \(Advisory Committee & Friends \w+\)$/),
      ]),
    );
    const kinds = entries.map((e) => e.category);
    expect(kinds.filter((k) => k === 'NOMINATION')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'WITHDRAWAL')).toHaveLength(1);
    // Only the published interview.
    expect(kinds.filter((k) => k === 'INTERVIEW_PUBLISHED')).toHaveLength(1);
    expect(entries.find((e) => e.category === 'WITHDRAWAL')!.content).toContain('Family <reasons> & health');
    // The flags a judicial election raises on its nominations (lists, gender, regional groups).
    expect(kinds.some((k) => k === 'FLAG_RAISED')).toBe(true);
    // Escaped on the wire, read back intact.
    expect(xml).toContain('Ana &quot;Ní&quot; &lt;Ó&apos;Brien&gt; &amp; Søn');

    // Nothing private: contact addresses, private notes, reasoning, the nominees' answers.
    for (const secret of ['secret-contact@example.org', '@example.org', PRIVATE_NOTE, REASONING, 'Twenty years']) {
      expect(xml).not.toContain(secret);
    }
  });

  it('shows rounds recorded and cleared flags, and nothing of another election', async () => {
    const e = await openElection(t, officer, { type: 'PROSECUTOR', title: 'Election of the Prosecutor', seats: 1 });
    const other = await openElection(t, officer, { type: 'PROSECUTOR', title: 'Another election', seats: 1 });
    await ok(
      await nominateRaw(t, officer, {
        electionId: other.id,
        nominatingState: 'IE',
        person: personInput({ nationality: 'IE', fullName: 'Other Election Person' }),
      }),
    );
    const only = await ok(
      await nominateRaw(t, officer, {
        electionId: e.id,
        nominatingState: 'GH',
        person: personInput({ nationality: 'GH', fullName: 'Kofi Only' }),
      }),
    );
    const closed = await updateElection(t, officer, { id: e.id, version: e.version, status: 'NOMINATIONS_CLOSED' });
    await updateElection(t, officer, { id: e.id, version: closed.version, status: 'VOTING' });
    await gql(`mutation($input: RecordAcclamationInput!) { recordAcclamation(input: $input) { id } }`, {
      electionId: e.id,
    });

    const { entries } = await feedOf(e.id);
    expect(entries[0]).toMatchObject({
      category: 'ROUND_RECORDED',
      title: expect.stringMatching(/^Elected by acclamation on \d{4}-\d{2}-\d{2}$/),
      content: 'Kofi Only elected. (by acclamation)',
      id: `tag:localhost,2025:elections/${e.id}/rounds/1`,
    });
    expect(entries.map((x) => x.category)).toEqual(
      expect.arrayContaining(['NOMINATION', 'FLAG_RAISED', 'FLAG_CLEARED']),
    );
    expect(entries.find((x) => x.category === 'NOMINATION')!.id).toBe(
      `tag:localhost,2025:elections/${e.id}/nominations/${only.nominateCandidate.id}`,
    );
    expect(entries.some((x) => x.title.includes('Other Election Person'))).toBe(false);
  });

  it('bounds the feed to the newest 100 entries', async () => {
    const e = await openElection(t, officer, { title: 'Many nominations' });
    // 101 nominations straight into the table (the API would raise flags too): the feed reads rows.
    await t.dataSource.query(
      `WITH people AS (
         INSERT INTO person (full_name, gender, nationality, version)
         SELECT 'Nominee ' || n, 'FEMALE', 'SN', 1 FROM generate_series(1, 101) n RETURNING id, full_name)
       INSERT INTO candidacy (election_id, person_id, nominating_state_code, status, nominated_on, created_at, version)
       SELECT $1, id, 'SN', 'NOMINATED', current_date,
              now() - make_interval(secs => substring(full_name FROM 9)::int), 1 FROM people`,
      [e.id],
    );
    const { entries } = await feedOf(e.id);
    expect(entries).toHaveLength(100);
    // The newest hundred: the oldest row is the one left out.
    const [{ oldest }] = await t.dataSource.query<{ oldest: Date }[]>(
      'SELECT min(created_at) AS oldest FROM candidacy WHERE election_id = $1',
      [e.id],
    );
    expect(entries.map((x) => Date.parse(x.updated))).not.toContain(oldest.getTime());
    expect(Math.min(...entries.map((x) => Date.parse(x.updated)))).toBeGreaterThan(oldest.getTime());
  });

  it('lets a feed reader poll cheaply: an ETag, and 304 Not Modified while the feed is the same', async () => {
    const e = await openElection(t, officer, { title: 'Polled feed' });
    const first = await get(`/elections/${e.id}/feed.atom`);
    const etag = first.headers.etag as string | undefined;
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await get(`/elections/${e.id}/feed.atom`).set('if-none-match', etag!);
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    await nominate(t, officer, e.id, 'SN', { fullName: 'New Entry Person' });
    const changed = await get(`/elections/${e.id}/feed.atom`).set('if-none-match', etag!);
    expect(changed.status).toBe(200);
    expect(changed.text).toContain('New Entry Person');
  });

  it('answers 404 NOT_FOUND as JSON for an unknown or draft election, 400 BAD_USER_INPUT for a malformed id', async () => {
    const draft = await createElection(t, officer, { title: 'Draft, not public' });
    for (const id of [draft.id, randomUUID()]) {
      const res = await get(`/elections/${id}/feed.atom`);
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toContain('application/json');
      expect((res.body as ErrorBody).errors[0].extensions.code).toBe('NOT_FOUND');
      expect(res.text).not.toContain('Draft, not public');
    }
    const bad = await get('/elections/not-a-uuid/feed.atom');
    expect(bad.status).toBe(400);
    expect((bad.body as ErrorBody).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('the election feed is rate limited in the budget of /graphql', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_PER_MINUTE: '2' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('past the limit: 429 RATE_LIMITED with Retry-After, as JSON', async () => {
    const get = () => request(t.app.getHttpServer()).get(`/elections/${randomUUID()}/feed.atom`);
    expect((await get()).status).toBe(404);
    expect((await get()).status).toBe(404);
    const limited = await get();
    expect(limited.status).toBe(429);
    expect((limited.body as ErrorBody).errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });
});
