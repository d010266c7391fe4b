import { isIsoDate } from '@throughline/shared';
import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { ErrorBanner } from '../../../components/ui/error-banner';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast';
import { formatNumber } from '../../../lib/format';
import { localTodayIso } from '../../../lib/today';
import { useFormMutation } from '../../../lib/use-form-mutation';
import { useRecordMeasurement } from '../api/record-measurement.mutation';

interface RecordMeasurementFormProps {
  metricId: string;
  metricName: string;
  unit: string;
  goalId: string | null;
}

/** A past day is recorded at noon UTC, so it lands on that day in every time zone people work in. */
function recordedAtOf(day: string): string | null {
  if (!day || day === localTodayIso()) return null;
  return `${day}T12:00:00.000Z`;
}

export function RecordMeasurementForm({ metricId, metricName, unit, goalId }: RecordMeasurementFormProps) {
  const toast = useToast();
  const [value, setValue] = useState('');
  const [day, setDay] = useState('');
  const { submit, loading, errors, bannerErrors } = useFormMutation(useRecordMeasurement(metricId, goalId), ['value', 'recordedAt']);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const number = Number(value);
    const problems = {
      value: value.trim() === '' || !Number.isFinite(number) ? 'Enter the measured value as a number.' : undefined,
      recordedAt: day && !isIsoDate(day) ? 'Enter a real calendar day, or leave it empty for now.' : undefined,
    };
    const saved = await submit(problems, { input: { metricId, value: number, recordedAt: recordedAtOf(day) } });
    if (!saved) return;
    toast({ message: `Recorded ${formatNumber(number, unit)} for ${metricName}`, tone: 'success' });
    setValue('');
    setDay('');
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Record a measurement of ${metricName}`} className="space-y-2">
      <ErrorBanner error={bannerErrors} title="The measurement was not recorded" />
      <div className="flex flex-wrap items-start gap-2">
        <TextField
          className="w-36"
          label={`Value (${unit})`}
          inputMode="decimal"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          error={errors.value}
        />
        <TextField
          className="w-44"
          label="Day"
          type="date"
          max={localTodayIso()}
          value={day}
          onChange={(e) => setDay(e.target.value)}
          error={errors.recordedAt}
          hint="Empty: now."
        />
        <Button type="submit" className="mt-6" busy={loading}>
          Record
        </Button>
      </div>
    </form>
  );
}
