import { Role } from '@throughline/shared';
import { useState } from 'react';
import { OneTimeSecretDialog } from '../../components/one-time-secret-dialog';
import { Button } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorBanner } from '../../components/ui/error-banner';
import { PageFrame } from '../../components/ui/page-frame';
import { PageHeader } from '../../components/ui/page-header';
import { LoadingBlock } from '../../components/ui/spinner';
import type { ApiTokenFieldsFragment } from '../../gql/graphql';
import { useCan } from '../../lib/session/use-can';
import { useApiTokens } from './api/api-tokens.query';
import { CreateTokenDialog } from './components/create-token-dialog';
import { RevokeTokenDialog } from './components/revoke-token-dialog';
import { TokensTable } from './components/tokens-table';

/** Everyone's own API tokens; an administrator sees and revokes everyone's. */
export default function ApiTokensPage() {
  const { data, loading, error, refetch } = useApiTokens();
  const isAdmin = useCan(Role.ADMIN);
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<ApiTokenFieldsFragment | null>(null);
  const tokens = data?.apiTokens ?? [];

  const newToken = (
    <Button variant="primary" onClick={() => setCreating(true)}>
      New token
    </Button>
  );
  return (
    <PageFrame>
      <PageHeader
        title="API tokens"
        description={
          isAdmin
            ? 'Every token, whoever owns it. A token does what the lower of its role and its owner’s role allows.'
            : 'Your tokens for scripts, CI and monitoring pushes. A token does what the lower of its role and your role allows.'
        }
        actions={newToken}
      />
      <ErrorBanner error={error} title="Tokens could not be loaded" onRetry={() => void refetch()} />
      {loading && !data ? (
        <LoadingBlock label="Loading tokens" />
      ) : tokens.length === 0 && !error ? (
        <EmptyState
          title="No tokens yet"
          description="Create one for each script or system, so each can be revoked alone."
          action={newToken}
        />
      ) : (
        <TokensTable tokens={tokens} showOwner={isAdmin} onRevoke={setRevoking} />
      )}
      <CreateTokenDialog open={creating} onClose={() => setCreating(false)} onCreated={setSecret} />
      <RevokeTokenDialog token={revoking} onClose={() => setRevoking(null)} />
      <OneTimeSecretDialog
        value={secret}
        title="Your new token"
        description="Store it where your script reads its secrets. Only a hash is kept: nobody can show it again."
        label="Token"
        onClose={() => setSecret(null)}
      />
    </PageFrame>
  );
}
