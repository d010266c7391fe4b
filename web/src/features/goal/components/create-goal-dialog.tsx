import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { ErrorBanner } from '../../../components/ui/error-banner';
import { useToast } from '../../../components/ui/toast';
import { fieldErrors, unplacedErrors } from '../../../lib/errors';
import { useCreateGoal } from '../api/create-goal.mutation';
import { EMPTY_GOAL, GOAL_FIELDS, GoalFormFields, goalInput, type GoalFormValues } from './goal-form-fields';

interface CreateGoalDialogProps {
  open: boolean;
  onClose: () => void;
  /** Preselected parent, when adding a sub-goal. */
  parentId?: string;
}

/** Creates a goal and opens its page, where metrics are added next. */
export function CreateGoalDialog({ open, onClose, parentId }: CreateGoalDialogProps) {
  const formId = useId();
  const toast = useToast();
  const navigate = useNavigate();
  const initial = { ...EMPTY_GOAL, parentId: parentId ?? '' };
  const [values, setValues] = useState<GoalFormValues>(initial);
  const [titleMissing, setTitleMissing] = useState(false);
  const [createGoal, { loading, error, reset }] = useCreateGoal();
  const errors = fieldErrors(error);

  const close = () => {
    setValues(initial);
    setTitleMissing(false);
    reset();
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTitleMissing(!values.title.trim());
    if (!values.title.trim()) return;
    const result = await createGoal({ variables: { input: goalInput(values) } }).catch(() => null);
    if (!result?.data) return;
    toast({ message: 'Goal created. Add a metric to measure it.', tone: 'success' });
    close();
    navigate(`/goals/${result.data.createGoal.id}`);
  };

  return (
    <Dialog
      open={open}
      onClose={close}
      size="lg"
      title={parentId ? 'New sub-goal' : 'New goal'}
      description="A business outcome the work exists for. Metrics then say whether it moved."
      footer={
        <>
          <Button onClick={close}>Cancel</Button>
          <Button type="submit" form={formId} variant="primary" busy={loading}>
            Create goal
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={submit} noValidate className="space-y-4">
        <ErrorBanner error={unplacedErrors(error, GOAL_FIELDS)} title="The goal was not created" />
        <GoalFormFields
          values={values}
          onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
          errors={{ ...errors, title: titleMissing ? 'Name the outcome.' : errors.title }}
        />
      </form>
    </Dialog>
  );
}
