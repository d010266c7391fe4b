import 'reflect-metadata';
import { createApp } from './bootstrap';
import { loadConfig } from './config/config';
import { resolveDatabase } from './database/resolve-database';
import { seedIfEmpty } from './seed/seed';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await resolveDatabase(config);
  const app = await createApp(config, database.url);
  if (config.seedDemoData) await seedIfEmpty(app);
  await app.listen(config.port);
  console.log(
    `Throughline is running at http://localhost:${config.port} (GraphQL at /graphql)${database.embedded ? ', on the embedded Postgres in ' + config.dataDir : ''}`,
  );
  const stop = async () => {
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
