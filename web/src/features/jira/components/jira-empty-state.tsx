import type { ReactNode } from 'react';
import { SAMPLE_JQL } from '../model/connection-form';
import { API_TOKENS_URL } from './connection-form-fields';

function Step({ n, title, children }: { n: number; title: string; children: ReactNode }) {
  return (
    <li className="flex gap-3">
      <span
        aria-hidden
        className="flex size-6 shrink-0 items-center justify-center rounded-full bg-indigo-50 text-xs font-semibold text-indigo-700 ring-1 ring-indigo-200"
      >
        {n}
      </span>
      <div className="min-w-0 text-sm">
        <p className="font-medium text-slate-900">{title}</p>
        <div className="mt-0.5 text-slate-600">{children}</div>
      </div>
    </li>
  );
}

/** What a connection does and how to make one, for a workspace that has none yet. */
export function JiraEmptyState({ actions }: { actions: ReactNode }) {
  return (
    <section aria-labelledby="jira-empty-title" className="rounded-lg border border-dashed border-slate-300 bg-white px-5 py-8 sm:px-8">
      <div className="mx-auto max-w-xl">
        <h2 id="jira-empty-title" className="text-base font-semibold text-slate-900">
          Bring your Jira epics onto the roadmap
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          A connection imports the Jira issues its JQL selects as initiatives: title, status, dates, lead team, progress from child issues
          and “blocks” dependencies. Runs on a schedule keep them current. Goals, metrics, risks and health stay yours: a sync never touches
          them.
        </p>
        <ol className="mt-6 space-y-4">
          <Step n={1} title="Create an API token">
            Sign in at{' '}
            <a href={API_TOKENS_URL} target="_blank" rel="noreferrer" className="font-medium text-indigo-700 underline">
              id.atlassian.com
            </a>{' '}
            and open Security → API tokens → Create API token. Copy it; Atlassian shows it only once.
          </Step>
          <Step n={2} title="Add a connection">
            Your site’s address (https://your-company.atlassian.net), the e-mail of that Atlassian account, and the token.
          </Step>
          <Step n={3} title="Choose the issues with JQL">
            Usually your epics, for example
            <code className="mt-1 block w-fit max-w-full overflow-x-auto rounded bg-slate-100 px-2 py-1 font-mono text-xs text-slate-800">
              {SAMPLE_JQL}
            </code>
          </Step>
        </ol>
        <div className="mt-6 flex flex-wrap gap-2">{actions}</div>
      </div>
    </section>
  );
}
