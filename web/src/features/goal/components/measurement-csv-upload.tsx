import { useState, type ChangeEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { ErrorBanner } from '../../../components/ui/error-banner';
import { useToast } from '../../../components/ui/toast';
import { formatDate } from '../../../lib/format';
import { useRecordMeasurements } from '../api/record-measurements.mutation';
import { parseMeasurementCsv, type CsvParse } from '../measurement-csv';

interface MeasurementCsvUploadProps {
  metricId: string;
  metricName: string;
  goalId: string | null;
}

/**
 * Uploads a CSV of measurements (columns at,value): read in the browser, every line checked, then
 * sent as one batch (recordMeasurements: all or nothing, a repeated instant replaces its value).
 */
export function MeasurementCsvUpload({ metricId, metricName, goalId }: MeasurementCsvUploadProps) {
  const toast = useToast();
  const [file, setFile] = useState<{ name: string; parsed: CsvParse } | null>(null);
  const [record, { loading, error, reset }] = useRecordMeasurements(metricId, goalId);
  const inputId = `csv-${metricId}`;

  const onChoose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    reset();
    setFile(chosen ? { name: chosen.name, parsed: parseMeasurementCsv(await chosen.text()) } : null);
  };
  const upload = async () => {
    if (!file?.parsed.points.length) return;
    const result = await record({ variables: { metricId, points: file.parsed.points } }).catch(() => null);
    if (!result?.data) return;
    toast({ message: `Recorded ${result.data.recordMeasurements} measurements of ${metricName} from ${file.name}`, tone: 'success' });
    setFile(null);
  };
  const points = file?.parsed.points ?? [];
  const sorted = points.map((p) => p.at).sort();
  return (
    <div className="space-y-2 text-sm" data-testid="measurement-csv-upload">
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={inputId} className="cursor-pointer font-medium text-indigo-700 hover:underline">
          Upload a CSV
        </label>
        <input
          id={inputId}
          type="file"
          accept=".csv,text/csv"
          className="sr-only"
          onChange={(e) => void onChoose(e)}
          aria-describedby={`${inputId}-hint`}
        />
        <span id={`${inputId}-hint`} className="text-xs text-slate-500">
          columns <code>at,value</code>; at is a date (00:00 UTC) or a date-time with its zone
        </span>
      </div>
      {file && file.parsed.problems.length > 0 && (
        <div role="alert" className="rounded-md border border-rose-200 bg-rose-50 p-3 text-rose-800">
          <p className="font-medium">Nothing was recorded: {file.name} has problems.</p>
          <ul className="mt-1 list-disc pl-5">
            {file.parsed.problems.map((problem) => (
              <li key={`${problem.line}-${problem.field}`}>{problem.message}</li>
            ))}
          </ul>
        </div>
      )}
      {points.length > 0 && (
        <div className="flex flex-wrap items-center gap-2">
          <span>
            {points.length} measurements from {formatDate(sorted[0].slice(0, 10))} to {formatDate(sorted.at(-1)!.slice(0, 10))} in{' '}
            {file!.name}
          </span>
          <Button size="sm" variant="primary" busy={loading} onClick={() => void upload()}>
            Record them
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setFile(null)}>
            Cancel
          </Button>
        </div>
      )}
      <ErrorBanner error={error} title="Nothing was recorded" />
    </div>
  );
}
