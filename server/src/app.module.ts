import { SecretBoxModule } from './common/secret-box';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { LoggerModule } from 'nestjs-pino';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Request } from 'express';
import type { DestinationStream } from 'pino';
import { DataSource } from 'typeorm';
import { withPlainFieldsUnresolved } from './common/plain-fields';
import { compiledExecution } from './common/compiled-execution';
import { formatError } from './common/format-error';
import { GRAPHQL_PARSE_OPTIONS, graphqlLimitRules } from './common/graphql-limits';
import { createRequestContext } from './graphql-context';
import { createValidationPipe } from './common/validation';
import { AppConfig, SCHEMA_FILE } from './config/config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source';
import { HealthController } from './health/health.controller';
import { AuthModule } from './auth/auth.module';
import { OidcModule } from './oidc/oidc.module';
import { FEATURE_MODULES } from './feature-modules';
import { logOptions } from './logging/log-options';
import { graphqlMetrics } from './metrics/graphql-metrics';
import { MetricsService } from './metrics/metrics.service';
import { MetricsModule } from './metrics/metrics.module';
import { SeedModule } from './seed/seed.module';

type ApolloPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];

@Module({})
export class AppModule {
  /** `databaseUrl` is resolved before this (embedded Postgres or DATABASE_URL). */
  static forRoot(config: AppConfig, databaseUrl: string, logDestination?: DestinationStream): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        SecretBoxModule,
        LoggerModule.forRoot(logOptions(config, logDestination)),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl)),
        MetricsModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [DataSource, MetricsService],
          useFactory: (dataSource: DataSource, metrics: MetricsService) => ({
            path: '/graphql',
            autoSchemaFile: config.writeSchemaFile ? SCHEMA_FILE : true,
            sortSchema: true,
            transformSchema: withPlainFieldsUnresolved,
            introspection: config.graphqlIntrospection,
            // With the schema hidden, "Did you mean …?" hints would leak its field names.
            hideSchemaDetailsFromClientErrors: !config.graphqlIntrospection,
            // No GraphiQL or Apollo landing page: the web app is the client, and the CSP allows no CDN.
            graphiql: false,
            includeStacktraceInErrorResponses: false,
            allowBatchedHttpRequests: false,
            validationRules: graphqlLimitRules(),
            parseOptions: GRAPHQL_PARSE_OPTIONS,
            formatError,
            // The default cache-control plugin visits every field of every response; large roadmaps pay for it.
            // (Cast: @nestjs/apollo sees the ESM typings of @apollo/server, this import the CommonJS ones.)
            // compiledExecution: the roadmap's thousands of objects run through graphql-jit (compiled-execution.ts).
            plugins: [
              ApolloServerPluginCacheControlDisabled() as ApolloPlugin,
              graphqlMetrics(metrics) as ApolloPlugin,
              compiledExecution() as ApolloPlugin,
            ],
            context: ({ req }: { req: Request }) => createRequestContext(dataSource, req),
          }),
        }),
        ...FEATURE_MODULES,
        AuthModule,
        OidcModule,
        SeedModule,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_PIPE, useFactory: createValidationPipe }],
    };
  }
}
