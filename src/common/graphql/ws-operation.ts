import {
  createSourceEventStream,
  execute,
  getOperationAST,
  GraphQLError,
  Kind,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { ErrorCode } from '../errors.js';

/** What the HTTP path applies to a document before it runs: the parser's token limit and the validation rules. */
export interface DocumentLimits {
  readonly maxTokens: number;
  /** Added to graphql-js's specifiedRules, as Apollo does (graphql-armor's depth, cost, aliases, directives). */
  readonly validationRules: readonly ValidationRule[];
}

/** A client's own mistake, with the code Apollo gives the same mistake over HTTP. */
export function withCode(error: GraphQLError, code: string, message = error.message): GraphQLError {
  return new GraphQLError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code },
  });
}

// graphql-armor's blockFieldSuggestion plugin does this for Apollo: no schema hints for guessers.
const hideSuggestions = (error: GraphQLError): GraphQLError => {
  const message = error.message.replace(/Did you mean ".+"/g, '[Suggestion hidden]');
  return message === error.message ? error : withCode(error, String(error.extensions.code), message);
};

/**
 * Parses and validates a subscribe message's document exactly as the HTTP path does (token limit,
 * specifiedRules and graphql-armor's rules), then refuses anything but a subscription: queries and
 * mutations go over HTTP, where the rate limits, sign-in counting and status codes live.
 */
export function checkSubscription(
  schema: GraphQLSchema,
  query: string,
  operationName: string | null | undefined,
  limits: DocumentLimits,
): { document: DocumentNode } | { errors: GraphQLError[] } {
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: limits.maxTokens });
  } catch (error) {
    if (error instanceof GraphQLError) return { errors: [withCode(error, 'GRAPHQL_PARSE_FAILED')] };
    throw error;
  }
  const invalid = validate(schema, document, [...specifiedRules, ...limits.validationRules]);
  if (invalid.length > 0) {
    return { errors: invalid.map((e) => hideSuggestions(withCode(e, 'GRAPHQL_VALIDATION_FAILED'))) };
  }
  const operation = getOperationAST(document, operationName);
  if (!operation) {
    const message = operationName
      ? `No operation named "${operationName}" in the document`
      : 'The document holds several operations: name the one to run in operationName';
    return { errors: [new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } })] };
  }
  if (operation.operation !== OperationTypeNode.SUBSCRIPTION) {
    return {
      errors: [
        new GraphQLError(
          `Only subscriptions are served over the WebSocket: send this ${operation.operation} to POST /graphql`,
          { nodes: [operation], extensions: { code: 'BAD_REQUEST', reason: 'SUBSCRIPTIONS_ONLY' } },
        ),
      ],
    };
  }
  return { document };
}

/**
 * graphql-js reports a variable it cannot coerce (missing, or refused by its scalar) on the
 * variable's definition, without a code; Apollo calls it BAD_USER_INPUT.
 */
export function codeVariableErrors(error: GraphQLError): GraphQLError {
  const onVariable = error.nodes?.length === 1 && error.nodes[0]?.kind === Kind.VARIABLE_DEFINITION;
  return onVariable && error.extensions.code === undefined ? withCode(error, ErrorCode.BAD_USER_INPUT) : error;
}

/**
 * graphql-js's `subscribe`, except that each event runs with a context made by `perEvent`: a
 * subscription lives for hours, and its DataLoaders must not serve the first event's rows to the
 * hundredth. `return()` reaches the source at once (an async generator would wait for its next event).
 */
export async function subscribeFresh(
  args: ExecutionArgs,
  perEvent: (context: unknown) => unknown,
): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in stream)) return stream;
  const source = stream[Symbol.asyncIterator]();
  const close = async (): Promise<void> => {
    await source.return?.();
  };
  const mapped: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      const event = await source.next();
      if (event.done) return { value: undefined, done: true };
      try {
        const value = await execute({ ...args, rootValue: event.value, contextValue: perEvent(args.contextValue) });
        return { value, done: false };
      } catch (error) {
        await close().catch(() => undefined);
        throw error;
      }
    },
    async return() {
      await close();
      return { value: undefined, done: true };
    },
    async throw(error?: unknown) {
      await close();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return mapped;
}
