import { LIMITS } from '@throughline/shared';
import { useId, useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { ErrorBanner } from '../../../components/ui/error-banner';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast';
import { fieldErrors, unplacedErrors } from '../../../lib/errors';
import { useCreateTeam } from '../api/create-team.mutation';

interface CreateTeamDialogProps {
  open: boolean;
  onClose: () => void;
}

const FIELDS = ['key', 'name'] as const;

function keyProblem(key: string): string | undefined {
  if (LIMITS.teamKey.pattern.test(key)) return undefined;
  return `Use ${LIMITS.teamKey.min} to ${LIMITS.teamKey.max} capital letters or digits, e.g. PLAT.`;
}

export function CreateTeamDialog({ open, onClose }: CreateTeamDialogProps) {
  const formId = useId();
  const toast = useToast();
  const [key, setKey] = useState('');
  const [name, setName] = useState('');
  const [local, setLocal] = useState<Partial<Record<(typeof FIELDS)[number], string>>>({});
  const [createTeam, { loading, error, reset }] = useCreateTeam();
  const errors = fieldErrors(error);

  const close = () => {
    setKey('');
    setName('');
    setLocal({});
    reset();
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = { key: keyProblem(key), name: name.trim() ? undefined : 'Give the team a name.' };
    setLocal(problems);
    if (problems.key || problems.name) return;
    const result = await createTeam({ variables: { input: { key, name: name.trim() } } }).catch(() => null);
    if (!result?.data) return;
    toast({ message: `Team ${result.data.createTeam.key} created`, tone: 'success' });
    close();
  };

  return (
    <Dialog
      open={open}
      onClose={close}
      title="New team"
      description="Teams lead and contribute to initiatives."
      footer={
        <>
          <Button onClick={close}>Cancel</Button>
          <Button type="submit" form={formId} variant="primary" busy={loading}>
            Create team
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={submit} noValidate className="space-y-4">
        <ErrorBanner error={unplacedErrors(error, FIELDS)} title="The team was not created" />
        <TextField
          label="Key"
          required
          value={key}
          maxLength={LIMITS.teamKey.max}
          onChange={(e) => setKey(e.target.value.toUpperCase().replace(/\s/g, ''))}
          error={local.key ?? errors.key}
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
          error={local.name ?? errors.name}
          placeholder="Platform"
        />
      </form>
    </Dialog>
  );
}
