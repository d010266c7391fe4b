import { AuditAction } from '@throughline/shared';
import { AuditRecord, changesBetween } from '../audit/audit-log';
import { DependencyEdge } from './dependency-graph';
import { DependencyOrigin } from './initiative-links.entity';

// A dependency is its own entity in the trail ("Dependency"), not a change of either initiative:
// the Jira sync adds and removes them in the same page as it updates initiatives, and each
// entity gets one event per change. Its id there is "<dependent id>:<blocker id>".
export const DEPENDENCY_FIELDS = ['dependentId', 'blockerId', 'origin'] as const;
export const DEPENDENCY_ID_SQL = `dependent_id || ':' || blocker_id`;

export function dependencyIdOf(edge: DependencyEdge): string {
  return `${edge.dependentId}:${edge.blockerId}`;
}

/** CREATE or DELETE events of dependencies. */
export function dependencyEvents(
  action: AuditAction.CREATE | AuditAction.DELETE,
  edges: Array<DependencyEdge & { origin: DependencyOrigin }>,
): AuditRecord[] {
  return edges.map((edge) => {
    const row = { dependentId: edge.dependentId, blockerId: edge.blockerId, origin: edge.origin };
    const [before, after] = action === AuditAction.CREATE ? [null, row] : [row, null];
    return { action, entityType: 'Dependency', entityId: dependencyIdOf(edge), changes: changesBetween(before, after, DEPENDENCY_FIELDS) };
  });
}
