import { type ArgumentsHost, Catch, NotFoundException } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { notFoundPage } from '../http/web-client.js';

/**
 * GraphQL: hands every resolver error to Apollo untouched, so that `formatError` shapes it for the
 * client and the error-logging plugin logs the unexpected ones (with the request id); without this
 * Nest would also log expected domain errors (bad input, refusals) as server errors.
 * Plain HTTP (the exports): Nest's own handling; a path nothing answers, opened in a browser, gets
 * the web client's "page not found" instead of JSON.
 */
@Catch()
export class PassThroughFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    const http = host.switchToHttp();
    if (
      exception instanceof NotFoundException &&
      notFoundPage(http.getRequest<Request>(), http.getResponse<Response>())
    )
      return undefined;
    super.catch(exception, host);
    return undefined;
  }
}
