import { Role } from '@throughline/shared';
import { RequireRole } from '../../components/require-role';
import UsersPage from '../../features/users/users-page';

export default function UsersRoute() {
  return (
    <RequireRole role={Role.ADMIN}>
      <UsersPage />
    </RequireRole>
  );
}
