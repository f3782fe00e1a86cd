import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Inject, Logger, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { JsonText } from '../../common/graphql/json-text.js';
import { LruBySize } from '../../common/graphql/response-cache.lru.js';
import { aboutRequest } from '../../common/observability/request-id.js';
import type { RequestContext } from '../../common/request-context.js';
import { shapedRead } from '../../database/prepared-read.js';
import { OperationTypeNode, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { compileRead, finishData, paramsAt, type CompiledRead } from './compile.js';
import { PUBLIC_FIELDS } from './public-fields.js';

/** The longest statement compiled; a longer one is left to the resolvers. */
export const MAX_STATEMENT_LENGTH = 64 * 1024;

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
    requestId: string,
  ): { key: string; plan: CompiledRead | null } {
    let documentId = this.documentIds.get(document);
    if (documentId === undefined) this.documentIds.set(document, (documentId = this.documents += 1));
    // Only the variables the operation declares: others change nothing, and are not kept.
    const declared = (operation.variableDefinitions ?? []).map((d) => {
      const name = d.variable.name.value;
      return [name, variables?.[name]];
    });
    const key = `${documentId}\u0000${operation.name?.value ?? ''}\u0000${JSON.stringify(declared)}`;
    const kept = this.plans.get(key);
    if (kept !== undefined) return { key, plan: kept.plan };
    let plan: CompiledRead | null;
    try {
      plan = compileRead(schema, document, operation, variables, PUBLIC_FIELDS, now);
    } catch (error) {
      this.logger.warn(aboutRequest(requestId, 'compiling a read failed, the resolvers answer', error));
      plan = null;
    }
    // A statement this long is a request built to be costly: the resolvers answer it, in their limits.
    if (plan && plan.sql.length > MAX_STATEMENT_LENGTH) plan = null;
    this.keep(key, plan);
    return { key, plan };
  }

  private keep(key: string, plan: CompiledRead | null): void {
    this.plans.set(key, { plan }, 2 * (key.length + (plan?.sql.length ?? 0)) + 64);
  }

  /** How many plans are kept: for tests. */
  get planCount(): number {
    return this.plans.size;
  }

  /** For the benchmark and the test that holds both paths to one answer. */
  setEnabled(on: boolean): void {
    this.enabled = on;
  }

  requestDidStart(): Promise<GraphQLRequestListener<RequestContext>> {
    return Promise.resolve({
      responseForOperation: async ({ schema, document, operation, request, contextValue }) => {
        if (
          !this.enabled ||
          operation.operation !== OperationTypeNode.QUERY ||
          contextValue.req.headers.authorization !== undefined
        ) {
          return null;
        }
        const now = this.clock.now();
        const { key, plan: compiled } = this.plan(
          schema,
          document,
          operation,
          request.variables,
          now,
          contextValue.requestId,
        );
        if (!compiled) return null;
        let data: Record<string, unknown> | JsonText;
        try {
          const rows = await shapedRead<{ data: string }>(this.dataSource, compiled.sql, paramsAt(compiled, now));
          const run = (sql: string, params: readonly unknown[]) =>
            shapedRead<Record<string, unknown>>(this.dataSource, sql, params);
          // Nothing to finish: the statement's JSON text is the answer's data, as it is.
          data = compiled.finish.length
            ? ((await finishData(JSON.parse(rows[0].data), compiled.finish, run, now)) as Record<string, unknown>)
            : new JsonText(rows[0].data);
        } catch (error) {
          // Once: the plan is dropped for a decline, so a read that fails does not cost twice again.
          this.logger.warn(
            aboutRequest(contextValue.requestId, 'a compiled read failed, the resolvers answer it from now on', error),
          );
          this.keep(key, null);
          return null;
        }
        return {
          http: { status: undefined, headers: new HeaderMap([[COMPILED_READ_HEADER, '1']]) },
          // stringifyResult (json-text.ts) writes a JsonText's text as it is.
          body: { kind: 'single', singleResult: { data: data as Record<string, unknown> } },
        };
      },
    });
  }
}

@Module({ providers: [CompiledReads], exports: [CompiledReads] })
export class PublicReadsModule {}
