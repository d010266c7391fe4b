import { Role, roleAtLeast } from '@throughline/shared';
import { useMe } from './me.query';

/**
 * Whether the signed-in user's role includes `needed`, to decide which controls to offer. The
 * server's refusal is what protects the data; this only spares a viewer buttons that would fail.
 */
export function useCan(needed: Role): boolean {
  const role = useMe().data?.me?.role;
  return role !== undefined && roleAtLeast(role as Role, needed);
}
