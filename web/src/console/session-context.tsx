import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { request } from '../graphql/client.js';
import type { TypedDocumentString } from '../gql/graphql.js';
import { isUnauthenticated } from './errors.js';
import type { Session } from './session.js';

export interface ConsoleSession {
  readonly session: Session;
  /** Whether the access table lets this role call an operation (`Mutation.createElection`). */
  readonly can: (operation: string) => boolean;
  /** Runs an operation as the signed-in member; a refused token ends the session. A signal cancels it. */
  readonly call: <R, V>(
    document: TypedDocumentString<R, V>,
    variables: V,
    options?: { readonly signal?: AbortSignal },
  ) => Promise<R>;
}

const Context = createContext<ConsoleSession | null>(null);

export function SessionProvider({
  session,
  onSessionEnded,
  children,
}: {
  session: Session;
  onSessionEnded: () => void;
  children: ReactNode;
}) {
  const call = useCallback(
    async <R, V>(
      document: TypedDocumentString<R, V>,
      variables: V,
      options: { readonly signal?: AbortSignal } = {},
    ): Promise<R> => {
      try {
        return await request(document, variables, { token: session.token, signal: options.signal });
      } catch (error) {
        // Expired, or the account was disabled: every token of it stops working at once.
        if (isUnauthenticated(error)) onSessionEnded();
        throw error;
      }
    },
    [session.token, onSessionEnded],
  );
  const value = useMemo<ConsoleSession>(() => {
    const allowed = new Set(session.user.allowedOperations);
    return { session, can: (operation) => allowed.has(operation), call };
  }, [session, call]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useSession(): ConsoleSession {
  const value = useContext(Context);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
