import type { ReactNode } from 'react';
import type { ConsoleElectionFragment } from '../../gql/graphql.js';
import { ElectionForEditDocument } from '../operations.js';
import { LoadFailed, Loading, NOT_FOUND } from '../page-bits.js';
import { useQuery } from '../use-query.js';

/** Loads one election for a form, showing loading and failure; `reload` reads its newest version. */
export function WithElection({
  id,
  children,
}: {
  id: string;
  children: (election: ConsoleElectionFragment, reload: () => void) => ReactNode;
}) {
  const loaded = useQuery(ElectionForEditDocument, { id });
  if (loaded.error && !loaded.data) return <LoadFailed error={loaded.error} onRetry={() => void loaded.reload()} />;
  if (!loaded.data) return <Loading />;
  if (!loaded.data.election) return <LoadFailed error={NOT_FOUND} />;
  return <>{children(loaded.data.election, () => void loaded.reload())}</>;
}
