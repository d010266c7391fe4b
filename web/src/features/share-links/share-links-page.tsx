import { Role } from '@throughline/shared';
import { useState } from 'react';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorBanner } from '../../components/ui/error-banner';
import { PageFrame } from '../../components/ui/page-frame';
import { PageHeader } from '../../components/ui/page-header';
import { LoadingBlock } from '../../components/ui/spinner';
import type { ShareLinkFieldsFragment } from '../../gql/graphql';
import { useCan } from '../../lib/session/use-can';
import { useShareLinks } from './api/share-links.query';
import { RevokeShareLinkDialog } from './components/revoke-share-link-dialog';
import { ShareLinksTable } from './components/share-links-table';

/** The share links an editor made; an administrator sees and revokes everyone's. */
export default function ShareLinksPage() {
  const { data, loading, error, refetch } = useShareLinks();
  const isAdmin = useCan(Role.ADMIN);
  const [revoking, setRevoking] = useState<ShareLinkFieldsFragment | null>(null);
  const links = data?.shareLinks ?? [];
  return (
    <PageFrame>
      <PageHeader
        title="Share links"
        description={
          isAdmin
            ? 'Every read-only link to the roadmap or alignment, whoever made it. Anyone with an active link sees that view without an account.'
            : 'Your read-only links to the roadmap or alignment. Anyone with an active link sees that view without an account.'
        }
      />
      <ErrorBanner error={error} title="Share links could not be loaded" onRetry={() => void refetch()} />
      {loading && !data ? (
        <LoadingBlock label="Loading share links" />
      ) : links.length === 0 && !error ? (
        <EmptyState title="No share links yet" description="Use Share on the roadmap or the alignment page to make one." />
      ) : (
        <ShareLinksTable links={links} showCreator={isAdmin} onRevoke={setRevoking} />
      )}
      <RevokeShareLinkDialog link={revoking} onClose={() => setRevoking(null)} />
    </PageFrame>
  );
}
