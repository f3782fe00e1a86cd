import { type ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';

/**
 * GraphQL: hands every resolver error to Apollo untouched, so that `formatError` shapes it for the
 * client and the error-logging plugin logs the unexpected ones (with the request id); without this
 * Nest would also log expected domain errors (bad input, refusals) as server errors.
 * Plain HTTP (the exports): Nest's own handling.
 */
@Catch()
export class PassThroughFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    super.catch(exception, host);
    return undefined;
  }
}
