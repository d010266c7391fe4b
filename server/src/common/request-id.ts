import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

export const REQUEST_ID_HEADER = 'X-Request-Id';

// A caller's id is kept only when it cannot garble a log line or a header.
const SANE_ID = /^[A-Za-z0-9._:+/=-]{1,128}$/;

const requests = new AsyncLocalStorage<{ requestId: string }>();

interface WithRequestId {
  requestId?: string;
}

/** The id of the request being handled, or undefined outside one. */
export function currentRequestId(): string | undefined {
  return requests.getStore()?.requestId;
}

/** The request's id, as assignRequestId gave it. */
export function requestIdOf(req: Request): string {
  return (req as WithRequestId).requestId ?? 'unknown';
}

/** First middleware: the caller's X-Request-Id when sane, else a new one; echoed in the response. */
export function assignRequestId(req: Request, res: Response, next: NextFunction): void {
  const given = req.get(REQUEST_ID_HEADER);
  const requestId = given && SANE_ID.test(given) ? given : randomUUID();
  (req as WithRequestId).requestId = requestId;
  res.setHeader(REQUEST_ID_HEADER, requestId);
  next();
}

/**
 * Makes the id readable through currentRequestId() for the rest of the request (the GraphQL
 * error formatter has no request at hand). Mounted after the body parsers: they call `next`
 * from stream callbacks, which would leave the async context.
 */
export function runWithRequestId(req: Request, _res: Response, next: NextFunction): void {
  requests.run({ requestId: requestIdOf(req) }, next);
}
