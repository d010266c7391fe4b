import { INestApplication } from '@nestjs/common';

/** Loads the demo data into an empty database (see seed/demo-data.ts). */
export async function seedIfEmpty(_app: INestApplication): Promise<void> {
  // Filled in by the demo-data work.
}
