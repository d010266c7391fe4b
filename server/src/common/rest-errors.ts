import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { clientErrorOf, HTTP_STATUS, unexpectedError } from './client-errors';
import { requestIdOf } from './request-id';

/** The REST error answer of the API contract. */
export interface RestErrorBody {
  error: { code: string; message: string; field?: string; requestId: string };
}

/** Answers any error of a REST request as the contract's `{"error": {code, message, field, requestId}}`. */
export function sendRestError(req: Request, res: Response, error: unknown): void {
  const requestId = requestIdOf(req);
  const clientError = clientErrorOf(error) ?? unexpectedError(error, requestId, `${req.method} ${req.path}`);
  const body: RestErrorBody = {
    error: { code: clientError.code, message: clientError.message, field: clientError.details.field, requestId },
  };
  // RATE_LIMITED says when to come back.
  const retryAfter = clientError.details.retryAfterSeconds;
  if (typeof retryAfter === 'number') res.setHeader('Retry-After', String(retryAfter));
  res.status(HTTP_STATUS[clientError.code]).json(body);
}

/**
 * The one exception filter of the REST endpoints. GraphQL errors are left to format-error.ts
 * (rethrown here), which maps them the same way.
 */
@Catch()
export class RestExceptionFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const http = host.switchToHttp();
    sendRestError(http.getRequest<Request>(), http.getResponse<Response>(), exception);
  }
}
