import { LIMITS, MetricDirection } from '@throughline/shared';
import { useId, useState } from 'react';
import { ErrorBanner } from '../../../components/ui/error-banner';
import { FormDialog } from '../../../components/ui/form-dialog';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast';
import { useFormMutation, type FieldProblems } from '../../../lib/use-form-mutation';
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
  const [values, setValues] = useState(EMPTY);
  const form = useFormMutation(useCreateMetric(), FIELDS);
  const set = (patch: Partial<typeof EMPTY>) => setValues((v) => ({ ...v, ...patch }));

  const close = () => {
    setValues(EMPTY);
    form.clear();
    onClose();
  };

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
    const data = await form.submit(localProblems(values), { input });
    if (!data) return;
    toast({ message: `Metric “${data.createMetric.name}” added`, tone: 'success' });
    close();
  };

  return (
    <FormDialog
      open={open}
      onClose={close}
      size="lg"
      title="New metric"
      description="How the goal is measured: where it started, where it should get to, and which way is good."
      submitLabel="Add metric"
      busy={form.loading}
      onSubmit={submit}
      formClassName="grid gap-4 sm:grid-cols-2"
    >
      <div className="empty:hidden sm:col-span-2">
        <ErrorBanner error={form.bannerErrors} title="The metric was not added" />
      </div>
      <TextField
        className="sm:col-span-2"
        label="Name"
        required
        value={values.name}
        maxLength={LIMITS.name}
        onChange={(e) => set({ name: e.target.value })}
        error={form.errors.name}
        placeholder="p99 checkout latency"
      />
      <TextField
        label="Unit"
        required
        list={listId}
        value={values.unit}
        maxLength={LIMITS.unit}
        onChange={(e) => set({ unit: e.target.value })}
        error={form.errors.unit}
      />
      <datalist id={listId}>
        {UNITS.map((u) => (
          <option key={u} value={u} />
        ))}
      </datalist>
      <SelectField
        label="Direction"
        value={values.direction}
        options={DIRECTIONS}
        onChange={(e) => set({ direction: e.target.value as MetricDirection })}
        error={form.errors.direction}
      />
      <TextField
        label="Baseline"
        required
        inputMode="decimal"
        value={values.baseline}
        onChange={(e) => set({ baseline: e.target.value })}
        error={form.errors.baseline}
        hint="The value when work began."
      />
      <TextField
        label="Target"
        required
        inputMode="decimal"
        value={values.target}
        onChange={(e) => set({ target: e.target.value })}
        error={form.errors.target}
        hint={values.direction === MetricDirection.DECREASE ? 'Below the baseline.' : 'Above the baseline.'}
      />
      <TextField
        label="Target date"
        type="date"
        value={values.targetDate}
        onChange={(e) => set({ targetDate: e.target.value })}
        error={form.errors.targetDate}
      />
    </FormDialog>
  );
}
