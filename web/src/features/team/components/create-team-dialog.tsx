import { LIMITS } from '@throughline/shared';
import { useState } from 'react';
import { ErrorBanner } from '../../../components/ui/error-banner';
import { FormDialog } from '../../../components/ui/form-dialog';
import { TextField } from '../../../components/ui/text-field';
import type { CreateDialogProps } from '../../../components/slots';
import { useToast } from '../../../components/ui/toast';
import { useFormMutation } from '../../../lib/use-form-mutation';
import { useCreateTeam } from '../api/create-team.mutation';

const FIELDS = ['key', 'name'];

function keyProblem(key: string): string | undefined {
  if (LIMITS.teamKey.pattern.test(key)) return undefined;
  return `Use ${LIMITS.teamKey.min} to ${LIMITS.teamKey.max} capital letters or digits, e.g. PLAT.`;
}

export function CreateTeamDialog({ open, onClose }: CreateDialogProps) {
  const toast = useToast();
  const [key, setKey] = useState('');
  const [name, setName] = useState('');
  const form = useFormMutation(useCreateTeam(), FIELDS);

  const close = () => {
    setKey('');
    setName('');
    form.clear();
    onClose();
  };

  const submit = async () => {
    const problems = { key: keyProblem(key), name: name.trim() ? undefined : 'Give the team a name.' };
    const data = await form.submit(problems, { input: { key, name: name.trim() } });
    if (!data) return;
    toast({ message: `Team ${data.createTeam.key} created`, tone: 'success' });
    close();
  };

  return (
    <FormDialog
      open={open}
      onClose={close}
      title="New team"
      description="Teams lead and contribute to initiatives."
      submitLabel="Create team"
      busy={form.loading}
      onSubmit={submit}
    >
      <ErrorBanner error={form.bannerErrors} title="The team was not created" />
      <TextField
        label="Key"
        required
        value={key}
        maxLength={LIMITS.teamKey.max}
        onChange={(e) => setKey(e.target.value.toUpperCase().replace(/\s/g, ''))}
        error={form.errors.key}
        hint="A short code shown on the roadmap, e.g. PLAT."
        autoFocus
        autoComplete="off"
      />
      <TextField
        label="Name"
        required
        value={name}
        maxLength={LIMITS.name}
        onChange={(e) => setName(e.target.value)}
        error={form.errors.name}
        placeholder="Platform"
      />
    </FormDialog>
  );
}
