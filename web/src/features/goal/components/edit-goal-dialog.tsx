import { ErrorCode } from '@throughline/shared';
import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { ErrorBanner } from '../../../components/ui/error-banner';
import { useToast } from '../../../components/ui/toast';
import { fieldErrors, hasErrorCode, unplacedErrors } from '../../../lib/errors';
import { ConflictNotice } from '../../initiative/components/conflict-notice';
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
  const [reloading, setReloading] = useState(false);
  const [updateGoal, { loading, error }] = useUpdateGoal();
  const conflict = hasErrorCode(error, ErrorCode.CONFLICT);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await updateGoal({ variables: { input: { id: goal.id, version: goal.version, ...goalInput(values) } } }).catch(
      () => null,
    );
    if (!result?.data) return;
    toast({ message: 'Goal saved', tone: 'success' });
    onClose();
  };

  const reload = () => {
    setReloading(true);
    void onReload().finally(() => setReloading(false));
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {conflict ? (
        <ConflictNotice what="goal" onReload={reload} reloading={reloading} />
      ) : (
        <ErrorBanner error={unplacedErrors(error, GOAL_FIELDS)} title="The goal was not saved" />
      )}
      <GoalFormFields
        goalId={goal.id}
        values={values}
        onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
        errors={fieldErrors(error)}
      />
      <div className="flex justify-end gap-2 border-t border-slate-200 pt-4">
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" variant="primary" busy={loading} disabled={conflict}>
          Save
        </Button>
      </div>
    </form>
  );
}
