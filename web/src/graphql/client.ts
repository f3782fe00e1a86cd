import type { TypedDocumentString } from '../gql/graphql.js';

/** An error the API answered, with its stable code (and the rule, for RULE_VIOLATION). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly extensions: Readonly<Record<string, unknown>>,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get rule(): string | undefined {
    return typeof this.extensions.rule === 'string' ? this.extensions.rule : undefined;
  }
}

/** The server could not be reached (offline, dropped connection, proxy error page). */
export class NetworkError extends Error {
  constructor(message = 'The server could not be reached') {
    super(message);
    this.name = 'NetworkError';
  }
}

export interface RequestOptions {
  /** Bearer token of a staff or nominee session. */
  readonly token?: string | null;
  readonly signal?: AbortSignal;
}

interface GraphQLBody<R> {
  data?: R | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

type Payload = {
  readonly query?: string;
  readonly variables: unknown;
  readonly extensions?: { readonly persistedQuery: { readonly version: 1; readonly sha256Hash: string } };
};

/**
 * Each document's SHA-256 (hex), for automatic persisted queries: the server is sent the hash, and
 * the text only when it asks for it. Null where the browser has no Web Crypto (a page not served over
 * HTTPS): the text is sent.
 */
const hashes = new Map<string, Promise<string | null>>();

function hashOf(query: string): Promise<string | null> {
  let hash = hashes.get(query);
  if (!hash) {
    const subtle = globalThis.crypto?.subtle as SubtleCrypto | undefined;
    hash = subtle
      ? subtle.digest('SHA-256', new TextEncoder().encode(query)).then(
          (digest) => [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join(''),
          () => null,
        )
      : Promise.resolve(null);
    hashes.set(query, hash);
  }
  return hash;
}

async function post<R>(payload: Payload, options: RequestOptions): Promise<GraphQLBody<R>> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: JSON.stringify(payload),
      signal: options.signal,
      credentials: 'omit',
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new NetworkError();
  }
  try {
    return (await response.json()) as GraphQLBody<R>;
  } catch {
    throw response.status >= 500
      ? new NetworkError(`HTTP ${response.status}`)
      : new ApiError('Unreadable answer', 'BAD_RESPONSE', {});
  }
}

const codeOf = (body: GraphQLBody<unknown>): unknown => body.errors?.[0]?.extensions?.code;

/** A document whose operation is a mutation (the generated documents start each definition on a line). */
const MUTATION = /^\s*mutation\b/m;

/**
 * Runs one typed operation against /graphql on this origin. A query goes by its hash (an automatic
 * persisted query), with its text when the server does not know the hash yet. A mutation always
 * carries its text: it is never cached, and a save sent as the page closes gets one request, not two.
 */
export async function request<R, V>(
  document: TypedDocumentString<R, V>,
  variables: V,
  options: RequestOptions = {},
): Promise<R> {
  const query = document.toString();
  const hash = MUTATION.test(query) ? null : await hashOf(query);
  let body: GraphQLBody<R>;
  if (hash) {
    const extensions = { persistedQuery: { version: 1, sha256Hash: hash } } as const;
    body = await post<R>({ variables, extensions }, options);
    const code = codeOf(body);
    if (code === 'PERSISTED_QUERY_NOT_FOUND') body = await post<R>({ query, variables, extensions }, options);
    else if (code === 'PERSISTED_QUERY_NOT_SUPPORTED') body = await post<R>({ query, variables }, options);
  } else {
    body = await post<R>({ query, variables }, options);
  }
  const first = body.errors?.[0];
  if (first) {
    const extensions = first.extensions ?? {};
    const code = typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR';
    throw new ApiError(first.message, code, extensions);
  }
  if (!body.data) throw new ApiError('Empty answer', 'BAD_RESPONSE', {});
  return body.data;
}
