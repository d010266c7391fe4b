import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { ErrorBanner } from '../../../components/ui/error-banner';
import { TextField } from '../../../components/ui/text-field';
import { useFormMutation, type FieldProblems } from '../../../lib/use-form-mutation';
import { SetOutcomeWindowsMutation } from '../api/set-outcome-windows.mutation';

const FIELDS = ['preDays', 'settleDays', 'postDays'] as const;
type Lengths = Record<(typeof FIELDS)[number], string>;

const LIMITS: Record<keyof Lengths, [number, number, string]> = {
  preDays: [7, 182, 'Days before the work'],
  settleDays: [0, 365, 'Settle days after it'],
  postDays: [7, 365, 'Days measured after'],
};

/** What the form finds wrong before sending: each length a whole number within its limits. */
export function windowProblems(values: Lengths): FieldProblems {
  const problems: FieldProblems = {};
  for (const field of FIELDS) {
    const [min, max, label] = LIMITS[field];
    const n = Number(values[field]);
    if (values[field].trim() === '' || !Number.isInteger(n) || n < min || n > max)
      problems[field] = `${label}: a whole number from ${min} to ${max}`;
  }
  return problems;
}

interface OutcomeWindowsFormProps {
  initiativeId: string;
  metricId: string;
  version: number;
  current: { preDays: number; settleDays: number; postDays: number; customWindows: boolean };
  /** Closes the form; `saved` when the windows changed. */
  onDone: (saved: boolean) => void;
}

/** Moves one initiative-metric link's windows (effects that lag), or puts it back on the defaults. */
export function OutcomeWindowsForm({ initiativeId, metricId, version, current, onDone }: OutcomeWindowsFormProps) {
  const [values, setValues] = useState<Lengths>({
    preDays: String(current.preDays),
    settleDays: String(current.settleDays),
    postDays: String(current.postDays),
  });
  const form = useFormMutation(useMutation(SetOutcomeWindowsMutation), FIELDS);
  const send = async (lengths: Lengths | null) => {
    const input = {
      initiativeId,
      metricId,
      version,
      preDays: lengths ? Number(lengths.preDays) : null,
      settleDays: lengths ? Number(lengths.settleDays) : null,
      postDays: lengths ? Number(lengths.postDays) : null,
    };
    const saved = await form.submit(lengths ? windowProblems(lengths) : {}, { input });
    if (saved) onDone(true);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void send(values);
  };
  return (
    <form onSubmit={onSubmit} className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3" aria-label="Outcome windows">
      <p className="text-xs text-slate-600">
        Some effects lag: move the windows of this metric for this work. The trend is still learnt from up to 26 weeks before the work.
      </p>
      <div className="grid gap-3 sm:grid-cols-3">
        {FIELDS.map((field) => (
          <TextField
            key={field}
            label={LIMITS[field][2]}
            type="number"
            inputMode="numeric"
            value={values[field]}
            onChange={(e) => setValues({ ...values, [field]: e.target.value })}
            error={form.errors[field]}
          />
        ))}
      </div>
      <ErrorBanner error={form.bannerErrors} title="The windows were not saved" />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="primary" size="sm" busy={form.loading}>
          Save windows
        </Button>
        {current.customWindows && (
          <Button type="button" size="sm" onClick={() => void send(null)} disabled={form.loading}>
            Back to the defaults
          </Button>
        )}
        <Button type="button" variant="ghost" size="sm" onClick={() => onDone(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
