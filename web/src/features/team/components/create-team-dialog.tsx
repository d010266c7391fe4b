import { LIMITS } from '@throughline/shared';
import { CreateDialog, useCreateForm } from '../../../components/create-dialog';
import { bindFields, NameField } from '../../../components/form-fields';
import type { CreateDialogProps } from '../../../components/slots';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast';
import { useCreateTeam } from '../api/create-team.mutation';

const EMPTY = { key: '', name: '' };
const FIELDS = ['key', 'name'];

function keyProblem(key: string): string | undefined {
  if (LIMITS.teamKey.pattern.test(key)) return undefined;
  return `Use ${LIMITS.teamKey.min} to ${LIMITS.teamKey.max} capital letters or digits, e.g. PLAT.`;
}

export function CreateTeamDialog({ open, onClose }: CreateDialogProps) {
  const toast = useToast();
  const form = useCreateForm(EMPTY, useCreateTeam(), FIELDS, onClose);
  const { key, name } = form.values;

  const submit = async () => {
    const problems = { key: keyProblem(key), name: name.trim() ? undefined : 'Give the team a name.' };
    const data = await form.create(problems, { input: { key, name: name.trim() } });
    if (data) toast({ message: `Team ${data.createTeam.key} created`, tone: 'success' });
  };

  return (
    <CreateDialog
      open={open}
      form={form}
      title="New team"
      description="Teams lead and contribute to initiatives."
      submitLabel="Create team"
      failedTitle="The team was not created"
      onSubmit={submit}
    >
      <TextField
        label="Key"
        required
        value={key}
        maxLength={LIMITS.teamKey.max}
        onChange={(e) => form.set({ key: e.target.value.toUpperCase().replace(/\s/g, '') })}
        error={form.errors.key}
        hint="A short code shown on the roadmap, e.g. PLAT."
        autoFocus
        autoComplete="off"
      />
      <NameField {...bindFields(form.values, form.set, form.errors)('name')} placeholder="Platform" />
    </CreateDialog>
  );
}
