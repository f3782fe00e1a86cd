import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ValidationRule } from 'graphql';

export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

/** graphql-armor's refusals all read "Syntax Error: <what> limit of N exceeded". */
const ARMOR_MESSAGE = /^Syntax Error: (Query depth|Query Cost|Aliases|Directives|Token) limit of \d+ exceeded/;
/** graphql-js's own parser limit (Apollo's parseOptions.maxTokens). */
const PARSER_MESSAGE = /^Syntax Error: Document contains more tha[nt] \d+ tokens/; // graphql-js writes "more that"

export const MAX_TOKENS = 4000;

export function isQueryLimitMessage(message: string): boolean {
  return ARMOR_MESSAGE.test(message) || PARSER_MESSAGE.test(message);
}

/** Gives refused queries a 400 (the token limit is hit while parsing, which Apollo answers 500). */
function queryLimitStatusPlugin(): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ response }) {
          const body = response.body;
          if (
            body.kind === 'single' &&
            body.singleResult.errors?.some((e) => e.extensions?.code === QUERY_TOO_COMPLEX)
          ) {
            response.http.status = 400;
          }
          return Promise.resolve();
        },
      });
    },
  };
}

/** Limits on query shape (graphql-armor): over one, the query is refused before it runs. */
export function queryLimits(): {
  plugins: NonNullable<ApolloDriverConfig['plugins']>;
  validationRules: ValidationRule[];
} {
  const armor = new ApolloArmor({
    maxDepth: { n: 12 },
    // Cost grows with depth (factor 1.5 a level): the deepest observer query in the tests costs about 400k.
    costLimit: { maxCost: 1_000_000 },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    // Counted by the parser itself (parseOptions.maxTokens), which answers 400 without parsing further.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  // graphql-armor's types name the CommonJS build of @apollo/server; the plugins are the same objects.
  const plugins = armor.plugins as unknown as NonNullable<ApolloDriverConfig['plugins']>;
  return { plugins: [...plugins, queryLimitStatusPlugin()], validationRules: armor.validationRules };
}
