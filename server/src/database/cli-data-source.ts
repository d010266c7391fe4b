import { DataSource } from 'typeorm';
import { loadConfig } from '../config/config';
import { dataSourceOptions } from './data-source';

// Only for the TypeORM CLI (migration:generate, migration:run). It lives apart from
// data-source.ts so that importing the DataSource options never reads the environment.
const { databaseUrl } = loadConfig();

export default new DataSource(dataSourceOptions(databaseUrl ?? 'postgres://postgres@127.0.0.1:5432/throughline'));
