import { Role } from '@throughline/shared';
import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorBanner } from '../../components/ui/error-banner';
import { PageFrame } from '../../components/ui/page-frame';
import { PageHeader } from '../../components/ui/page-header';
import { LoadingBlock } from '../../components/ui/spinner';
import { useTeamList } from './api/team-list.query';
import { CreateTeamDialog } from './components/create-team-dialog';
import { TeamTable } from './components/team-table';
import { useCan } from '../../lib/session/use-can';

export default function TeamPage() {
  const { data, loading, error, refetch } = useTeamList();
  const [creating, setCreating] = useState(false);
  const teams = data?.teams ?? [];
  const newTeam = useCan(Role.EDITOR) && (
    <Button variant="primary" onClick={() => setCreating(true)}>
      New team
    </Button>
  );
  return (
    <PageFrame>
      <PageHeader
        title="Teams"
        description="Who leads and contributes to the work. Counts are of open initiatives (not done or cancelled)."
        actions={newTeam}
      />
      <ErrorBanner error={error} title="Teams could not be loaded" onRetry={() => void refetch()} />
      {loading && !data ? (
        <LoadingBlock label="Loading teams" />
      ) : teams.length === 0 && !error ? (
        <EmptyState
          title="No teams yet"
          description="Start with the teams that own your roadmap, e.g. PLAT Platform or CHK Checkout. Initiatives are led by one team and can have contributing teams."
          action={newTeam}
        />
      ) : (
        <TeamTable teams={teams} />
      )}
      <CreateTeamDialog open={creating} onClose={() => setCreating(false)} />
    </PageFrame>
  );
}
