import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { RequestContext } from '../request-context.js';
import { factsOf } from './request-facts.js';

/** The operation's type and first root field: bounded by the schema, so fit for a metric label. */
export function operationLabel(operation: OperationDefinitionNode): string {
  const first = operation.selectionSet.selections[0];
  const field = first?.kind === Kind.FIELD ? first.name.value : 'fragment';
  const more = operation.selectionSet.selections.length > 1 ? '+' : '';
  return `${operation.operation} ${field}${more}`;
}

const SAFE_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

/**
 * Tells the access log and the metrics what a GraphQL request was: its operation, the kind of
 * caller and the error codes answered. Never the variables, the token or the answer.
 */
export function graphqlObserverPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ contextValue, operation, operationName }) {
          const facts = factsOf(contextValue.req);
          if (operation) facts.operation = operationLabel(operation);
          if (operationName && SAFE_NAME.test(operationName)) facts.operationName = operationName;
          return Promise.resolve();
        },
        willSendResponse({ contextValue, response }) {
          const facts = factsOf(contextValue.req);
          facts.caller = contextValue.actor.kind;
          if (response.body.kind === 'single' && response.body.singleResult.errors?.length) {
            facts.errorCodes = response.body.singleResult.errors.map((e) =>
              typeof e.extensions?.code === 'string' ? e.extensions.code : 'UNKNOWN',
            );
          }
          return Promise.resolve();
        },
      });
    },
  };
}
