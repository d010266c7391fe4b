import { useState, type ReactNode } from 'react';
import type { NewInitiativeDefaults, NewInitiativeDialogSlot } from '../../../components/slots';
import { Button, type ButtonProps } from '../../../components/ui/button';

interface NewInitiativeButtonProps extends Pick<ButtonProps, 'variant' | 'size' | 'aria-label'> {
  children: ReactNode;
  defaults: NewInitiativeDefaults;
  onCreated: (initiative: { id: string; key: string }) => void;
  dialog: NewInitiativeDialogSlot;
}

/** A button that opens "New initiative"; the dialog mounts on opening, so it starts from the current defaults. */
export function NewInitiativeButton({ children, defaults, onCreated, dialog: Dialog, ...buttonProps }: NewInitiativeButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button {...buttonProps} onClick={() => setOpen(true)}>
        {children}
      </Button>
      {open && <Dialog open onClose={() => setOpen(false)} defaults={defaults} onCreated={onCreated} />}
    </>
  );
}

export function PlusIcon() {
  return (
    <svg aria-hidden viewBox="0 0 16 16" className="size-4 fill-current">
      <path d="M7.25 3h1.5v4.25H13v1.5H8.75V13h-1.5V8.75H3v-1.5h4.25z" />
    </svg>
  );
}
