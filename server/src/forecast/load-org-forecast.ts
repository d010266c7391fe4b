import { DataSource } from 'typeorm';
import { DependencyEdge, DependencyGraph } from '../initiative/dependency-graph';
import { OrgForecast, ScheduledWork } from './org-forecast';

/**
 * The whole org's forecast in two statements, however big: every initiative with the expected
 * end of its latest check-in that set one, and every dependency.
 */
export async function loadOrgForecast(dataSource: DataSource): Promise<OrgForecast> {
  const [work, edges] = await Promise.all([
    dataSource.query(
      `SELECT i.id, i.key, i.status, i.start_date AS "startDate", i.end_date AS "endDate", c.expected_end_date AS "expectedEndDate"
         FROM initiative i
         LEFT JOIN (SELECT DISTINCT ON (initiative_id) initiative_id, expected_end_date FROM check_in
                     WHERE expected_end_date IS NOT NULL ORDER BY initiative_id, created_at DESC, id DESC) c ON c.initiative_id = i.id`,
    ) as Promise<ScheduledWork[]>,
    dataSource.query(`SELECT dependent_id AS "dependentId", blocker_id AS "blockerId" FROM dependency`) as Promise<DependencyEdge[]>,
  ]);
  return new OrgForecast(new Map(work.map((row) => [row.id, row])), new DependencyGraph(edges));
}
