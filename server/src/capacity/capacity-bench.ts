import { addDays, Period, quarterOf } from '@throughline/shared';
import { Pool } from 'pg';

// What `npm run bench` asks of capacity: the Capacity page's plan of every team over 8 quarters.

/** The Capacity page's heat map: every team's cells (a cell's initiatives load when it is opened). */
export const CAPACITY_PLAN = `query CapacityPlan($from: Date!, $to: Date!) {
  capacity(from: $from, to: $to) {
    periods { label start end }
    teams { team { id key name } cells { period capacityWeeks loadWeeks proposedWeeks overBy } }
  }
}`;

/**
 * Gives every team a capacity in each of the 8 quarters from the start of the fiscal `year`, and
 * splits each initiative with more than one team evenly between them; answers the window of those
 * quarters.
 */
export async function prepareCapacityBench(pool: Pool, year: Period): Promise<{ from: string; to: string }> {
  // A fiscal year starts on the first of its start month.
  const startMonth = Number(year.start.slice(5, 7));
  const quarters = [quarterOf(year.start, startMonth)];
  while (quarters.length < 8) quarters.push(quarterOf(addDays(quarters[quarters.length - 1].end, 1), startMonth));
  await pool.query(
    `INSERT INTO team_capacity (team_id, period, weeks)
     SELECT t.id, q.label, 40 + (abs(hashtext(t.key || q.label)) % 80) FROM team t CROSS JOIN unnest($1::varchar[]) AS q(label)`,
    [quarters.map((quarter) => quarter.label)],
  );
  await pool.query(
    `INSERT INTO initiative_allocation (initiative_id, team_id, share)
     SELECT it.initiative_id, it.team_id, 1.0 / count(*) OVER (PARTITION BY it.initiative_id) FROM initiative_team it
      WHERE it.initiative_id IN (SELECT initiative_id FROM initiative_team GROUP BY initiative_id HAVING count(*) > 1)`,
  );
  await pool.query('ANALYZE team_capacity, initiative_allocation');
  return { from: year.start, to: quarters[quarters.length - 1].end };
}
