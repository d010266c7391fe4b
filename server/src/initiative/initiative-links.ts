import { EntityManager } from 'typeorm';
import { DomainError } from '../common/domain-error';

/** The link sets of an initiative; a list left undefined is not touched. */
export interface LinkSets {
  teamIds?: string[];
  goalIds?: string[];
  metricIds?: string[];
}

interface LinkTable {
  table: string;
  column: string;
  target: string;
  what: string;
}

const LINK_TABLES: Record<keyof LinkSets, LinkTable> = {
  teamIds: { table: 'initiative_team', column: 'team_id', target: 'team', what: 'Team' },
  goalIds: { table: 'initiative_goal', column: 'goal_id', target: 'goal', what: 'Goal' },
  metricIds: { table: 'initiative_metric', column: 'metric_id', target: 'metric', what: 'Metric' },
};

/** NOT_FOUND naming `field` (e.g. "input.goalIds") when any of `ids` is not a row of `target`. */
async function assertExist(manager: EntityManager, target: string, what: string, ids: string[], field: string): Promise<void> {
  if (!ids.length) return;
  const rows: Array<{ id: string }> = await manager.query(`SELECT id FROM ${target} WHERE id = ANY($1::uuid[])`, [ids]);
  const found = new Set(rows.map((row) => row.id));
  const missing = ids.find((id) => !found.has(id));
  if (missing) throw DomainError.notFound(what, missing, field);
}

/**
 * Checks that everything an initiative input refers to exists. Run inside the writing
 * transaction: a row deleted after the check still fails on its foreign key, and that error
 * is mapped to NOT_FOUND too.
 */
export async function assertReferencesExist(manager: EntityManager, leadTeamId: string | null | undefined, links: LinkSets): Promise<void> {
  if (leadTeamId) await assertExist(manager, 'team', 'Team', [leadTeamId], 'input.leadTeamId');
  for (const [field, spec] of Object.entries(LINK_TABLES) as Array<[keyof LinkSets, LinkTable]>) {
    await assertExist(manager, spec.target, spec.what, links[field] ?? [], `input.${field}`);
  }
}

export type LinkField = keyof LinkSets;

/** (initiative id, linked row id) */
export type LinkPair = [string, string];

const column = (values: LinkPair[], index: 0 | 1) => values.map((pair) => pair[index]);

/** Adds links, leaving those that exist already. */
export async function insertLinks(manager: EntityManager, field: LinkField, pairs: LinkPair[]): Promise<void> {
  if (!pairs.length) return;
  const { table, column: target } = LINK_TABLES[field];
  await manager.query(
    `INSERT INTO ${table} (initiative_id, ${target}) SELECT * FROM unnest($1::uuid[], $2::uuid[]) ON CONFLICT DO NOTHING`,
    [column(pairs, 0), column(pairs, 1)],
  );
}

/** Removes links; those that do not exist are passed over. */
export async function deleteLinks(manager: EntityManager, field: LinkField, pairs: LinkPair[]): Promise<void> {
  if (!pairs.length) return;
  const { table, column: target } = LINK_TABLES[field];
  await manager.query(
    `DELETE FROM ${table} t USING unnest($1::uuid[], $2::uuid[]) AS p(initiative_id, target_id)
      WHERE t.initiative_id = p.initiative_id AND t.${target} = p.target_id`,
    [column(pairs, 0), column(pairs, 1)],
  );
}

/**
 * Replaces each link set that is given; the others stay as they are. A link kept keeps its row
 * (and what it holds, e.g. a metric link's outcome windows).
 */
export async function replaceLinkSets(manager: EntityManager, initiativeId: string, links: LinkSets): Promise<void> {
  for (const field of Object.keys(LINK_TABLES) as LinkField[]) {
    const ids = links[field];
    if (ids === undefined) continue;
    const { table, column: target } = LINK_TABLES[field];
    await manager.query(`DELETE FROM ${table} WHERE initiative_id = $1 AND NOT (${target} = ANY($2::uuid[]))`, [initiativeId, ids]);
    await insertLinks(
      manager,
      field,
      ids.map((id) => [initiativeId, id]),
    );
  }
}

/** The distinct ids of a list, or undefined when the list was omitted; null counts as empty. */
export function distinctIds(ids: string[] | null | undefined): string[] | undefined {
  if (ids === undefined) return undefined;
  return [...new Set(ids ?? [])];
}
