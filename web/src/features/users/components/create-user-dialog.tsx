import { Role } from '@throughline/shared';
import { CreateDialog, useCreateForm } from '../../../components/create-dialog';
import { bindFields, ChoiceField, NameField } from '../../../components/form-fields';
import { TextField } from '../../../components/ui/text-field';
import { ROLE_OPTIONS } from '../../../lib/session/role-label';
import { useCreateUser } from '../api/create-user.mutation';

const EMPTY = { email: '', name: '', role: Role.VIEWER as string };
const FIELDS = ['email', 'name', 'role'];
const EMAIL = /^[^\s@]+@[^\s@]+$/;

interface CreateUserDialogProps {
  open: boolean;
  onClose: () => void;
  /** The new account's name and its one-time set-password link, as a full URL to pass on. */
  onCreated: (created: { name: string; setPasswordUrl: string }) => void;
}

export function CreateUserDialog({ open, onClose, onCreated }: CreateUserDialogProps) {
  const form = useCreateForm(EMPTY, useCreateUser(), FIELDS, onClose);
  const field = bindFields(form.values, form.set, form.errors);

  const submit = async () => {
    const email = form.values.email.trim();
    const name = form.values.name.trim();
    const problems = {
      email: EMAIL.test(email) ? undefined : 'Enter an email address, e.g. priya@example.com.',
      name: name ? undefined : 'Enter their name, as others will see it.',
    };
    const data = await form.create(problems, { input: { email, name, role: form.values.role as Role } });
    if (data) {
      const { user, setPasswordUrl } = data.createUser;
      onCreated({ name: user.name, setPasswordUrl: new URL(setPasswordUrl, window.location.origin).toString() });
    }
  };

  return (
    <CreateDialog
      open={open}
      form={form}
      title="New user"
      description="They choose their own password from a one-time link you pass on (valid for 72 hours)."
      submitLabel="Create user"
      failedTitle="The user was not created"
      onSubmit={() => void submit()}
    >
      <TextField
        label="Email"
        type="email"
        required
        autoFocus
        autoComplete="off"
        value={form.values.email}
        onChange={(e) => form.set({ email: e.target.value })}
        error={form.errors.email}
      />
      <NameField {...field('name')} placeholder="Priya Raman" />
      <ChoiceField label="Role" options={ROLE_OPTIONS} {...field('role')} />
    </CreateDialog>
  );
}
