import { useId, useState, type FormEvent } from 'react';
import { Dialog } from '../../../components/ui/dialog';
import { ErrorBanner } from '../../../components/ui/error-banner';
import { FormDialogFooter } from '../../../components/ui/form-dialog';
import { useToast } from '../../../components/ui/toast';
import type { JiraConnectionFieldsFragment } from '../../../gql/graphql';
import { fieldErrors, unplacedErrors } from '../../../lib/errors';
import { useCreateJiraConnection } from '../api/create-jira-connection.mutation';
import { useUpdateJiraConnection } from '../api/update-jira-connection.mutation';
import {
  CONNECTION_FIELDS,
  createInput,
  EMPTY_CONNECTION,
  missingFields,
  updateInput,
  valuesOf,
  type ConnectionField,
} from '../model/connection-form';
import { ConnectionFormFields, FieldOverrideFields } from './connection-form-fields';

interface ConnectionDialogProps {
  open: boolean;
  /** The connection to edit; none to create one. */
  connection?: JiraConnectionFieldsFragment | null;
  onClose: () => void;
}

export function ConnectionDialog({ open, connection, onClose }: ConnectionDialogProps) {
  const formId = useId();
  const [busy, setBusy] = useState(false);
  const title = connection ? `Edit ${connection.name}` : 'New Jira connection';
  return (
    <Dialog
      open={open}
      onClose={onClose}
      size="lg"
      title={title}
      description="Throughline checks the site, the credentials and the JQL with Jira before saving."
      footer={<FormDialogFooter formId={formId} submitLabel={connection ? 'Save' : 'Create connection'} busy={busy} onCancel={onClose} />}
    >
      {/* A fresh form per opening, so a cancelled edit leaves nothing behind. */}
      {open && (
        <ConnectionForm key={connection?.id ?? 'new'} formId={formId} connection={connection ?? null} onSaved={onClose} onBusy={setBusy} />
      )}
    </Dialog>
  );
}

interface ConnectionFormProps {
  formId: string;
  connection: JiraConnectionFieldsFragment | null;
  onSaved: () => void;
  onBusy: (busy: boolean) => void;
}

function useSaveConnection(connection: JiraConnectionFieldsFragment | null) {
  const [create, created] = useCreateJiraConnection();
  const [update, updated] = useUpdateJiraConnection();
  const before = connection ? valuesOf(connection) : EMPTY_CONNECTION;
  const save = async (values: typeof before) => {
    const result = connection
      ? await update({ variables: { input: updateInput(connection.id, values, before) } }).catch(() => null)
      : await create({ variables: { input: createInput(values) } }).catch(() => null);
    return !!result?.data;
  };
  return { save, before, error: connection ? updated.error : created.error };
}

function ConnectionForm({ formId, connection, onSaved, onBusy }: ConnectionFormProps) {
  const toast = useToast();
  const { save, before, error } = useSaveConnection(connection);
  const [values, setValues] = useState(before);
  const [local, setLocal] = useState<Partial<Record<ConnectionField, string>>>({});
  const tokenStored = !!connection?.hasApiToken;
  const errors = { ...fieldErrors(error), ...local };
  const onChange = (patch: Partial<typeof values>) => {
    setValues((v) => ({ ...v, ...patch }));
    // Once edited, a field's old message no longer describes it.
    setLocal((l) => ({ ...l, ...Object.fromEntries(Object.keys(patch).map((k) => [k, undefined])) }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = missingFields(values, tokenStored);
    if (Object.keys(problems).length) {
      setLocal((l) => ({ ...l, ...problems }));
      return;
    }
    setLocal({});
    onBusy(true);
    const saved = await save(values).finally(() => onBusy(false));
    if (!saved) return;
    toast({
      message: connection ? `${values.name.trim()} saved` : `${values.name.trim()} connected. Sync it to import its issues.`,
      tone: 'success',
    });
    onSaved();
  };

  return (
    <form id={formId} onSubmit={submit} noValidate className="space-y-4">
      <ErrorBanner error={unplacedErrors(error, CONNECTION_FIELDS)} title="The connection was not saved" />
      <ConnectionFormFields values={values} onChange={onChange} errors={errors} tokenStored={tokenStored} />
      <FieldOverrideFields values={values} onChange={onChange} errors={errors} />
    </form>
  );
}
