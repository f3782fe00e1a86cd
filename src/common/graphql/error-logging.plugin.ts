import type { ApolloServerPlugin } from '@apollo/server';
import { Logger } from '@nestjs/common';
import type { RequestContext } from '../request-context.js';
import { aboutRequest } from '../observability/request-id.js';
import { isClientError } from './format-error.js';

/** Logs every error the client will only see as INTERNAL_SERVER_ERROR, with the request id. */
export function errorLoggingPlugin(): ApolloServerPlugin<RequestContext> {
  const logger = new Logger('GraphQL');
  return {
    requestDidStart() {
      return Promise.resolve({
        didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            if (isClientError(error)) continue;
            const original = error.originalError ?? error;
            logger.error(
              aboutRequest(
                contextValue.requestId,
                `${operationName ?? 'an anonymous operation'} failed: ${original.message}`,
                original,
              ),
            );
          }
          return Promise.resolve();
        },
      });
    },
  };
}
