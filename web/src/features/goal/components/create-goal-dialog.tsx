import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorBanner } from '../../../components/ui/error-banner';
import { FormDialog } from '../../../components/ui/form-dialog';
import type { NewGoalDialogProps } from '../../../components/slots';
import { useToast } from '../../../components/ui/toast';
import { useFormMutation } from '../../../lib/use-form-mutation';
import { useCreateGoal } from '../api/create-goal.mutation';
import { EMPTY_GOAL, GOAL_FIELDS, GoalFormFields, goalInput, type GoalFormValues } from './goal-form-fields';

/** Creates a goal and opens its page, where metrics are added next. */
export function CreateGoalDialog({ open, onClose, parentId }: NewGoalDialogProps) {
  const toast = useToast();
  const navigate = useNavigate();
  const initial = { ...EMPTY_GOAL, parentId: parentId ?? '' };
  const [values, setValues] = useState<GoalFormValues>(initial);
  const form = useFormMutation(useCreateGoal(), GOAL_FIELDS);

  const close = () => {
    setValues(initial);
    form.clear();
    onClose();
  };

  const submit = async () => {
    const problems = { title: values.title.trim() ? undefined : 'Name the outcome.' };
    const data = await form.submit(problems, { input: goalInput(values) });
    if (!data) return;
    toast({ message: 'Goal created. Add a metric to measure it.', tone: 'success' });
    close();
    navigate(`/goals/${data.createGoal.id}`);
  };

  return (
    <FormDialog
      open={open}
      onClose={close}
      size="lg"
      title={parentId ? 'New sub-goal' : 'New goal'}
      description="A business outcome the work exists for. Metrics then say whether it moved."
      submitLabel="Create goal"
      busy={form.loading}
      onSubmit={submit}
    >
      <ErrorBanner error={form.bannerErrors} title="The goal was not created" />
      <GoalFormFields values={values} onChange={(patch) => setValues((v) => ({ ...v, ...patch }))} errors={form.errors} />
    </FormDialog>
  );
}
