import { createClient } from 'graphql-ws';
import { useEffect } from 'react';
import { SlateFlagChangedDocument } from '../operations.js';

/**
 * Calls `onChange` whenever the election's slate flags change (a nomination, a withdrawal, an edit
 * by anyone), over a WebSocket to the same /graphql; the subscription is public, so no token.
 */
export function useSlateFlagChanges(electionId: string, onChange: () => void): void {
  useEffect(() => {
    const url = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`;
    const client = createClient({ url, lazy: true, retryAttempts: 5 });
    const stop = client.subscribe(
      { query: SlateFlagChangedDocument.toString(), variables: { electionId } },
      { next: () => onChange(), error: () => undefined, complete: () => undefined },
    );
    return () => {
      stop();
      void client.dispose();
    };
  }, [electionId, onChange]);
}
