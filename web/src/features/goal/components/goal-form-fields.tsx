import { bindFields, ChoiceField, DateRangeFields, DescriptionField, OwnerField, TitleField } from '../../../components/form-fields';
import { trimmedOrNull } from '../../../lib/form-input';
import { useGoalOptions } from '../api/goal-options.query';

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
  const field = bindFields(values, onChange, errors);
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TitleField className="sm:col-span-2" {...field('title')} placeholder="Reduce monthly churn from 5.2% to 4.7%" />
      <DescriptionField className="sm:col-span-2" {...field('description')} hint="Why it matters." />
      <OwnerField {...field('owner')} />
      <ChoiceField label="Parent goal" {...field('parentId')} placeholder="None (a top-level goal)" options={parents} />
      <DateRangeFields start={field('startDate')} end={field('targetDate')} endLabel="Target date" />
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
