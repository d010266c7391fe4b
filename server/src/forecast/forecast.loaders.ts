import { DataSource } from 'typeorm';
import { loadOrgForecast } from './load-org-forecast';
import { OrgForecast } from './org-forecast';

/**
 * The forecast feature's per-request state (composed in graphql-context.ts): the whole org's
 * forecast, computed at most once per request however many initiatives and goals ask for it.
 */
export function createForecastLoaders(dataSource: DataSource) {
  let orgForecast: Promise<OrgForecast> | undefined;
  return {
    orgForecast: (): Promise<OrgForecast> => (orgForecast ??= loadOrgForecast(dataSource)),
  };
}
