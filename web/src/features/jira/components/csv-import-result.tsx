import type { CsvImportRun } from '../api/import-csv';

/** What an uploaded export did: the counts, or why it failed part-way. */
export function CsvImportResult({ run, connectionName }: { run: CsvImportRun; connectionName: string }) {
  if (run.status === 'FAILED') {
    return (
      <div role="alert" className="rounded-md border border-rose-200 bg-rose-50 px-4 py-3 text-sm text-rose-800">
        <p className="font-medium">The import into {connectionName} failed</p>
        <p className="mt-1">{run.error ?? 'No reason was given.'}</p>
      </div>
    );
  }
  const counts = [
    ['Read', run.issuesSeen],
    ['Created', run.created],
    ['Updated', run.updated],
    ['Unchanged', run.unchanged],
  ] as const;
  return (
    <div role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900">
      <p className="font-medium">Imported into {connectionName}</p>
      <dl className="mt-2 grid grid-cols-4 gap-2 text-center">
        {counts.map(([label, value]) => (
          <div key={label}>
            <dt className="text-xs text-emerald-800">{label}</dt>
            <dd className="text-lg font-semibold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      {run.warnings.length > 0 && (
        <ul className="mt-2 list-disc space-y-0.5 pl-5 text-xs text-amber-800">
          {run.warnings.map((warning, i) => (
            <li key={i}>{warning}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
