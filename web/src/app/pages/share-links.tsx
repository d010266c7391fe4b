import { Role } from '@throughline/shared';
import { RequireRole } from '../../components/require-role';
import ShareLinksPage from '../../features/share-links/share-links-page';

export default function ShareLinksRoute() {
  return (
    <RequireRole role={Role.EDITOR}>
      <ShareLinksPage />
    </RequireRole>
  );
}
