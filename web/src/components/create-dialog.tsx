import { useState, type ReactNode } from 'react';
import { useFormMutation, type FieldProblems, type FormMutationTuple } from '../lib/use-form-mutation';
import { ErrorBanner } from './ui/error-banner';
import { FormDialog } from './ui/form-dialog';

/**
 * The state of a "New …" dialog: its values (starting from `empty`, and back to it on closing),
 * its create mutation with the errors placed at `fields`, and `create`, which closes the dialog
 * once the mutation succeeded and returns its data (null when nothing was created).
 */
export function useCreateForm<TValues, TData, TVariables>(
  empty: TValues,
  mutation: FormMutationTuple<TData, TVariables>,
  fields: readonly string[],
  onClose: () => void,
) {
  const [values, setValues] = useState(empty);
  const form = useFormMutation(mutation, fields);
  const set = (patch: Partial<TValues>) => setValues((v) => ({ ...v, ...patch }));

  const close = () => {
    setValues(empty);
    form.clear();
    onClose();
  };

  const create = async (found: FieldProblems, variables: TVariables): Promise<TData | null> => {
    const data = await form.submit(found, variables);
    if (data) close();
    return data;
  };

  return { values, set, close, create, errors: form.errors, bannerErrors: form.bannerErrors, loading: form.loading };
}

export type CreateForm = Pick<ReturnType<typeof useCreateForm>, 'close' | 'bannerErrors' | 'loading'>;

interface CreateDialogProps {
  open: boolean;
  form: CreateForm;
  title: string;
  description: ReactNode;
  submitLabel: string;
  /** The banner's title when the API refused, e.g. "The goal was not created". */
  failedTitle: string;
  onSubmit: () => void;
  size?: 'md' | 'lg';
  /** Two columns on wider screens (fields span both with `sm:col-span-2`); stacked otherwise. */
  columns?: boolean;
  children: ReactNode;
}

/** A "New …" dialog: the form, a banner for errors no field shows, Cancel and the create button. */
export function CreateDialog({ open, form, failedTitle, columns = false, children, ...dialog }: CreateDialogProps) {
  return (
    <FormDialog
      {...dialog}
      open={open}
      onClose={form.close}
      busy={form.loading}
      formClassName={columns ? 'grid gap-4 sm:grid-cols-2' : 'space-y-4'}
    >
      <div className="empty:hidden sm:col-span-2">
        <ErrorBanner error={form.bannerErrors} title={failedTitle} />
      </div>
      {children}
    </FormDialog>
  );
}
