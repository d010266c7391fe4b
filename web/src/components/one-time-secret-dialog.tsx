import type { ReactNode } from 'react';
import { Button } from './ui/button';
import { CopyField } from './ui/copy-field';
import { Dialog } from './ui/dialog';

interface OneTimeSecretDialogProps {
  /** The secret; the dialog is open while there is one. */
  value: string | null;
  title: string;
  description: ReactNode;
  label: string;
  onClose: () => void;
}

/** Shows what the server will never show again (a token, a set-password link) to copy now. */
export function OneTimeSecretDialog({ value, title, description, label, onClose }: OneTimeSecretDialogProps) {
  return (
    <Dialog
      open={value !== null}
      onClose={onClose}
      title={title}
      description={description}
      footer={
        <Button variant="primary" onClick={onClose}>
          Done
        </Button>
      }
    >
      {value !== null && <CopyField label={label} value={value} />}
      <p className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">It is shown only now: copy it before closing.</p>
    </Dialog>
  );
}
