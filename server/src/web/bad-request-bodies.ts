import { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import { DomainError } from '../common/domain-error';
import { sendRestError } from '../common/rest-errors';

interface BodyParserError extends Error {
  status?: number;
  type?: string;
}

/** What the body parsers refuse is the client's (BAD_USER_INPUT); their 5xx stay unexpected. */
function clientErrorOfBody(error: BodyParserError): unknown {
  if (!error.status || error.status >= 500) return error;
  if (error.type === 'entity.too.large') return DomainError.badInput('body', 'the request body is too large (limit 5 MB)');
  if (error.type === 'entity.parse.failed') return DomainError.badInput('body', 'the request body is not valid JSON');
  return DomainError.badInput('body', error.message);
}

/**
 * A body that the parsers refuse (not JSON, too large) is answered before Nest's routing, so
 * here, in the REST error shape (not Express's HTML page with a stack trace).
 */
export function handleBadRequestBodies(app: NestExpressApplication): void {
  const http = app.getHttpAdapter().getInstance() as express.Express;
  http.use((error: BodyParserError, req: express.Request, res: express.Response, _next: express.NextFunction) => {
    sendRestError(req, res, clientErrorOfBody(error));
  });
}
