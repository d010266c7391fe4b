import { LIMITS, MetricDirection } from '@throughline/shared';
import { useId, useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { ErrorBanner } from '../../../components/ui/error-banner';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast';
import { fieldErrors, unplacedErrors } from '../../../lib/errors';
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

function localProblems(values: typeof EMPTY): Record<string, string | undefined> {
  const number = (s: string) => s.trim() !== '' && Number.isFinite(Number(s));
  return {
    name: values.name.trim() ? undefined : 'Say what is measured.',
    unit: values.unit.trim() ? undefined : 'Give a unit, e.g. %, ms or count.',
    baseline: number(values.baseline) ? undefined : 'Enter the value when work began, as a number.',
    target: number(values.target) ? undefined : 'Enter the value to reach, as a number.',
  };
}

export function CreateMetricDialog({ goalId, open, onClose }: CreateMetricDialogProps) {
  const formId = useId();
  const listId = useId();
  const toast = useToast();
  const [values, setValues] = useState(EMPTY);
  const [local, setLocal] = useState<Record<string, string | undefined>>({});
  const [createMetric, { loading, error, reset }] = useCreateMetric();
  const api = fieldErrors(error);
  const errors = (field: string) => local[field] ?? api[field];
  const set = (patch: Partial<typeof EMPTY>) => setValues((v) => ({ ...v, ...patch }));

  const close = () => {
    setValues(EMPTY);
    setLocal({});
    reset();
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = localProblems(values);
    setLocal(problems);
    if (Object.values(problems).some(Boolean)) return;
    const input = {
      goalId,
      name: values.name.trim(),
      unit: values.unit.trim(),
      direction: values.direction,
      baseline: Number(values.baseline),
      target: Number(values.target),
      targetDate: values.targetDate || null,
    };
    const result = await createMetric({ variables: { input } }).catch(() => null);
    if (!result?.data) return;
    toast({ message: `Metric “${result.data.createMetric.name}” added`, tone: 'success' });
    close();
  };

  return (
    <Dialog
      open={open}
      onClose={close}
      size="lg"
      title="New metric"
      description="How the goal is measured: where it started, where it should get to, and which way is good."
      footer={
        <>
          <Button onClick={close}>Cancel</Button>
          <Button type="submit" form={formId} variant="primary" busy={loading}>
            Add metric
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2">
        <div className="empty:hidden sm:col-span-2">
          <ErrorBanner error={unplacedErrors(error, FIELDS)} title="The metric was not added" />
        </div>
        <TextField
          className="sm:col-span-2"
          label="Name"
          required
          value={values.name}
          maxLength={LIMITS.name}
          onChange={(e) => set({ name: e.target.value })}
          error={errors('name')}
          placeholder="p99 checkout latency"
        />
        <TextField
          label="Unit"
          required
          list={listId}
          value={values.unit}
          maxLength={LIMITS.unit}
          onChange={(e) => set({ unit: e.target.value })}
          error={errors('unit')}
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
          error={errors('direction')}
        />
        <TextField
          label="Baseline"
          required
          inputMode="decimal"
          value={values.baseline}
          onChange={(e) => set({ baseline: e.target.value })}
          error={errors('baseline')}
          hint="The value when work began."
        />
        <TextField
          label="Target"
          required
          inputMode="decimal"
          value={values.target}
          onChange={(e) => set({ target: e.target.value })}
          error={errors('target')}
          hint={values.direction === MetricDirection.DECREASE ? 'Below the baseline.' : 'Above the baseline.'}
        />
        <TextField
          label="Target date"
          type="date"
          value={values.targetDate}
          onChange={(e) => set({ targetDate: e.target.value })}
          error={errors('targetDate')}
        />
      </form>
    </Dialog>
  );
}
