import { withCliContext } from '../cli-context';
import { DemoDataLoader } from './load-demo-data';
import { SeedModule } from './seed.module';

const USAGE = 'usage: npm run seed [-- --reset]\n  loads the demo data into an empty database; --reset deletes all domain data first';

/** `npm run seed [-- --reset]`: the database main.ts would use (DATABASE_URL or the embedded one). */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.some((arg) => arg !== '--reset')) {
    console.error(USAGE);
    process.exit(2);
  }
  const reset = args.includes('--reset');
  await withCliContext([SeedModule], async (app, config) => {
    const started = Date.now();
    const counts = await app.get(DemoDataLoader).load({ reset, fiscalYearStartMonth: config.fiscalYearStartMonth });
    if (!counts) console.log('The database already has data: nothing loaded (use --reset to replace it with the demo data).');
    else console.log(`Loaded the demo data in ${Date.now() - started} ms:`, counts);
  });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
