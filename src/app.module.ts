import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Global, Module, type Provider } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request } from 'express';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { Clock } from './common/clock.js';
import { MAX_TOKENS, queryLimits } from './common/graphql/query-limits.js';
import { rateLimitPlugin } from './common/graphql/rate-limit.plugin.js';
import { ResponseCache, responseCachePlugin } from './common/graphql/response-cache.js';
import { RequestLimiter, RequestLimiterModule } from './common/rate-limit/request-limiter.js';
import { NotificationsModule } from './common/notifications/notifications.module.js';
import { errorLoggingPlugin } from './common/graphql/error-logging.plugin.js';
import { graphqlObserverPlugin } from './common/observability/graphql-observer.plugin.js';
import { ObservabilityModule } from './common/observability/observability.module.js';
import { requestIdOf } from './common/observability/request-id.js';
import { HealthModule } from './health/health.module.js';
import { formatError } from './common/graphql/format-error.js';
import { stringifyResult } from './common/graphql/json-text.js';
import { PassThroughFilter } from './common/graphql/pass-through.filter.js';
import { PublicReadsModule } from './modules/public-reads/compiled-reads.js';
import { textInputPlugin } from './common/graphql/text-input.plugin.js';
import { noStorePlugins } from './common/graphql/no-store.plugin.js';
import { createValidationPipe } from './common/graphql/validation.pipe.js';
import { graphqlWsProvider, type WsContextArgs } from './common/graphql/ws-server.js';
import { ANONYMOUS, LoaderRegistry, type RequestContext } from './common/request-context.js';
import { DateTimeScalar } from './common/scalars/date-time.scalar.js';
import { LocalDateScalar } from './common/scalars/local-date.scalar.js';
import { DatabaseModule } from './database/database.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { BallotsModule } from './modules/ballots/ballots.module.js';
import { CandidaciesModule } from './modules/candidacies/candidacies.module.js';
import { ElectionsModule } from './modules/elections/elections.module.js';
import { ErrorCodesModule } from './modules/error-codes/error-codes.module.js';
import { FeedsModule } from './modules/feeds/feeds.module.js';
import { MailModule } from './modules/mail/mail.module.js';
import { QuestionnairesModule } from './modules/questionnaires/questionnaires.module.js';
import { SlateFlagsModule } from './modules/slate-flags/slate-flags.module.js';
import { InterviewsModule } from './modules/interviews/interviews.module.js';
import { StatesModule } from './modules/states/states.module.js';
import { DiscussionsModule } from './modules/discussions/discussions.module.js';
import { AdvocacyModule } from './modules/advocacy/advocacy.module.js';

function requestContext(req: Request): RequestContext {
  return {
    req,
    // The access log's id (X-Request-Id, echoed), so its access line, the lines about it and its audit entries agree.
    requestId: requestIdOf(req),
    clientAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    actor: ANONYMOUS,
    loaders: new LoaderRegistry(),
  };
}

/**
 * A subscription's context, like an HTTP request's: a bearer token may come in the connection
 * params (`authorization`), as browsers cannot set headers on a WebSocket.
 */
function wsRequestContext({ connectionParams, extra }: WsContextArgs): RequestContext {
  const authorization = connectionParams?.authorization;
  const headers = { ...extra.request.headers, ...(typeof authorization === 'string' && { authorization }) };
  const req = Object.assign(Object.create(extra.request) as Request, { headers });
  return requestContext(req);
}

/** The clock every service reads; tests replace it to move time. */
@Global()
@Module({})
class ClockModule {
  static forRoot(overrides: Provider[]): DynamicModule {
    const clock = overrides.find((p) => typeof p === 'object' && 'provide' in p && p.provide === Clock) ?? Clock;
    return { module: ClockModule, providers: [clock], exports: [Clock] };
  }
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string, overrides: Provider[] = []): DynamicModule {
    const armor = queryLimits();
    const requests = new RequestLimiter(config.rateLimitPerMinute);
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(databaseUrl, config.logSql),
        ClockModule.forRoot(overrides),
        RequestLimiterModule.forRoot(requests),
        NotificationsModule,
        ObservabilityModule.forRoot(),
        HealthModule,
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: true,
          sortSchema: true,
          resolvers: { Date: LocalDateScalar },
          // Every `Date` property is an instant in the schema: our DateTime, with a range and an offset.
          buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
          // The explorer is the web client's own (GraphiQL from npm, served offline): see web-client.ts.
          graphiql: false,
          introspection: true,
          csrfPrevention: true,
          includeStacktraceInErrorResponses: false,
          // Keep the status plugins set after execution: a refused sign-in answers 429 (rateLimitPlugin).
          preserveHttpStatusForExecutionErrors: false,
          formatError,
          validationRules: armor.validationRules,
          parseOptions: { maxTokens: MAX_TOKENS },
          plugins: [
            ...armor.plugins,
            rateLimitPlugin(requests),
            textInputPlugin(),
            errorLoggingPlugin(),
            graphqlObserverPlugin(),
            responseCachePlugin(),
            ...noStorePlugins(),
          ],
          // Compact JSON (Apollo's default pretty-prints every response: 8 % of a large read's time), and
          // a compiled read's data as the statement wrote it.
          stringifyResult,
          // No `subscriptions`: graphql-ws is served by GraphqlWsServer, with the same limits as HTTP.
          context: ({ req }: { req: Request }) => requestContext(req),
        }),
        AuditModule,
        AuthModule,
        StatesModule,
        ElectionsModule,
        CandidaciesModule,
        MailModule,
        QuestionnairesModule,
        SlateFlagsModule,
        BallotsModule,
        InterviewsModule,
        FeedsModule,
        ErrorCodesModule,
        DiscussionsModule,
        AdvocacyModule,
        PublicReadsModule,
      ],
      providers: [
        ResponseCache,
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: PassThroughFilter },
        graphqlWsProvider({
          path: '/graphql',
          maxTokens: MAX_TOKENS,
          validationRules: armor.validationRules,
          context: wsRequestContext,
        }),
      ],
    };
  }
}
