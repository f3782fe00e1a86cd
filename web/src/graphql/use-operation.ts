import { useCallback, useEffect, useRef, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql.js';

export interface QueryState<R> {
  readonly data: R | null;
  readonly error: unknown;
  readonly loading: boolean;
  /** Fetches again (after a write, or when the server says something changed). */
  readonly reload: () => Promise<void>;
}

/** How an area sends an operation: the console with its session, the public pages anonymously. */
export type Send = <R, V>(document: TypedDocumentString<R, V>, variables: V) => Promise<R>;

/**
 * One query's answer for the screen that shows it, fetched again when its variables change. The
 * server is the source of truth: screens show this answer and reload it after a write, they do not
 * keep their own copies. A failed reload keeps the last answer beside its error.
 */
export function useOperation<R, V>(
  send: Send,
  document: TypedDocumentString<R, V>,
  variables: V,
  skip = false,
): QueryState<R> {
  const [state, setState] = useState<{ data: R | null; error: unknown; loading: boolean }>({
    data: null,
    error: null,
    loading: !skip,
  });
  const key = JSON.stringify(variables);
  const latest = useRef(0);
  const reload = useCallback(async () => {
    const ticket = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    try {
      const data = await send(document, JSON.parse(key) as V);
      if (ticket === latest.current) setState({ data, error: null, loading: false });
    } catch (error) {
      if (ticket === latest.current) setState((s) => ({ data: s.data, error, loading: false }));
    }
  }, [send, document, key]);
  useEffect(() => {
    if (!skip) void reload();
  }, [reload, skip]);
  return { ...state, reload };
}
