import { Role } from '@throughline/shared';

export const ROLE_LABEL: Record<Role, string> = {
  [Role.VIEWER]: 'Viewer',
  [Role.EDITOR]: 'Editor',
  [Role.ADMIN]: 'Admin',
};

export const ROLE_DESCRIPTION: Record<Role, string> = {
  [Role.VIEWER]: 'reads the plan',
  [Role.EDITOR]: 'also changes planning data',
  [Role.ADMIN]: 'also manages users, Jira and tokens',
};

/** Roles as select options, lowest first, e.g. for a new user or a new token. */
export const ROLE_OPTIONS = [Role.VIEWER, Role.EDITOR, Role.ADMIN].map((role) => ({
  value: role,
  label: `${ROLE_LABEL[role]} (${ROLE_DESCRIPTION[role]})`,
}));
