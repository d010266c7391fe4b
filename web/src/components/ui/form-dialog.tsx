import { useId, type FormEvent, type ReactNode } from 'react';
import { Button } from './button';
import { Dialog } from './dialog';

interface FormDialogFooterProps {
  /** The id of the form the submit button sends (the footer sits outside it). */
  formId: string;
  submitLabel: ReactNode;
  busy: boolean;
  onCancel: () => void;
}

/** Cancel, and the primary button that submits the dialog's form. */
export function FormDialogFooter({ formId, submitLabel, busy, onCancel }: FormDialogFooterProps) {
  return (
    <>
      <Button onClick={onCancel}>Cancel</Button>
      <Button type="submit" form={formId} variant="primary" busy={busy}>
        {submitLabel}
      </Button>
    </>
  );
}

interface FormDialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: ReactNode;
  size?: 'md' | 'lg';
  submitLabel: ReactNode;
  busy: boolean;
  onSubmit: () => void;
  /** Layout of the fields, e.g. a two-column grid; stacked by default. */
  formClassName?: string;
  children: ReactNode;
}

/** A dialog holding one form, with Cancel and a submit button in its footer. */
export function FormDialog({ submitLabel, busy, onSubmit, formClassName = 'space-y-4', children, ...dialog }: FormDialogProps) {
  const formId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Dialog {...dialog} footer={<FormDialogFooter formId={formId} submitLabel={submitLabel} busy={busy} onCancel={dialog.onClose} />}>
      <form id={formId} onSubmit={submit} noValidate className={formClassName}>
        {children}
      </form>
    </Dialog>
  );
}
