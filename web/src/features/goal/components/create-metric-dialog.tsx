import { LIMITS, MetricDirection } from '@throughline/shared';
import { useId } from 'react';
import { CreateDialog, useCreateForm } from '../../../components/create-dialog';
import { bindFields, ChoiceField, DateField, NameField, NumberField } from '../../../components/form-fields';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast';
import type { FieldProblems } from '../../../lib/use-form-mutation';
import { useCreateMetric } from '../api/create-metric.mutation';

interface CreateMetricDialogProps {
  goalId: string;
  open: boolean;
  onClose: () => void;
}

const EMPTY = { name: '', unit: '', direction: MetricDirection.INCREASE as MetricDirection, baseline: '', target: '', targetDate: '' };
const FIELDS = ['name', 'unit', 'direction', 'baseline', 'target', 'targetDate', 'goalId'];
const UNITS = ['%', 'ms', 's', 'count', 'USD', 'EUR', 'users', 'points'];
const DIRECTIONS = [
  { value: MetricDirection.INCREASE, label: 'Higher is better' },
  { value: MetricDirection.DECREASE, label: 'Lower is better' },
];

function localProblems(values: typeof EMPTY): FieldProblems {
  const number = (s: string) => s.trim() !== '' && Number.isFinite(Number(s));
  return {
    name: values.name.trim() ? undefined : 'Say what is measured.',
    unit: values.unit.trim() ? undefined : 'Give a unit, e.g. %, ms or count.',
    baseline: number(values.baseline) ? undefined : 'Enter the value when work began, as a number.',
    target: number(values.target) ? undefined : 'Enter the value to reach, as a number.',
  };
}

export function CreateMetricDialog({ goalId, open, onClose }: CreateMetricDialogProps) {
  const listId = useId();
  const toast = useToast();
  const form = useCreateForm(EMPTY, useCreateMetric(), FIELDS, onClose);
  const { values } = form;
  const field = bindFields(values, form.set, form.errors);

  const submit = async () => {
    const input = {
      goalId,
      name: values.name.trim(),
      unit: values.unit.trim(),
      direction: values.direction,
      baseline: Number(values.baseline),
      target: Number(values.target),
      targetDate: values.targetDate || null,
    };
    const data = await form.create(localProblems(values), { input });
    if (data) toast({ message: `Metric “${data.createMetric.name}” added`, tone: 'success' });
  };

  return (
    <CreateDialog
      open={open}
      form={form}
      size="lg"
      title="New metric"
      description="How the goal is measured: where it started, where it should get to, and which way is good."
      submitLabel="Add metric"
      failedTitle="The metric was not added"
      onSubmit={submit}
      columns
    >
      <NameField className="sm:col-span-2" {...field('name')} placeholder="p99 checkout latency" />
      <TextField
        label="Unit"
        required
        list={listId}
        value={values.unit}
        maxLength={LIMITS.unit}
        onChange={(e) => form.set({ unit: e.target.value })}
        error={form.errors.unit}
      />
      <datalist id={listId}>
        {UNITS.map((u) => (
          <option key={u} value={u} />
        ))}
      </datalist>
      <ChoiceField label="Direction" {...field('direction')} options={DIRECTIONS} />
      <NumberField label="Baseline" required {...field('baseline')} hint="The value when work began." />
      <NumberField
        label="Target"
        required
        {...field('target')}
        hint={values.direction === MetricDirection.DECREASE ? 'Below the baseline.' : 'Above the baseline.'}
      />
      <DateField label="Target date" {...field('targetDate')} />
    </CreateDialog>
  );
}
