import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { ErrorBanner } from '../../../components/ui/error-banner';
import { useToast } from '../../../components/ui/toast';
import { useDeleteInitiative } from '../api/delete-initiative.mutation';

interface DeleteInitiativeButtonProps {
  initiative: { id: string; key: string; title: string };
  dependencyCount: number;
  riskCount: number;
}

export function DeleteInitiativeButton({ initiative, dependencyCount, riskCount }: DeleteInitiativeButtonProps) {
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  const toast = useToast();
  const [remove, { loading, error, reset }] = useDeleteInitiative(initiative.id);
  const close = () => {
    reset();
    setOpen(false);
  };
  const confirm = async () => {
    const result = await remove().catch(() => null);
    if (!result?.data) return;
    toast({ message: `${initiative.key} deleted`, tone: 'success' });
    navigate('/', { replace: true });
  };
  return (
    <>
      <Button variant="ghost-danger" onClick={() => setOpen(true)}>
        Delete
      </Button>
      <Dialog
        open={open}
        onClose={close}
        title={`Delete ${initiative.key}?`}
        footer={
          <>
            <Button onClick={close}>Cancel</Button>
            <Button variant="danger" busy={loading} onClick={() => void confirm()}>
              Delete initiative
            </Button>
          </>
        }
      >
        <div className="space-y-3 text-sm text-slate-700">
          <ErrorBanner error={error} title="It was not deleted" />
          <p>
            “{initiative.title}” will be removed from the roadmap and from alignment
            {dependencyCount > 0 && `, together with its ${dependencyCount} ${dependencyCount === 1 ? 'dependency' : 'dependencies'}`}
            {riskCount > 0 && ` and its ${riskCount} ${riskCount === 1 ? 'risk' : 'risks'}`}. This cannot be undone.
          </p>
          <p>If the work was dropped but its history matters, set its status to Cancelled instead.</p>
        </div>
      </Dialog>
    </>
  );
}
