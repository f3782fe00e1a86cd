import type { IncomingMessage } from 'node:http';

/** What the GraphQL layer learns about a request, for its log line and its metrics. */
export interface RequestFacts {
  /** `query elections`, `mutation login`: the operation type and its first root field (from the schema). */
  operation?: string;
  /** The operation's own name, as the client chose it (logs only: unbounded, never a metric label). */
  operationName?: string;
  /** anonymous, staff or nominee. */
  caller?: string;
  /** The `extensions.code` of each error answered, in order. */
  errorCodes?: string[];
}

const facts = new WeakMap<IncomingMessage, RequestFacts>();

export function factsOf(req: IncomingMessage): RequestFacts {
  let found = facts.get(req);
  if (!found) {
    found = {};
    facts.set(req, found);
  }
  return found;
}

export function knownFactsOf(req: IncomingMessage): RequestFacts | undefined {
  return facts.get(req);
}
