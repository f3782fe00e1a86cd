import { Catch, type ArgumentsHost } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';

/**
 * Hands every resolver error to Apollo untouched: `formatError` shapes it for the client and the
 * error-logging plugin logs the unexpected ones (with the request id). Without this filter Nest
 * would also log expected domain errors (bad input, refusals) as server errors.
 */
@Catch()
export class PassThroughFilter implements GqlExceptionFilter {
  catch(exception: unknown, _host: ArgumentsHost): unknown {
    return exception;
  }
}
