import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Inject, Logger, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock.js';
import type { RequestContext } from '../../common/request-context.js';
import { shapedRead } from '../../database/prepared-read.js';
import { compileRead, finishData } from './compile.js';
import { PUBLIC_FIELDS } from './public-fields.js';

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

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** For the benchmark and the test that holds both paths to one answer. */
  setEnabled(on: boolean): void {
    this.enabled = on;
  }

  requestDidStart(): Promise<GraphQLRequestListener<RequestContext>> {
    return Promise.resolve({
      responseForOperation: async ({ schema, document, operation, request, contextValue }) => {
        if (!this.enabled || contextValue.req.headers.authorization !== undefined) return null;
        const compiled = compileRead(schema, document, operation, request.variables, PUBLIC_FIELDS, this.clock.now());
        if (!compiled) return null;
        let data: Record<string, unknown>;
        try {
          const rows = await shapedRead<{ data: Record<string, unknown> }>(
            this.dataSource,
            compiled.sql,
            compiled.params,
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
