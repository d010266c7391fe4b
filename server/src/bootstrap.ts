import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { assignRequestId, runWithRequestId } from './common/request-id';
import { RestExceptionFilter } from './common/rest-errors';
import { AppConfig } from './config/config';
import { AppLogger } from './logging/app-logger';
import { migrate } from './database/migrate';
import { httpMetrics } from './metrics/http-metrics';
import { MetricsService } from './metrics/metrics.service';
import { serveWebApp } from './web/serve-web-app';
import { handleBadRequestBodies } from './web/bad-request-bodies';
import { securityHeaders } from './web/security-headers';
import { largeAnswerETag } from './web/large-answer-etag';

/**
 * Builds the whole app on a database URL and brings its schema up to date. main.ts, the API
 * tests and the benchmark all start the app this way. Logs go to standard output unless
 * `logDestination` is given (tests).
 */
export async function createApp(config: AppConfig, databaseUrl: string, logDestination?: DestinationStream): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl, logDestination), {
    // Until pino takes over: held back, and if start-up fails first, only errors and warnings shown.
    logger: ['error', 'warn'],
    bufferLogs: true,
  });
  // Nest's lines and every `new Logger(…)` go through pino from here on (log-options.ts).
  app.useLogger(new AppLogger(app.get(Logger)));
  // Whose X-Forwarded-For/-Proto to believe: the client address throttles sign-in, https makes cookies Secure.
  app.set('trust proxy', config.trustProxy);
  app.set('etag', largeAnswerETag);
  // First, so that every answer carries them, errors and the web app's files included.
  app.use(securityHeaders());
  app.use(assignRequestId);
  app.use(httpMetrics(app.get(MetricsService)));
  // Long descriptions are legitimate; field limits are enforced by validation, not by the parser.
  app.useBodyParser('json', { limit: '5mb' });
  app.use(runWithRequestId);
  app.useGlobalFilters(new RestExceptionFilter());
  await migrate(app.get(DataSource));
  serveWebApp(app, config.webDistDir);
  handleBadRequestBodies(app);
  await app.init();
  return app;
}
