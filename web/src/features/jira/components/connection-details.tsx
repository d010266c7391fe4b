import type { ReactNode } from 'react';
import type { JiraConnectionFieldsFragment } from '../../../gql/graphql';
import { formatDateTime, formatRelativeTime, formatSchedule } from '../model/time-format';

function Detail({ term, children, wide = false }: { term: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={`min-w-0 ${wide ? 'col-span-2 sm:col-span-1' : ''}`}>
      <dt className="text-xs font-medium text-slate-500">{term}</dt>
      <dd className="mt-0.5 truncate text-sm text-slate-800">{children}</dd>
    </div>
  );
}

function LastSynced({ at, now }: { at: string | null | undefined; now: number }) {
  if (!at) return <span className="text-slate-500">Never</span>;
  return (
    <time dateTime={at} title={formatDateTime(at)}>
      {formatRelativeTime(at, now)}
    </time>
  );
}

/** Site, JQL, schedule and last successful sync of a connection. */
export function ConnectionDetails({ connection, now }: { connection: JiraConnectionFieldsFragment; now: number }) {
  return (
    <dl className="grid grid-cols-2 gap-x-6 gap-y-3 lg:grid-cols-[minmax(0,1.2fr)_minmax(0,2fr)_auto_auto]">
      <Detail term="Site" wide>
        {connection.baseUrl ? (
          <a href={connection.baseUrl} target="_blank" rel="noreferrer" className="text-indigo-700 hover:underline">
            {connection.baseUrl.replace(/^https?:\/\//, '')}
          </a>
        ) : (
          <span className="text-slate-500">None</span>
        )}
      </Detail>
      <Detail term="JQL" wide>
        {connection.jql ? (
          <code className="block truncate font-mono text-xs leading-5 text-slate-700" title={connection.jql}>
            {connection.jql}
          </code>
        ) : (
          <span className="text-slate-500">None</span>
        )}
      </Detail>
      <Detail term="Schedule">{connection.hasApiToken ? formatSchedule(connection.syncEveryMinutes) : 'CSV imports only'}</Detail>
      <Detail term="Last synced">
        <LastSynced at={connection.lastSyncedAt} now={now} />
      </Detail>
    </dl>
  );
}
