import { Role } from '@throughline/shared';
import { RequireRole } from '../../components/require-role';
import MetricSourcesPage from '../../features/metric-sources/metric-sources-page';

export default function MetricSourcesRoute() {
  return (
    <RequireRole role={Role.ADMIN}>
      <MetricSourcesPage />
    </RequireRole>
  );
}
