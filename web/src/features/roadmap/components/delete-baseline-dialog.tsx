import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { ErrorBanner } from '../../../components/ui/error-banner';
import { useToast } from '../../../components/ui/toast';
import { useDeleteBaseline } from '../api/delete-baseline.mutation';

interface Baseline {
  id: string;
  name: string;
}

interface DeleteBaselineDialogProps {
  baseline: Baseline | null;
  onClose: () => void;
  onDeleted: () => void;
}

export function DeleteBaselineDialog({ baseline, onClose, onDeleted }: DeleteBaselineDialogProps) {
  return (
    <Dialog open={baseline !== null} onClose={onClose} title={baseline ? `Delete the baseline “${baseline.name}”?` : ''}>
      {baseline && <DeleteConfirmation key={baseline.id} baseline={baseline} onClose={onClose} onDeleted={onDeleted} />}
    </Dialog>
  );
}

function DeleteConfirmation({ baseline, onClose, onDeleted }: { baseline: Baseline; onClose: () => void; onDeleted: () => void }) {
  const toast = useToast();
  const [remove, { loading, error }] = useDeleteBaseline(baseline.id);
  const confirm = async () => {
    const result = await remove().catch(() => null);
    if (!result?.data) return;
    toast({ message: `Baseline “${baseline.name}” deleted`, tone: 'success' });
    onDeleted();
  };
  return (
    <div className="space-y-3 text-sm text-slate-700">
      <ErrorBanner error={error} title="It was not deleted" />
      <p>
        The dates it kept are deleted for everyone; links that compare with it show the roadmap without a baseline. The initiatives
        themselves do not change. This cannot be undone.
      </p>
      <div className="flex justify-end gap-2 border-t border-slate-200 pt-4">
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="danger" busy={loading} onClick={() => void confirm()}>
          Delete baseline
        </Button>
      </div>
    </div>
  );
}
