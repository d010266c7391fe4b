import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { ErrorBanner } from '../../../components/ui/error-banner';
import { useToast } from '../../../components/ui/toast';
import { useDeleteJiraConnection } from '../api/delete-jira-connection.mutation';

interface DeleteConnectionDialogProps {
  connection: { id: string; name: string } | null;
  onClose: () => void;
}

export function DeleteConnectionDialog({ connection, onClose }: DeleteConnectionDialogProps) {
  return (
    <Dialog open={connection !== null} onClose={onClose} title={connection ? `Delete ${connection.name}?` : ''}>
      {connection && <DeleteConfirmation key={connection.id} connection={connection} onClose={onClose} />}
    </Dialog>
  );
}

function DeleteConfirmation({ connection, onClose }: { connection: { id: string; name: string }; onClose: () => void }) {
  const toast = useToast();
  const [remove, { loading, error }] = useDeleteJiraConnection(connection.id);
  const confirm = async () => {
    const result = await remove().catch(() => null);
    if (!result?.data) return;
    toast({ message: `${connection.name} deleted. Its initiatives stay.`, tone: 'success' });
    onClose();
  };
  return (
    <div className="space-y-3 text-sm text-slate-700">
      <ErrorBanner error={error} title="It was not deleted" />
      <p>The connection, its credentials and its run history will be deleted, and its issues will no longer be synced.</p>
      <p>
        <strong className="font-medium text-slate-900">The initiatives it imported stay</strong>, with their goals, metrics and risks. They
        keep their Jira keys and links but are no longer updated from Jira.
      </p>
      <div className="flex justify-end gap-2 border-t border-slate-200 pt-4">
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="danger" busy={loading} onClick={() => void confirm()}>
          Delete connection
        </Button>
      </div>
    </div>
  );
}
