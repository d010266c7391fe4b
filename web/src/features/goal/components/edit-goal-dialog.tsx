import { useState } from 'react';
import { Dialog } from '../../../components/ui/dialog';
import { EditForm } from '../../../components/ui/edit-form';
import { useToast } from '../../../components/ui/toast';
import { useFormMutation } from '../../../lib/use-form-mutation';
import { useUpdateGoal } from '../api/update-goal.mutation';
import { GOAL_FIELDS, GoalFormFields, goalInput, type GoalFormValues } from './goal-form-fields';

export interface EditableGoal {
  id: string;
  version: number;
  title: string;
  description?: string | null;
  owner?: string | null;
  startDate?: string | null;
  targetDate?: string | null;
  parent?: { id: string } | null;
}

interface EditGoalDialogProps {
  goal: EditableGoal;
  open: boolean;
  onClose: () => void;
  /** Loads the latest version after a conflict. */
  onReload: () => Promise<unknown>;
}

function valuesOf(goal: EditableGoal): GoalFormValues {
  return {
    title: goal.title,
    description: goal.description ?? '',
    owner: goal.owner ?? '',
    parentId: goal.parent?.id ?? '',
    startDate: goal.startDate ?? '',
    targetDate: goal.targetDate ?? '',
  };
}

export function EditGoalDialog({ goal, open, onClose, onReload }: EditGoalDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} size="lg" title="Edit goal">
      {/* A new version (after a reload) starts the form afresh from what was saved. */}
      <EditGoalForm key={goal.version} goal={goal} onClose={onClose} onReload={onReload} />
    </Dialog>
  );
}

function EditGoalForm({ goal, onClose, onReload }: Omit<EditGoalDialogProps, 'open'>) {
  const toast = useToast();
  const [values, setValues] = useState(() => valuesOf(goal));
  const form = useFormMutation(useUpdateGoal(), GOAL_FIELDS);

  const submit = async () => {
    const data = await form.submit({}, { input: { id: goal.id, version: goal.version, ...goalInput(values) } });
    if (!data) return;
    toast({ message: 'Goal saved', tone: 'success' });
    onClose();
  };

  return (
    <EditForm
      what="goal"
      error={form.error}
      bannerErrors={form.bannerErrors}
      bannerTitle="The goal was not saved"
      busy={form.loading}
      onSubmit={submit}
      onCancel={onClose}
      onReload={onReload}
    >
      <GoalFormFields goalId={goal.id} values={values} onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} errors={form.errors} />
    </EditForm>
  );
}
