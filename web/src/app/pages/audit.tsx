import { Role } from '@throughline/shared';
import { RequireRole } from '../../components/require-role';
import AuditPage from '../../features/audit/audit-page';

export default function AuditRoute() {
  return (
    <RequireRole role={Role.ADMIN}>
      <AuditPage />
    </RequireRole>
  );
}
