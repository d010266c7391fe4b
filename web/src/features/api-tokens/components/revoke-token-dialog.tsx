import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { ErrorBanner } from '../../../components/ui/error-banner';
import { useToast } from '../../../components/ui/toast';
import { useRevokeApiToken } from '../api/revoke-api-token.mutation';

interface RevokeTokenDialogProps {
  token: { id: string; name: string } | null;
  onClose: () => void;
}

export function RevokeTokenDialog({ token, onClose }: RevokeTokenDialogProps) {
  return (
    <Dialog open={token !== null} onClose={onClose} title={token ? `Revoke “${token.name}”?` : ''}>
      {token && <RevokeConfirmation key={token.id} token={token} onClose={onClose} />}
    </Dialog>
  );
}

function RevokeConfirmation({ token, onClose }: { token: { id: string; name: string }; onClose: () => void }) {
  const toast = useToast();
  const [revoke, { loading, error }] = useRevokeApiToken();
  const confirm = async () => {
    const result = await revoke({ variables: { id: token.id } }).catch(() => null);
    if (!result?.data) return;
    toast({ message: `Token “${token.name}” revoked`, tone: 'success' });
    onClose();
  };
  return (
    <div className="space-y-3 text-sm text-slate-700">
      <ErrorBanner error={error} title="It was not revoked" />
      <p>Whatever uses this token is refused from its very next request. This cannot be undone; a new token can be made.</p>
      <div className="flex justify-end gap-2 border-t border-slate-200 pt-4">
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="danger" busy={loading} onClick={() => void confirm()}>
          Revoke token
        </Button>
      </div>
    </div>
  );
}
