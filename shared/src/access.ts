/** What a caller may do; each role includes the ones below it (the contract's Access section). */
export enum Role {
  VIEWER = 'VIEWER',
  EDITOR = 'EDITOR',
  ADMIN = 'ADMIN',
}

const RANK: Record<Role, number> = { [Role.VIEWER]: 1, [Role.EDITOR]: 2, [Role.ADMIN]: 3 };

/** Whether `role` includes `needed`. */
export function roleAtLeast(role: Role, needed: Role): boolean {
  return RANK[role] >= RANK[needed];
}

/** The lower of two roles: what a token may do is the lower of its own role and its owner's. */
export function lowerRole(a: Role, b: Role): Role {
  return RANK[a] <= RANK[b] ? a : b;
}

/** Who made a change, as the audit trail records it. */
export enum ActorKind {
  USER = 'USER',
  API_TOKEN = 'API_TOKEN',
  JIRA_SYNC = 'JIRA_SYNC',
  METRIC_SOURCE = 'METRIC_SOURCE',
  SYSTEM = 'SYSTEM',
}

export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
}

/** A view a share link opens read-only (the contract's Access section). */
export enum SharedView {
  ROADMAP = 'ROADMAP',
  ALIGNMENT = 'ALIGNMENT',
}
