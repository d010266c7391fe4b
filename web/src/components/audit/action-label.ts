import { AuditAction } from '@throughline/shared';

export const ACTION_LABEL: Record<AuditAction, string> = {
  [AuditAction.CREATE]: 'Created',
  [AuditAction.UPDATE]: 'Changed',
  [AuditAction.DELETE]: 'Deleted',
};
