import { LIMITS } from '@throughline/shared';
import { SelectField } from '../../../components/ui/select-field';
import { TextArea, TextField } from '../../../components/ui/text-field';
import { useGoalOptions } from '../api/goal-options.query';
import { trimmedOrNull } from '../../../lib/form-input';

export interface GoalFormValues {
  title: string;
  description: string;
  owner: string;
  parentId: string;
  startDate: string;
  targetDate: string;
}

export const EMPTY_GOAL: GoalFormValues = { title: '', description: '', owner: '', parentId: '', startDate: '', targetDate: '' };
export const GOAL_FIELDS = ['title', 'description', 'owner', 'parentId', 'startDate', 'targetDate'] as const;

interface GoalFormFieldsProps {
  values: GoalFormValues;
  onChange: (patch: Partial<GoalFormValues>) => void;
  errors: Partial<Record<string, string>>;
  /** The goal being edited: neither it nor its descendants can become its parent. */
  goalId?: string;
}

/** Ids of `rootId` and every goal below it. */
export function subtreeOf(rootId: string, goals: ReadonlyArray<{ id: string; parent?: { id: string } | null }>): Set<string> {
  const ids = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const g of goals) {
      if (g.parent && ids.has(g.parent.id) && !ids.has(g.id)) {
        ids.add(g.id);
        grew = true;
      }
    }
  }
  return ids;
}

export function GoalFormFields({ values, onChange, errors, goalId }: GoalFormFieldsProps) {
  const { data } = useGoalOptions();
  const goals = data?.goals ?? [];
  const excluded = goalId ? subtreeOf(goalId, goals) : new Set<string>();
  const parents = goals.filter((g) => !excluded.has(g.id)).map((g) => ({ value: g.id, label: g.title }));
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField
        className="sm:col-span-2"
        label="Title"
        required
        value={values.title}
        maxLength={LIMITS.title}
        onChange={(e) => onChange({ title: e.target.value })}
        error={errors.title}
        placeholder="Reduce monthly churn from 5.2% to 4.7%"
      />
      <TextArea
        className="sm:col-span-2"
        label="Description"
        rows={3}
        value={values.description}
        maxLength={LIMITS.description}
        onChange={(e) => onChange({ description: e.target.value })}
        error={errors.description}
        hint="Why it matters."
      />
      <TextField
        label="Owner"
        value={values.owner}
        maxLength={LIMITS.owner}
        onChange={(e) => onChange({ owner: e.target.value })}
        error={errors.owner}
      />
      <SelectField
        label="Parent goal"
        value={values.parentId}
        placeholder="None (a top-level goal)"
        options={parents}
        onChange={(e) => onChange({ parentId: e.target.value })}
        error={errors.parentId}
      />
      <TextField
        label="Start date"
        type="date"
        value={values.startDate}
        onChange={(e) => onChange({ startDate: e.target.value })}
        error={errors.startDate}
      />
      <TextField
        label="Target date"
        type="date"
        value={values.targetDate}
        onChange={(e) => onChange({ targetDate: e.target.value })}
        error={errors.targetDate}
      />
    </div>
  );
}

/** Form values as the API takes them: empty means none (null). */
export function goalInput(values: GoalFormValues) {
  return {
    title: values.title.trim(),
    description: trimmedOrNull(values.description),
    owner: trimmedOrNull(values.owner),
    parentId: values.parentId || null,
    startDate: values.startDate || null,
    targetDate: values.targetDate || null,
  };
}
