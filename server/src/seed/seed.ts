import { INestApplicationContext } from '@nestjs/common';
import { AppConfig, CONFIG } from '../config/config';
import { DemoDataLoader } from './load-demo-data';

/** Loads the demo data into an empty database (see seed/demo-data.ts); leaves any other alone. */
export async function seedIfEmpty(app: INestApplicationContext): Promise<void> {
  const config = app.get<AppConfig>(CONFIG);
  const counts = await app.get(DemoDataLoader).load({ reset: false, fiscalYearStartMonth: config.fiscalYearStartMonth });
  if (counts)
    console.log(`Loaded the demo data: ${counts.initiatives} initiatives across ${counts.teams} teams and ${counts.goals} goals.`);
}
