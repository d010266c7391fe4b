import { InitiativeStatus } from '@throughline/shared';
import { EntityManager } from 'typeorm';
import { Actor } from '../../auth/caller';
import { InitiativeStore } from '../../initiative/initiative-store';

interface KnownRow {
  jira_id: string;
  imported: boolean;
  removed: boolean;
  initiative_id: string | null;
}

/**
 * After a full run: the imported issues it did not find are marked removed and their initiatives
 * CANCELLED (never deleted: what is attached to them stays); child issues it did not find are
 * forgotten. Returns how many initiatives were cancelled.
 */
export async function removeUnseen(
  manager: EntityManager,
  initiatives: InitiativeStore,
  run: { connectionId: string; runId: string; actor: Actor },
  seenImported: Set<string>,
  seenChildren: Set<string>,
): Promise<number> {
  const { connectionId, runId } = run;
  const rows: KnownRow[] = await manager.query(
    `SELECT jira_id, imported, removed, initiative_id FROM jira_issue WHERE connection_id = $1`,
    [connectionId],
  );
  const gone = rows.filter((row) => row.imported && !row.removed && !seenImported.has(row.jira_id));
  const forgotten = rows.filter((row) => !row.imported && !seenChildren.has(row.jira_id)).map((row) => row.jira_id);
  if (forgotten.length) {
    await manager.query(`DELETE FROM jira_issue WHERE connection_id = $1 AND jira_id = ANY($2)`, [connectionId, forgotten]);
  }
  if (!gone.length) return 0;
  const goneIds = gone.map((row) => row.jira_id);
  await manager.query(`UPDATE jira_issue SET removed = true, last_changed_run_id = $3 WHERE connection_id = $1 AND jira_id = ANY($2)`, [
    connectionId,
    goneIds,
    runId,
  ]);
  // One no longer found as a child either is nobody's child any more: it leaves its parent's progress.
  const orphans = goneIds.filter((id) => !seenChildren.has(id));
  if (orphans.length) {
    await manager.query(`UPDATE jira_issue SET parent_jira_id = NULL WHERE connection_id = $1 AND jira_id = ANY($2)`, [
      connectionId,
      orphans,
    ]);
  }
  const cancelled = gone.flatMap((row) =>
    row.initiative_id ? [{ id: row.initiative_id, values: { status: InitiativeStatus.CANCELLED } }] : [],
  );
  await initiatives.update(manager, run.actor, ['status'], cancelled, { onlyIfChanged: true });
  return gone.length;
}
