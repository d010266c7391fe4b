import { Pool } from 'pg';

// What the benchmark asks: the three reads behind the main views, and the SQL floor under the first.

/** (a) The full-year roadmap by team, with what it takes to draw it. */
export const ROADMAP = `query Roadmap($from: Date!, $to: Date!) {
  roadmap(from: $from, to: $to, groupBy: TEAM) {
    lanes { key title initiatives { id key title startDate endDate status health leadTeam { id key name } } }
    dependencies { dependent { id } blocker { id } conflict }
  }
}`;

/** (a) in the compact shape the web app reads: each initiative and lead team once, lanes and dependencies by position. */
export const ROADMAP_COMPACT = `query RoadmapCompact($from: Date!, $to: Date!) {
  roadmap(from: $from, to: $to, groupBy: TEAM) {
    lanes { key title barIndexes }
    bars { id key title startDate endDate status health leadTeamId }
    leadTeams { id key name }
    dependencyIndexes dependencyConflicts
  }
}`;

/** (b) The year's alignment. */
export const ALIGNMENT = `query Alignment($from: Date!, $to: Date!) {
  alignment(from: $from, to: $to) {
    goals { goal { id title progress } initiatives { id key } }
    unaligned { id key }
    alignedShare
  }
}`;

const LINKED = 'id key title status startDate endDate leadTeam { id key name }';

/** (c) One initiative with every field and all its relations, as its page shows it. */
export const INITIATIVE = `query Initiative($id: ID!) {
  initiative(id: $id) {
    id key title description status health startDate endDate owner effortWeeks externalKey externalUrl progress version
    leadTeam { id key name }
    teams { id key name }
    goals { id title progress }
    metrics { id name unit direction baseline target current progress }
    dependsOn { ${LINKED} }
    dependents { ${LINKED} }
    risks { id title likelihood impact severity status owner mitigation }
  }
}`;

/** The initiative with the most dependencies both ways (and some risks): the heaviest page. */
export async function busiestInitiative(pool: Pool): Promise<{ id: string; key: string; relations: number }> {
  const { rows } = await pool.query(
    `SELECT i.id, i.key,
            (SELECT count(*) FROM dependency WHERE dependent_id = i.id OR blocker_id = i.id)
          + (SELECT count(*) FROM risk WHERE initiative_id = i.id) AS relations
       FROM initiative i ORDER BY relations DESC, i.key LIMIT 1`,
  );
  return rows[0];
}

interface RawBar {
  id: string;
  key: string;
  title: string;
  start_date: string | null;
  end_date: string | null;
  status: string;
  health: string;
  team_id: string | null;
  team_key: string | null;
  team_name: string | null;
}

const IN_WINDOW = (alias: string) =>
  `COALESCE(${alias}.start_date, ${alias}.end_date) <= $2 AND COALESCE(${alias}.end_date, ${alias}.start_date) >= $1`;

/**
 * (d) The floor: hand-written SQL for what (a) returns (bars with their lead team, in lane order,
 * and the dependencies among them with their conflict flag), grouped into lanes in memory.
 */
export async function rawRoadmap(pool: Pool, from: string, to: string) {
  const [bars, edges] = await Promise.all([
    pool.query<RawBar>(
      `SELECT i.id, i.key, i.title, i.start_date, i.end_date, i.status, i.health, t.id AS team_id, t.key AS team_key, t.name AS team_name
         FROM initiative i LEFT JOIN team t ON t.id = i.lead_team_id
        WHERE ${IN_WINDOW('i')}
        ORDER BY t.name NULLS LAST, t.id, i.start_date NULLS LAST, i.key`,
      [from, to],
    ),
    pool.query(
      `SELECT d.dependent_id, d.blocker_id, COALESCE(b.end_date, b.start_date) > COALESCE(a.start_date, a.end_date) AS conflict
         FROM dependency d JOIN initiative a ON a.id = d.dependent_id JOIN initiative b ON b.id = d.blocker_id
        WHERE ${IN_WINDOW('a')} AND ${IN_WINDOW('b')}`,
      [from, to],
    ),
  ]);
  const lanes = new Map<string, RawBar[]>();
  for (const bar of bars.rows) {
    const lane = lanes.get(bar.team_id ?? 'none');
    if (lane) lane.push(bar);
    else lanes.set(bar.team_id ?? 'none', [bar]);
  }
  return { lanes: [...lanes.values()], dependencies: edges.rows };
}
