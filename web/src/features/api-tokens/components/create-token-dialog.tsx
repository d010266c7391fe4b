import { Role, roleAtLeast } from '@throughline/shared';
import { CreateDialog, useCreateForm } from '../../../components/create-dialog';
import { bindFields, ChoiceField, DateField, NameField } from '../../../components/form-fields';
import { endOfDay, localDateInput } from '../../../lib/form-input';
import { useMe } from '../../../lib/session/me.query';
import { ROLE_OPTIONS } from '../../../lib/session/role-label';
import { useCreateApiToken } from '../api/create-api-token.mutation';
import { useTokenOwners } from '../api/token-owners.query';

const EMPTY = { name: '', role: Role.VIEWER as string, expiresOn: '', ownerId: '' };
const FIELDS = ['name', 'role', 'expiresAt', 'ownerId'];

interface CreateTokenDialogProps {
  open: boolean;
  onClose: () => void;
  /** The secret, shown once. */
  onCreated: (token: string) => void;
}

export function CreateTokenDialog({ open, onClose, onCreated }: CreateTokenDialogProps) {
  const me = useMe().data?.me;
  const myRole = (me?.role ?? Role.VIEWER) as Role;
  const isAdmin = myRole === Role.ADMIN;
  const owners = useTokenOwners(!open || !isAdmin).data?.users.filter((u) => u.active && u.id !== me?.id) ?? [];
  const form = useCreateForm(EMPTY, useCreateApiToken(), FIELDS, onClose);
  const field = bindFields(form.values, form.set, { ...form.errors, expiresOn: form.errors.expiresAt });
  // A token never does more than its owner may.
  const roles = ROLE_OPTIONS.filter((option) => roleAtLeast(myRole, option.value));

  const submit = async () => {
    const { name, role, expiresOn, ownerId } = form.values;
    const today = localDateInput();
    const problems = {
      name: name.trim() ? undefined : 'Name it after where it is used, e.g. "CI metrics push".',
      expiresAt: expiresOn && expiresOn < today ? 'Choose today or a later day, or leave it empty.' : undefined,
    };
    const input = { name: name.trim(), role: role as Role, expiresAt: expiresOn ? endOfDay(expiresOn) : null, ownerId: ownerId || null };
    const data = await form.create(problems, { input });
    if (data) onCreated(data.createApiToken.token);
  };

  return (
    <CreateDialog
      open={open}
      form={form}
      title="New API token"
      description="For scripts, CI and monitoring: sent as “Authorization: Bearer tl_…”. It can do what its role allows, never more than its owner."
      submitLabel="Create token"
      failedTitle="The token was not created"
      onSubmit={() => void submit()}
    >
      <NameField {...field('name')} placeholder="CI metrics push" />
      <ChoiceField label="Role" options={roles} {...field('role')} />
      <DateField label="Expires on" hint="Optional; without a date it works until revoked." {...field('expiresOn')} />
      {isAdmin && (
        <ChoiceField
          label="Owner"
          placeholder="Me"
          options={owners.map((u) => ({ value: u.id, label: u.name }))}
          hint="A service account: a user with no password, created on the Users page."
          {...field('ownerId')}
        />
      )}
    </CreateDialog>
  );
}
