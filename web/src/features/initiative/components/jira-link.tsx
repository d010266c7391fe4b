import { formatPercent } from '../../../lib/format';

interface JiraLinkProps {
  externalKey?: string | null;
  externalUrl?: string | null;
  progress?: number | null;
}

function LockIcon() {
  return (
    <svg aria-hidden viewBox="0 0 16 16" className="inline size-3.5 -translate-y-px fill-current">
      <path d="M5 7V5a3 3 0 0 1 6 0v2h.5A1.5 1.5 0 0 1 13 8.5v5a1.5 1.5 0 0 1-1.5 1.5h-7A1.5 1.5 0 0 1 3 13.5v-5A1.5 1.5 0 0 1 4.5 7zm1.5 0h3V5a1.5 1.5 0 0 0-3 0z" />
    </svg>
  );
}

/**
 * Where an imported initiative comes from, how far its child issues are, and that the fields Jira
 * owns are edited there.
 */
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
      <p className="basis-full text-xs text-sky-800" data-testid="jira-owned-note">
        <LockIcon /> Title, description, status, dates and lead team come from Jira and are read-only here: change them in Jira and the next
        sync brings them over.{' '}
        {externalUrl && (
          <a href={externalUrl} target="_blank" rel="noreferrer" className="font-medium underline">
            Edit in Jira
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
        )}
      </p>
    </div>
  );
}
