import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Inject, Logger, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { LruBySize } from '../../common/graphql/response-cache.lru.js';
import type { RequestContext } from '../../common/request-context.js';
import { shapedRead } from '../../database/prepared-read.js';
import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { compileRead, finishData, paramsAt, type CompiledRead } from './compile.js';
import { PUBLIC_FIELDS } from './public-fields.js';

/** Memory the compiled plans may take (their statements' text, mostly). */
const PLANS_MAX_BYTES = 8 * 2 ** 20;

/** Set on an answer built by one compiled statement: for operators and tests. */
export const COMPILED_READ_HEADER = 'x-compiled-read';

/**
 * Anonymous queries answered by one SQL statement that builds the whole `data` (compile.ts, with
 * the public fields of public-fields.ts), before the resolvers would run. Anything not compiled,
 * any caller with an Authorization header (staff, nominees: their reads go through the resolvers
 * and their access rules), mutations and subscriptions run as before. A statement that fails is
 * logged and the resolvers answer instead.
 */
@Plugin()
export class CompiledReads implements ApolloServerPlugin<RequestContext> {
  private readonly logger = new Logger(CompiledReads.name);
  private enabled = true;
  private readonly plans = new LruBySize<{ plan: CompiledRead | null }>(PLANS_MAX_BYTES);
  private readonly documentIds = new WeakMap<DocumentNode, number>();
  private documents = 0;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /**
   * The plan of an operation with these variables, compiled once (a decline too) and used again
   * with the instant of each read. A document is known by the object Apollo keeps parsed for its
   * text; the plans take at most PLANS_MAX_BYTES, the least recently used out first.
   */
  private plan(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Readonly<Record<string, unknown>> | undefined,
    now: Date,
  ): CompiledRead | null {
    let documentId = this.documentIds.get(document);
    if (documentId === undefined) this.documentIds.set(document, (documentId = this.documents += 1));
    const key = `${documentId}\u0000${operation.name?.value ?? ''}\u0000${JSON.stringify(variables ?? {})}`;
    const kept = this.plans.get(key);
    if (kept !== undefined) return kept.plan;
    const plan = compileRead(schema, document, operation, variables, PUBLIC_FIELDS, now);
    this.plans.set(key, { plan }, 2 * (key.length + (plan?.sql.length ?? 0)) + 64);
    return plan;
  }

  /** For the benchmark and the test that holds both paths to one answer. */
  setEnabled(on: boolean): void {
    this.enabled = on;
  }

  requestDidStart(): Promise<GraphQLRequestListener<RequestContext>> {
    return Promise.resolve({
      responseForOperation: async ({ schema, document, operation, request, contextValue }) => {
        if (!this.enabled || contextValue.req.headers.authorization !== undefined) return null;
        const now = this.clock.now();
        const compiled = this.plan(schema, document, operation, request.variables, now);
        if (!compiled) return null;
        let data: Record<string, unknown>;
        try {
          const rows = await shapedRead<{ data: Record<string, unknown> }>(
            this.dataSource,
            compiled.sql,
            paramsAt(compiled, now),
          );
          data = (await finishData(rows[0].data, compiled.finish, (sql, params) =>
            shapedRead(this.dataSource, sql, params),
          )) as Record<string, unknown>;
        } catch (error) {
          this.logger.warn(`compiled read failed, the resolvers answer: ${String(error)}`);
          return null;
        }
        return {
          http: { status: undefined, headers: new HeaderMap([[COMPILED_READ_HEADER, '1']]) },
          body: { kind: 'single', singleResult: { data } },
        };
      },
    });
  }
}

@Module({ providers: [CompiledReads], exports: [CompiledReads] })
export class PublicReadsModule {}
