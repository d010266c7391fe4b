import { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';

interface HttpError extends Error {
  status?: number;
  type?: string;
}

/**
 * A body that is not JSON, or too large, gets a short JSON answer in GraphQL's error shape
 * instead of Express's HTML page with a stack trace.
 */
export function handleBadRequestBodies(app: NestExpressApplication): void {
  const http = app.getHttpAdapter().getInstance() as express.Express;
  http.use((error: HttpError, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (!error || !error.status || error.status >= 500) return next(error);
    const message =
      error.type === 'entity.too.large'
        ? 'Request body is too large (limit 5 MB)'
        : error.type === 'entity.parse.failed'
          ? 'Request body is not valid JSON'
          : error.message;
    res.status(error.status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
  });
}
