import { Logger, type OnApplicationBootstrap, type OnModuleDestroy, type Provider } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { Express, Request } from 'express';
import {
  GraphQLError,
  type ExecutionArgs,
  type ExecutionResult,
  type FormattedExecutionResult,
  type GraphQLFormattedError,
} from 'graphql';
import type { Context, Disposable, SubscribePayload } from 'graphql-ws';
import { useServer, type Extra } from 'graphql-ws/use/ws';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { ErrorCode } from '../errors.js';
import { aboutRequest } from '../observability/request-id.js';
import { LoaderRegistry, type RequestContext } from '../request-context.js';
import { formatError, isClientError } from './format-error.js';
import { RequestLimiter } from '../rate-limit/request-limiter.js';
import { unstorableTextError } from './text-input.plugin.js';
import { ConnectionLimiter } from './ws-limits.js';
import { checkSubscription, codeVariableErrors, subscribeFresh, type DocumentLimits } from './ws-operation.js';

/** What the context builder gets for a subscription: the upgrade request and the client's connection params. */
export interface WsContextArgs {
  readonly connectionParams?: Readonly<Record<string, unknown>>;
  readonly extra: { readonly request: IncomingMessage };
}

export interface GraphqlWsOptions extends DocumentLimits {
  readonly path: string;
  /** The same request context as HTTP's (request id, client address, bearer token from the connection params). */
  readonly context: (args: WsContextArgs) => RequestContext;
}

/** As the HTTP body limit: a subscribe message is a small document and its variables. */
const MAX_MESSAGE_BYTES = 1024 * 1024;
// RFC 6455 "Try Again Later": graphql-ws clients retry it with back-off instead of giving up.
const TRY_AGAIN_LATER = 1013;

interface Connection {
  readonly address: string;
  readonly request: Request;
  /** Each running subscription's request id and name, to log its internal errors as HTTP does. */
  readonly operations: Map<string, { readonly requestId: string; readonly name: string }>;
}

type WsContext = Context<Record<string, unknown>, Extra>;

function rateLimited(message: string, limit: string, retryAfter?: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.RATE_LIMITED, limit, ...(retryAfter === undefined ? {} : { retryAfter }) },
  });
}

/**
 * The WebSocket way into execution (graphql-ws on the GraphQL path), held to what HTTP applies: the
 * parser's token limit, the same validation rules, the per-address request rate, `formatError`, and
 * logging of internal errors with the request id. Only subscriptions run here; each address holds a
 * bounded number of sockets, each socket a bounded number of subscriptions, and each message is at
 * most 1 MiB. Wired here rather than through Nest's `subscriptions` option, which cannot count
 * sockets before graphql-ws's handshake nor bound the message size.
 */
export class GraphqlWsServer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('GraphQL');
  private readonly sockets: ConnectionLimiter;
  private readonly connections = new WeakMap<WebSocket, Connection>();
  private wss: WebSocketServer | null = null;
  private server: Disposable | null = null;
  private httpServer: Server | null = null;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly schemaHost: GraphQLSchemaHost,
    private readonly config: AppConfig,
    private readonly options: GraphqlWsOptions,
    // HTTP's own budget: each upgrade and each subscribe counts as a request.
    private readonly requests: RequestLimiter,
  ) {
    this.sockets = new ConnectionLimiter(config.wsConnectionsPerAddress);
  }

  onApplicationBootstrap(): void {
    const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
    this.server = useServer<Record<string, unknown>>(
      {
        schema: this.schemaHost.schema,
        onSubscribe: (ctx, id, payload) => this.prepare(ctx, id, payload),
        subscribe: (args) =>
          subscribeFresh(args, (context) => ({ ...(context as RequestContext), loaders: new LoaderRegistry() })),
        onNext: (ctx, id, _payload, _args, result) => this.formatResult(ctx, id, result),
        onError: (ctx, id, _payload, errors) => this.formatErrors(ctx, id, errors),
        onComplete: (ctx, id) => {
          this.connections.get(ctx.extra.socket)?.operations.delete(id);
        },
      },
      wss,
    );
    this.wss = wss;
    this.httpServer = this.adapterHost.httpAdapter.getHttpServer() as Server;
    this.httpServer.on('upgrade', this.upgrade);
  }

  async onModuleDestroy(): Promise<void> {
    this.httpServer?.off('upgrade', this.upgrade);
    const clients = [...(this.wss?.clients ?? [])];
    await this.server?.dispose();
    // A client that does not answer the closing handshake must not hold the shutdown for 30 s.
    for (const client of clients) client.terminate();
  }

  private readonly upgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const wss = this.wss;
    if (!wss || (req.url ?? '').split('?')[0] !== this.options.path) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    // What express does to every HTTP request, so that `req.ip` follows the same `trust proxy` setting.
    const express = this.adapterHost.httpAdapter.getInstance<Express>();
    const request = Object.setPrototypeOf(req, express.request) as Request;
    const address = request.ip ?? req.socket.remoteAddress ?? 'unknown';
    wss.handleUpgrade(req, socket, head, (ws) => {
      // Refused after the handshake, with a close code and reason a browser can read (a failed
      // handshake shows it nothing).
      if (!this.requests.hit(address, Date.now())) {
        ws.close(TRY_AGAIN_LATER, 'Too many requests from this address: wait a minute');
        return;
      }
      if (!this.sockets.acquire(address)) {
        ws.close(TRY_AGAIN_LATER, 'Too many open connections from this address');
        return;
      }
      ws.once('close', () => this.sockets.release(address));
      this.connections.set(ws, { address, request, operations: new Map() });
      wss.emit('connection', ws, request);
    });
  };

  private prepare(ctx: WsContext, id: string, payload: SubscribePayload): ExecutionArgs | GraphQLError[] {
    const connection = this.connections.get(ctx.extra.socket);
    if (!connection) return [new GraphQLError('Unknown connection')];
    try {
      // graphql-ws has already entered this id in ctx.subscriptions.
      if (Object.keys(ctx.subscriptions).length > this.config.wsSubscriptionsPerConnection) {
        return [
          rateLimited(
            `At most ${this.config.wsSubscriptionsPerConnection} subscriptions per connection: complete one first`,
            'SUBSCRIPTIONS_PER_CONNECTION',
          ),
        ];
      }
      const at = Date.now();
      if (!this.requests.hit(connection.address, at)) {
        return [
          rateLimited(
            'Too many requests from this address: wait a minute',
            'REQUESTS_PER_MINUTE',
            this.requests.retryAfterSeconds(connection.address, at),
          ),
        ];
      }
      const schema = this.schemaHost.schema;
      const checked = checkSubscription(schema, payload.query, payload.operationName, this.options);
      if ('errors' in checked) return checked.errors;
      // The same check of text the HTTP path makes once per request (textInputPlugin).
      const refusal = unstorableTextError(checked.document, payload.variables ?? undefined);
      if (refusal) return [refusal];
      const contextValue = this.options.context({
        connectionParams: ctx.connectionParams,
        extra: { request: connection.request },
      });
      connection.operations.set(id, {
        requestId: contextValue.requestId,
        name: payload.operationName ?? 'anonymous operation',
      });
      return {
        schema,
        document: checked.document,
        operationName: payload.operationName,
        variableValues: payload.variables,
        contextValue,
      };
    } catch (error) {
      // Never graphql-ws's own handling, which closes the socket with the error's message as reason.
      return [new GraphQLError('Could not start the subscription', { originalError: error as Error })];
    }
  }

  private formatResult(ctx: WsContext, id: string, result: ExecutionResult): FormattedExecutionResult | undefined {
    if (!result.errors?.length) return undefined;
    return { ...result, errors: this.formatErrors(ctx, id, result.errors) };
  }

  /** The HTTP path's error shaping (formatError) and logging (errorLoggingPlugin), for socket errors. */
  private formatErrors(ctx: WsContext, id: string, errors: readonly GraphQLError[]): GraphQLFormattedError[] {
    const operation = this.connections.get(ctx.extra.socket)?.operations.get(id);
    return errors.map((given) => {
      const error = codeVariableErrors(given);
      // graphql-ws wraps what a subscription's stream throws in an error without code or path,
      // which formatError needs to see through to the original error.
      const coded = typeof error.extensions.code === 'string';
      const original = !coded && error.path === undefined && error.originalError ? error.originalError : error;
      if (!isClientError(original)) {
        this.logger.error(
          aboutRequest(
            operation?.requestId,
            `${operation?.name ?? 'a subscription'} over WebSocket failed: ${original.message}`,
            original,
          ),
        );
      }
      return formatError(error.toJSON(), original);
    });
  }
}

/** The server as a provider, with the document limits and context the HTTP path uses. */
export function graphqlWsProvider(options: GraphqlWsOptions): Provider {
  return {
    provide: GraphqlWsServer,
    useFactory: (
      adapterHost: HttpAdapterHost,
      schemaHost: GraphQLSchemaHost,
      config: AppConfig,
      requests: RequestLimiter,
    ) => new GraphqlWsServer(adapterHost, schemaHost, config, options, requests),
    inject: [HttpAdapterHost, GraphQLSchemaHost, APP_CONFIG, RequestLimiter],
  };
}
