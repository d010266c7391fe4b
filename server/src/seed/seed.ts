import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig, CONFIG } from '../config/config';
import { loadDemoData } from './load-demo-data';

/** Loads the demo data into an empty database (see seed/demo-data.ts); leaves any other alone. */
export async function seedIfEmpty(app: INestApplication): Promise<void> {
  const config = app.get<AppConfig>(CONFIG);
  const counts = await loadDemoData(app.get(DataSource), { reset: false, fiscalYearStartMonth: config.fiscalYearStartMonth });
  if (counts)
    console.log(`Loaded the demo data: ${counts.initiatives} initiatives across ${counts.teams} teams and ${counts.goals} goals.`);
}
