import type { NextFunction, Request, Response } from 'express';
import { MetricsService } from './metrics.service';

/** A route's pattern (`/auth/login`, `/graphql`), never the raw path: ids would make a series each. */
function routeOf(req: Request): string {
  const path = req.originalUrl.split('?')[0];
  if (path === '/graphql') return path;
  const route = (req.route as { path?: unknown } | undefined)?.path;
  return typeof route === 'string' ? req.baseUrl + route : '(other)';
}

/** Times every request, labelled by method, route and status code. */
export function httpMetrics(metrics: MetricsService) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const end = metrics.httpDuration.startTimer();
    res.once('finish', () => end({ method: req.method, route: routeOf(req), status: String(res.statusCode) }));
    next();
  };
}
