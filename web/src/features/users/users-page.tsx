import type { Role } from '@throughline/shared';
import { useState } from 'react';
import { OneTimeSecretDialog } from '../../components/one-time-secret-dialog';
import { Button } from '../../components/ui/button';
import { ErrorBanner } from '../../components/ui/error-banner';
import { PageFrame } from '../../components/ui/page-frame';
import { PageHeader } from '../../components/ui/page-header';
import { LoadingBlock } from '../../components/ui/spinner';
import { useToast } from '../../components/ui/toast';
import type { UserFieldsFragment } from '../../gql/graphql';
import { apiErrors } from '../../lib/errors';
import { ROLE_LABEL } from '../../lib/session/role-label';
import { useUpdateUser } from './api/update-user.mutation';
import { useUsers } from './api/users.query';
import { CreateUserDialog } from './components/create-user-dialog';
import { UsersTable } from './components/users-table';

function changeMessage(user: UserFieldsFragment, change: { role?: Role; active?: boolean }): string {
  if (change.role) return `${user.name} is now ${ROLE_LABEL[change.role].toLowerCase()}`;
  return change.active ? `${user.name} can sign in again` : `${user.name} is deactivated: signed out, tokens stopped`;
}

/** Accounts: create one (with a one-time set-password link to pass on), change roles, deactivate. */
export default function UsersPage() {
  const { data, loading, error, refetch } = useUsers();
  const [updateUser] = useUpdateUser();
  const toast = useToast();
  const [creating, setCreating] = useState(false);
  const [link, setLink] = useState<{ name: string; setPasswordUrl: string } | null>(null);
  const [savingId, setSavingId] = useState<string | null>(null);

  const change = async (user: UserFieldsFragment, patch: { role?: Role; active?: boolean }) => {
    setSavingId(user.id);
    try {
      await updateUser({ variables: { input: { id: user.id, ...patch } } });
      toast({ message: changeMessage(user, patch), tone: 'success' });
    } catch (failure) {
      toast({ message: `${user.name} was not changed: ${apiErrors(failure)[0]?.message}`, tone: 'error' });
    } finally {
      setSavingId(null);
    }
  };

  return (
    <PageFrame>
      <PageHeader
        title="Users"
        description="Viewers read the plan; editors also change it; admins also manage users, Jira and tokens. A deactivated user is signed out and their tokens stop at once."
        actions={
          <Button variant="primary" onClick={() => setCreating(true)}>
            New user
          </Button>
        }
      />
      <ErrorBanner error={error} title="Users could not be loaded" onRetry={() => void refetch()} />
      {loading && !data ? (
        <LoadingBlock label="Loading users" />
      ) : (
        data && <UsersTable users={data.users} savingId={savingId} onChange={(user, patch) => void change(user, patch)} />
      )}
      <CreateUserDialog open={creating} onClose={() => setCreating(false)} onCreated={setLink} />
      <OneTimeSecretDialog
        value={link?.setPasswordUrl ?? null}
        title={`Pass this link on to ${link?.name ?? ''}`}
        description="With it they choose a password and are signed in. It works once, for 72 hours."
        label="Set-password link"
        onClose={() => setLink(null)}
      />
    </PageFrame>
  );
}
