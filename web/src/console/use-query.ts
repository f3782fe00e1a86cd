import type { TypedDocumentString } from '../gql/graphql.js';
import { useOperation, type QueryState } from '../graphql/use-operation.js';
import { useSession } from './session-context.js';

export type { QueryState } from '../graphql/use-operation.js';

/** One query of a console screen, sent with the signed-in session (see useOperation). */
export function useQuery<R, V>(document: TypedDocumentString<R, V>, variables: V, skip = false): QueryState<R> {
  return useOperation(useSession().call, document, variables, skip);
}
