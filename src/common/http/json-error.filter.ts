import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { httpErrorAnswer, isClientError } from '../graphql/format-error.js';
import { aboutRequest, requestIdOf } from '../observability/request-id.js';

/**
 * Errors of the plain HTTP controllers (the exports) as JSON with a stable `extensions.code`, the
 * status that matches it, and no header the handler meant for a successful answer (a file name).
 */
@Catch()
export class JsonErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const res = http.getResponse<Response>();
    const { status, retryAfter, body } = httpErrorAnswer(exception);
    if (!isClientError(exception)) {
      const req = http.getRequest<Request>();
      const error = exception instanceof Error ? exception : new Error(String(exception));
      this.logger.error(aboutRequest(requestIdOf(req), `${req.method} ${req.path} failed: ${error.message}`, error));
    }
    if (res.headersSent) return void res.end();
    res.removeHeader('content-disposition');
    if (retryAfter !== undefined) res.setHeader('retry-after', String(retryAfter));
    res.status(status).json(body);
  }
}
