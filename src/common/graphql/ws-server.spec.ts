import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import type { HttpAdapterHost } from '@nestjs/core';
import type { GraphQLSchemaHost } from '@nestjs/graphql';
import express, { type Request } from 'express';
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import type { AppConfig } from '../../config/app-config.js';
import { ANONYMOUS, LoaderRegistry } from '../request-context.js';
import { RequestLimiter } from '../rate-limit/request-limiter.js';
import { GraphqlWsServer } from './ws-server.js';

async function* events(...values: unknown[]): AsyncGenerator<unknown> {
  for (const value of values) yield await Promise.resolve(value);
}

const registries = new Set<unknown>();
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString } } }),
  subscription: new GraphQLObjectType({
    name: 'Subscription',
    fields: {
      failsToStart: {
        type: GraphQLString,
        subscribe: () => {
          throw Object.assign(new Error('relation "secret_table" does not exist'), { code: '42P01' });
        },
      },
      failsLater: {
        type: GraphQLString,
        subscribe: async function* () {
          yield await Promise.resolve('first');
          throw new Error('secret detail of a broken stream');
        },
        resolve: (value: unknown) => value,
      },
      failsOnEvent: {
        type: GraphQLString,
        subscribe: () => events(1),
        resolve: () => {
          throw new Error('column "secret" does not exist');
        },
      },
      loaders: {
        type: GraphQLString,
        subscribe: () => events(1, 2),
        resolve: (_value: unknown, _args: unknown, context: { loaders: unknown }) => {
          const seen = registries.has(context.loaders);
          registries.add(context.loaders);
          return seen ? 'reused' : 'fresh';
        },
      },
    },
  }),
});

interface Message {
  id?: string;
  type: string;
  payload?: { message: string; extensions?: { code?: string } }[] | { data?: unknown; errors?: unknown[] };
}

/** Sends one subscription over a new socket and collects what comes back until it completes or fails. */
async function run(url: string, query: string): Promise<Message[]> {
  const ws = new WebSocket(url, 'graphql-transport-ws');
  const received: Message[] = [];
  const done = new Promise<void>((resolve) => {
    ws.on('message', (data: WebSocket.RawData) => {
      const message = JSON.parse((data as Buffer).toString('utf8')) as Message;
      received.push(message);
      if (message.type === 'connection_ack')
        ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query } }));
      if (message.type === 'complete' || message.type === 'error') resolve();
    });
    ws.on('close', () => resolve());
  });
  ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init' })));
  await done;
  ws.terminate();
  return received.filter((m) => m.id === '1');
}

describe('GraphqlWsServer', () => {
  let http: Server;
  let server: GraphqlWsServer;
  let url: string;
  const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);

  beforeAll(async () => {
    const app = express();
    http = createServer(app);
    const adapterHost = { httpAdapter: { getHttpServer: () => http, getInstance: () => app } };
    const config = { wsConnectionsPerAddress: 10, wsSubscriptionsPerConnection: 10, rateLimitPerMinute: 1000 };
    server = new GraphqlWsServer(
      adapterHost as unknown as HttpAdapterHost,
      { schema } as GraphQLSchemaHost,
      config as AppConfig,
      {
        path: '/graphql',
        maxTokens: 100,
        validationRules: [],
        context: ({ extra }) => ({
          req: extra.request as Request,
          requestId: 'request-1234',
          clientAddress: 'test',
          actor: ANONYMOUS,
          loaders: new LoaderRegistry(),
        }),
      },
      new RequestLimiter(config.rateLimitPerMinute),
    );
    server.onApplicationBootstrap();
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    url = `ws://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await server.onModuleDestroy();
    await new Promise((resolve) => http.close(resolve));
    logged.mockRestore();
  });
  beforeEach(() => logged.mockClear());

  it.each([
    ['when it starts', 'subscription { failsToStart }', 'secret_table'],
    ['on an event', 'subscription { failsOnEvent }', 'column "secret"'],
    ['when its stream breaks', 'subscription { failsLater }', 'secret detail'],
  ])(
    'answers an internal failure %s as INTERNAL_SERVER_ERROR, logged with the request id',
    async (_l, query, secret) => {
      const messages = await run(url, query);
      const errors = messages.flatMap((m) =>
        m.type === 'error'
          ? (m.payload as unknown[])
          : ((m.payload as { errors?: unknown[] } | undefined)?.errors ?? []),
      );
      expect(errors).toEqual([
        expect.objectContaining({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
      ]);
      expect(JSON.stringify(messages)).not.toContain(secret);
      expect(logged).toHaveBeenCalledWith({
        requestId: 'request-1234',
        msg: expect.stringMatching(/over WebSocket failed: .*secret/) as unknown,
        error: expect.objectContaining({ stack: expect.any(String) as unknown }) as unknown,
      });
    },
  );

  it('gives each event fresh DataLoaders', async () => {
    const messages = await run(url, 'subscription { loaders }');
    expect(messages.filter((m) => m.type === 'next').map((m) => m.payload)).toEqual([
      { data: { loaders: 'fresh' } },
      { data: { loaders: 'fresh' } },
    ]);
  });

  it('answers the token limit as QUERY_TOO_COMPLEX', async () => {
    const messages = await run(url, `subscription { ${'loaders '.repeat(200)} }`);
    expect(messages).toEqual([
      { id: '1', type: 'error', payload: [expect.objectContaining({ extensions: { code: 'QUERY_TOO_COMPLEX' } })] },
    ]);
  });
});
