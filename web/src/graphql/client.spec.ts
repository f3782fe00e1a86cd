import { createHash } from 'node:crypto';
import type { TypedDocumentString } from '../gql/graphql.js';
import { ApiError, request } from './client.js';

type Sent = { query?: string; variables?: unknown; extensions?: { persistedQuery: { sha256Hash: string } } };

/** A server on fetch: knows the hashes registered with their text, answers `data` for each call. */
function fakeServer(options: { supportsPersisted?: boolean } = {}) {
  const known = new Map<string, string>();
  const sent: Sent[] = [];
  const json = (body: unknown) =>
    new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  globalThis.fetch = ((_url: string, init: { body: string }) => {
    const body = JSON.parse(init.body) as Sent;
    sent.push(body);
    const hash = body.extensions?.persistedQuery.sha256Hash;
    if (hash && options.supportsPersisted === false) {
      return Promise.resolve(
        json({ errors: [{ message: 'no', extensions: { code: 'PERSISTED_QUERY_NOT_SUPPORTED' } }] }),
      );
    }
    if (hash && body.query) known.set(hash, body.query);
    const query = body.query ?? (hash ? known.get(hash) : undefined);
    if (!query) {
      return Promise.resolve(
        json({ errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] }),
      );
    }
    return Promise.resolve(json({ data: { echo: query } }));
  }) as typeof fetch;
  return sent;
}

const doc = (text: string) => ({ toString: () => text }) as unknown as TypedDocumentString<{ echo: string }, object>;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('the web client’s requests', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('send a document by its hash, and its text only the first time the server asks for it', async () => {
    const sent = fakeServer();
    const text = 'query One { elections { totalCount } }';
    expect(await request(doc(text), { a: 1 })).toEqual({ echo: text });
    expect(await request(doc(text), { a: 2 })).toEqual({ echo: text });
    expect(sent).toEqual([
      { variables: { a: 1 }, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(text) } } },
      { query: text, variables: { a: 1 }, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(text) } } },
      { variables: { a: 2 }, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(text) } } },
    ]);
  });

  it('still report the API’s own errors with their code', async () => {
    globalThis.fetch = () =>
      Promise.resolve(
        new Response(JSON.stringify({ errors: [{ message: 'No such election', extensions: { code: 'NOT_FOUND' } }] })),
      );
    await expect(request(doc('query Three { x }'), {})).rejects.toEqual(
      new ApiError('No such election', 'NOT_FOUND', { code: 'NOT_FOUND' }),
    );
  });

  it('send the text after a server says it takes no persisted queries', async () => {
    const sent = fakeServer({ supportsPersisted: false });
    const text = 'query Two { elections { totalCount } }';
    expect(await request(doc(text), {})).toEqual({ echo: text });
    expect(sent.map((s) => Object.keys(s).sort().join())).toEqual(['extensions,variables', 'query,variables']);
  });

  it('send a mutation with its text, in one request', async () => {
    const sent = fakeServer();
    const text = `
    mutation Save($input: SaveAnswersInput!) {
  saveAnswers(input: $input) { version }
}`;
    expect(await request(doc(text), { input: {} })).toEqual({ echo: text });
    expect(await request(doc(text), { input: {} })).toEqual({ echo: text });
    expect(sent).toEqual([
      { query: text, variables: { input: {} } },
      { query: text, variables: { input: {} } },
    ]);
  });
});
