import { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

// /metrics too: they are served on METRICS_PORT only, and a scraper sent here must not get the web app.
const API_PATHS = /^\/(graphql|health|api|auth|metrics)(\/|$)/;

/** Serves the built web app at `/`, with index.html for its client-side routes. */
export function serveWebApp(app: NestExpressApplication, distDir: string): void {
  const index = join(distDir, 'index.html');
  const http = app.getHttpAdapter().getInstance() as express.Express;
  http.use(express.static(distDir, { index: false, maxAge: '1h' }));
  http.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (req.method !== 'GET' || API_PATHS.test(req.path) || !req.accepts('html')) return next();
    if (!existsSync(index)) {
      res
        .status(200)
        .type('html')
        .send(
          '<!doctype html><title>Throughline</title><h1>Throughline</h1><p>The web app is not built: run <code>npm run build</code>. The API is at <a href="/graphql">/graphql</a>.</p>',
        );
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
