import type { Role } from '@throughline/shared';
import { formatDateTime } from '../../../components/audit/format-change';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import type { UserFieldsFragment } from '../../../gql/graphql';
import { ROLE_LABEL } from '../../../lib/session/role-label';
import { TableFrame } from '../../../components/ui/table-frame';

const ROLES = (['VIEWER', 'EDITOR', 'ADMIN'] as Role[]).map((role) => ({ value: role, label: ROLE_LABEL[role] }));
const CELL = 'px-3 py-2.5 sm:px-4';

interface UsersTableProps {
  users: readonly UserFieldsFragment[];
  /** The id of the user whose change is being saved, to show it busy. */
  savingId: string | null;
  onChange: (user: UserFieldsFragment, change: { role?: Role; active?: boolean }) => void;
}

/** Deactivate (signed out, tokens stopped at once) or reactivate. */
function AccessButton({ user, busy, onChange }: { user: UserFieldsFragment; busy: boolean; onChange: UsersTableProps['onChange'] }) {
  return (
    <Button
      size="sm"
      variant={user.active ? 'ghost-danger' : 'secondary'}
      busy={busy}
      onClick={() => onChange(user, { active: !user.active })}
    >
      {user.active ? 'Deactivate' : 'Reactivate'}
      <span className="sr-only"> {user.name}</span>
    </Button>
  );
}

export function UsersTable({ users, savingId, onChange }: UsersTableProps) {
  return (
    <TableFrame
      label="Users table"
      caption="Accounts, their roles and whether they can sign in"
      head={
        <>
          <th scope="col" className={CELL}>
            Name
          </th>
          <th scope="col" className={CELL}>
            Role
          </th>
          <th scope="col" className={`hidden md:table-cell ${CELL}`}>
            Last seen
          </th>
          <th scope="col" className={`hidden sm:table-cell ${CELL}`}>
            <span className="sr-only">Access</span>
          </th>
        </>
      }
    >
      {users.map((user) => (
        <tr key={user.id} className={user.active ? '' : 'bg-slate-50 text-slate-500'}>
          <th scope="row" className={`${CELL} text-left font-medium text-slate-900`}>
            <span className="block">{user.name}</span>
            <span className="block text-xs font-normal text-slate-600">{user.email}</span>
            {!user.active && (
              <Badge tone="muted" className="mt-1">
                Deactivated
              </Badge>
            )}
            {/* On a phone the button sits under the name rather than off-screen to the right. */}
            <div className="mt-1 sm:hidden">
              <AccessButton user={user} busy={savingId === user.id} onChange={onChange} />
            </div>
          </th>
          <td className={CELL}>
            <SelectField
              label={`Role of ${user.name}`}
              hideLabel
              options={ROLES}
              value={user.role}
              disabled={savingId === user.id}
              onChange={(e) => onChange(user, { role: e.target.value as Role })}
              className="w-28"
            />
          </td>
          <td className={`hidden md:table-cell ${CELL} text-slate-600`}>{user.lastSeenAt ? formatDateTime(user.lastSeenAt) : 'Never'}</td>
          <td className={`hidden sm:table-cell ${CELL} text-right`}>
            <AccessButton user={user} busy={savingId === user.id} onChange={onChange} />
          </td>
        </tr>
      ))}
    </TableFrame>
  );
}
