import { DataSource } from 'typeorm';
import { loadOrgForecast } from './load-org-forecast';
import { OrgForecast } from './org-forecast';

/**
 * The forecast feature's per-request state (composed in graphql-context.ts): the whole org's
 * forecast, computed at most once per request however many initiatives and goals ask for it.
 */
export function createForecastLoaders(dataSource: DataSource) {
  let orgForecast: Promise<OrgForecast> | undefined;
  let settled: OrgForecast | undefined;
  return {
    orgForecast: (): Promise<OrgForecast> => (orgForecast ??= loadOrgForecast(dataSource).then((org) => (settled = org))),
    /** The org's forecast once orgForecast() has answered in this request, else undefined: a field asked of thousands needs no promise each. */
    settledOrgForecast: (): OrgForecast | undefined => settled,
  };
}
