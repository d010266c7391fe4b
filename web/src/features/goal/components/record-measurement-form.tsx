import { isIsoDate, todayIso } from '@throughline/shared';
import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { ErrorBanner } from '../../../components/ui/error-banner';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast';
import { fieldErrors, unplacedErrors } from '../../../lib/errors';
import { formatNumber } from '../../../lib/format';
import { useRecordMeasurement } from '../api/record-measurement.mutation';

interface RecordMeasurementFormProps {
  metricId: string;
  metricName: string;
  unit: string;
  goalId: string | null;
}

/** A past day is recorded at noon UTC, so it lands on that day in every time zone people work in. */
function recordedAtOf(day: string): string | null {
  if (!day || day === todayIso()) return null;
  return `${day}T12:00:00.000Z`;
}

export function RecordMeasurementForm({ metricId, metricName, unit, goalId }: RecordMeasurementFormProps) {
  const toast = useToast();
  const [value, setValue] = useState('');
  const [day, setDay] = useState('');
  const [localError, setLocalError] = useState<string>();
  const [record, { loading, error }] = useRecordMeasurement(metricId, goalId);
  const errors = fieldErrors(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const number = Number(value);
    const problem = value.trim() === '' || !Number.isFinite(number) ? 'Enter the measured value as a number.' : undefined;
    setLocalError(problem);
    if (problem || (day && !isIsoDate(day))) return;
    const result = await record({ variables: { input: { metricId, value: number, recordedAt: recordedAtOf(day) } } }).catch(() => null);
    if (!result?.data) return;
    toast({ message: `Recorded ${formatNumber(number, unit)} for ${metricName}`, tone: 'success' });
    setValue('');
    setDay('');
  };

  return (
    <form onSubmit={submit} noValidate aria-label={`Record a measurement of ${metricName}`} className="space-y-2">
      <ErrorBanner error={unplacedErrors(error, ['value', 'recordedAt'])} title="The measurement was not recorded" />
      <div className="flex flex-wrap items-start gap-2">
        <TextField
          className="w-36"
          label={`Value (${unit})`}
          inputMode="decimal"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          error={localError ?? errors.value}
        />
        <TextField
          className="w-44"
          label="Day"
          type="date"
          max={todayIso()}
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
