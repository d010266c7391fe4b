import { useNavigate } from 'react-router';
import { CreateDialog, useCreateForm } from '../../../components/create-dialog';
import type { NewGoalDialogProps } from '../../../components/slots';
import { useToast } from '../../../components/ui/toast';
import { useCreateGoal } from '../api/create-goal.mutation';
import { EMPTY_GOAL, GOAL_FIELDS, GoalFormFields, goalInput } from './goal-form-fields';

/** Creates a goal and opens its page, where metrics are added next. */
export function CreateGoalDialog({ open, onClose, parentId }: NewGoalDialogProps) {
  const toast = useToast();
  const navigate = useNavigate();
  const form = useCreateForm({ ...EMPTY_GOAL, parentId: parentId ?? '' }, useCreateGoal(), GOAL_FIELDS, onClose);

  const submit = async () => {
    const problems = { title: form.values.title.trim() ? undefined : 'Name the outcome.' };
    const data = await form.create(problems, { input: goalInput(form.values) });
    if (!data) return;
    toast({ message: 'Goal created. Add a metric to measure it.', tone: 'success' });
    navigate(`/goals/${data.createGoal.id}`);
  };

  return (
    <CreateDialog
      open={open}
      form={form}
      size="lg"
      title={parentId ? 'New sub-goal' : 'New goal'}
      description="A business outcome the work exists for. Metrics then say whether it moved."
      submitLabel="Create goal"
      failedTitle="The goal was not created"
      onSubmit={submit}
    >
      <GoalFormFields values={form.values} onChange={form.set} errors={form.errors} />
    </CreateDialog>
  );
}
