import { SecretBoxModule } from './common/secret-box';
import 'reflect-metadata';
import { DynamicModule, INestApplicationContext, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, loadConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source';
import { migrate } from './database/migrate';
import { resolveDatabase } from './database/resolve-database';

@Module({})
class CliModule {
  static forRoot(config: AppConfig, databaseUrl: string, features: Array<Type | DynamicModule>): DynamicModule {
    return {
      module: CliModule,
      imports: [ConfigModule.forRoot(config), SecretBoxModule, TypeOrmModule.forRoot(dataSourceOptions(databaseUrl)), ...features],
    };
  }
}

/**
 * Runs a command-line tool's `work` with the given feature modules built by Nest (no HTTP), on
 * the database main.ts would use (DATABASE_URL or the embedded one), migrated.
 */
export async function withCliContext<T>(
  features: Array<Type | DynamicModule>,
  work: (app: INestApplicationContext, config: AppConfig) => Promise<T>,
  /** Settings that differ for this tool, e.g. no background workers. */
  overrides: Partial<AppConfig> = {},
): Promise<T> {
  const config = { ...loadConfig(), ...overrides };
  // The embedded Postgres's failures already say what to do (e.g. stop the server running on it).
  const database = await resolveDatabase(config);
  let app: INestApplicationContext | undefined;
  try {
    app = await NestFactory.createApplicationContext(CliModule.forRoot(config, database.url, features), { logger: ['error', 'warn'] });
    await migrate(app.get(DataSource));
    return await work(app, config);
  } finally {
    await app?.close();
    await database.stop();
  }
}
