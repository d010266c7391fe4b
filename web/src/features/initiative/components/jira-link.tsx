import { formatPercent } from '../../../lib/format';

interface JiraLinkProps {
  externalKey?: string | null;
  externalUrl?: string | null;
  progress?: number | null;
}

/** Where an imported initiative comes from, and how far its child issues are. */
export function JiraLink({ externalKey, externalUrl, progress }: JiraLinkProps) {
  if (!externalKey) return null;
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900">
      <span>
        Imported from Jira:{' '}
        {externalUrl ? (
          <a href={externalUrl} target="_blank" rel="noreferrer" className="font-mono font-semibold underline">
            {externalKey}
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
        ) : (
          <span className="font-mono font-semibold">{externalKey}</span>
        )}
      </span>
      {progress !== null && progress !== undefined && (
        <span className="flex items-center gap-2">
          <span className="text-xs">Child issues done</span>
          <progress
            value={progress}
            max={1}
            aria-label="Child issues done"
            className="h-2 w-28 overflow-hidden rounded-full [&::-webkit-progress-bar]:bg-sky-200 [&::-webkit-progress-value]:bg-sky-600"
          />
          <span className="text-xs font-medium tabular-nums">{formatPercent(progress)}</span>
        </span>
      )}
      <span className="text-xs text-sky-800">Title, dates, status and lead team follow Jira on the next sync.</span>
    </div>
  );
}
