import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { ErrorBanner } from '../../../components/ui/error-banner';
import { useToast } from '../../../components/ui/toast';
import type { ShareLinkFieldsFragment } from '../../../gql/graphql';
import { useRevokeShareLink } from '../api/revoke-share-link.mutation';
import { VIEW_LABEL } from '../share-link-summary';

interface RevokeShareLinkDialogProps {
  link: ShareLinkFieldsFragment | null;
  onClose: () => void;
}

export function RevokeShareLinkDialog({ link, onClose }: RevokeShareLinkDialogProps) {
  return (
    <Dialog open={link !== null} onClose={onClose} title={link ? `Revoke this ${VIEW_LABEL[link.view].toLowerCase()} link?` : ''}>
      {link && <RevokeConfirmation key={link.id} link={link} onClose={onClose} />}
    </Dialog>
  );
}

function RevokeConfirmation({ link, onClose }: { link: ShareLinkFieldsFragment; onClose: () => void }) {
  const toast = useToast();
  const [revoke, { loading, error }] = useRevokeShareLink();
  const confirm = async () => {
    const result = await revoke({ variables: { id: link.id } }).catch(() => null);
    if (!result?.data) return;
    toast({ message: `${VIEW_LABEL[link.view]} link revoked`, tone: 'success' });
    onClose();
  };
  return (
    <div className="space-y-3 text-sm text-slate-700">
      <ErrorBanner error={error} title="It was not revoked" />
      <p>
        Whoever opens it gets nothing from its very next request, even with the page already open. This cannot be undone; a new link can be
        made.
      </p>
      <div className="flex justify-end gap-2 border-t border-slate-200 pt-4">
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="danger" busy={loading} onClick={() => void confirm()}>
          Revoke link
        </Button>
      </div>
    </div>
  );
}
