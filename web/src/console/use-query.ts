import { useCallback, useEffect, useRef, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql.js';
import { useSession } from './session-context.js';

export interface QueryState<R> {
  readonly data: R | null;
  readonly error: unknown;
  readonly loading: boolean;
  /** Fetches again (after a write, or when the server says something changed). */
  readonly reload: () => Promise<void>;
}

/**
 * One query's answer for the screen that shows it, fetched again when its variables change. The
 * server is the source of truth: screens show this answer and reload it after a write, they do not
 * keep their own copies.
 */
export function useQuery<R, V>(document: TypedDocumentString<R, V>, variables: V, skip = false): QueryState<R> {
  const { call } = useSession();
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
      const data = await call(document, JSON.parse(key) as V);
      if (ticket === latest.current) setState({ data, error: null, loading: false });
    } catch (error) {
      if (ticket === latest.current) setState((s) => ({ data: s.data, error, loading: false }));
    }
  }, [call, document, key]);
  useEffect(() => {
    if (!skip) void reload();
  }, [reload, skip]);
  return { ...state, reload };
}
