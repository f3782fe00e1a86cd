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

/** Runs one typed operation against /graphql on this origin. */
export async function request<R, V>(
  document: TypedDocumentString<R, V>,
  variables: V,
  options: RequestOptions = {},
): Promise<R> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: options.signal,
      credentials: 'omit',
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new NetworkError();
  }
  let body: GraphQLBody<R>;
  try {
    body = (await response.json()) as GraphQLBody<R>;
  } catch {
    throw response.status >= 500
      ? new NetworkError(`HTTP ${response.status}`)
      : new ApiError('Unreadable answer', 'BAD_RESPONSE', {});
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
