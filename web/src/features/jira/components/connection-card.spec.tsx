import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ToastProvider } from '../../../components/ui/toast';
import { createCache } from '../../../lib/apollo';
import { JiraConnectionsQuery } from '../api/jira-connections.query';
import { SyncJiraConnectionMutation } from '../api/sync-jira-connection.mutation';
import { SyncRunQuery } from '../api/sync-run.query';
import { jiraConnection, syncRun } from '../test/fixtures';
import { ConnectionCard } from './connection-card';

const NOW = Date.parse('2027-03-10T12:00:00Z');

function renderCard(connection: ReturnType<typeof jiraConnection>, mocks: MockLink.MockedResponse[]) {
  const onRunFinished = jest.fn();
  render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <ToastProvider>
        <ConnectionCard connection={connection} now={NOW} onEdit={jest.fn()} onDelete={jest.fn()} onRunFinished={onRunFinished} />
      </ToastProvider>
    </MockedProvider>,
  );
  return { onRunFinished };
}

const poll = (run: ReturnType<typeof syncRun>) => ({
  request: { query: SyncRunQuery, variables: { id: run.id } },
  result: { data: { syncRun: run } },
});

describe('ConnectionCard', () => {
  it('shows a connection: site, JQL, schedule, last sync and its latest status', () => {
    renderCard(jiraConnection(), []);
    const card = screen.getByRole('region', { name: 'Acme Jira' });
    expect(within(card).getByRole('link', { name: 'acme.atlassian.net' })).toHaveAttribute('href', 'https://acme.atlassian.net');
    expect(card).toHaveTextContent('project in (PLAT, CHK) AND issuetype = Epic');
    expect(card).toHaveTextContent('Every 30 min');
    expect(card).toHaveTextContent('59 minutes ago');
    expect(card).toHaveTextContent('Succeeded');
  });

  it('shows the run history on demand, with each failed run’s error', async () => {
    const failed = syncRun({
      id: 'run-0',
      status: 'FAILED',
      full: true,
      issuesSeen: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      error: 'Jira rejected the JQL',
    });
    renderCard(jiraConnection({ runs: [syncRun(), failed] }), []);
    const toggle = screen.getByRole('button', { name: /Run history/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);

    const table = screen.getByRole('table', { name: 'Recent runs of Acme Jira, newest first' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent(/Succeeded\s*Incremental\s*59 minutes ago\s*40 s\s*40\s*3\s*5\s*32\s*0/);
    expect(rows[2]).toHaveTextContent('Failed');
    expect(rows[3]).toHaveTextContent('Error: Jira rejected the JQL');
  });

  it('follows a run it starts to its end: progress while it runs, then a toast', async () => {
    const queued = syncRun({
      id: 'run-2',
      status: 'QUEUED',
      startedAt: null,
      finishedAt: null,
      expectedIssues: null,
      issuesSeen: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
    });
    const running = { ...queued, status: 'RUNNING' as const, startedAt: '2027-03-10T11:59:50.000Z', expectedIssues: 200, issuesSeen: 50 };
    const done = {
      ...running,
      status: 'SUCCEEDED' as const,
      finishedAt: '2027-03-10T12:00:30.000Z',
      issuesSeen: 200,
      created: 12,
      updated: 4,
      unchanged: 184,
    };
    const { onRunFinished } = renderCard(jiraConnection(), [
      {
        request: { query: SyncJiraConnectionMutation, variables: { id: 'conn-1', full: false } },
        result: { data: { syncJiraConnection: queued } },
      },
      { request: { query: JiraConnectionsQuery }, result: { data: { jiraConnections: [jiraConnection({ runs: [queued, syncRun()] })] } } },
      poll(running),
      poll(done),
    ]);

    await userEvent.click(screen.getByRole('button', { name: 'Sync now' }));

    const bar = await screen.findByRole('progressbar', { name: 'Sync of Acme Jira' }, { timeout: 3000 });
    expect(await screen.findByText('50 of about 200 issues', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(bar).toHaveAttribute('aria-valuenow', '25');
    expect(screen.getByRole('button', { name: 'Sync now' })).toBeDisabled();

    expect(
      await screen.findByText('Sync of Acme Jira finished: 12 created, 4 updated, 184 unchanged.', {}, { timeout: 3000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(onRunFinished).toHaveBeenCalledTimes(1);
  });

  it('picks up a run already in progress and reports its failure', async () => {
    const running = syncRun({ id: 'run-3', status: 'RUNNING', full: true, finishedAt: null, expectedIssues: null, issuesSeen: 7 });
    const failed = {
      ...running,
      status: 'FAILED' as const,
      finishedAt: '2027-03-10T12:00:05.000Z',
      error: 'Jira did not accept the API token (401): give a new one.',
    };
    renderCard(jiraConnection({ runs: [running] }), [poll(failed)]);

    const bar = screen.getByRole('progressbar', { name: 'Sync of Acme Jira' });
    expect(bar).not.toHaveAttribute('aria-valuenow');
    expect(bar).toHaveAttribute('aria-valuetext', '7 issues read');

    expect(await screen.findByRole('alert', {}, { timeout: 3000 })).toHaveTextContent(
      'Sync of Acme Jira failed: Jira did not accept the API token (401): give a new one.',
    );
  });

  it('offers no sync for a connection made by a CSV import until it has credentials', () => {
    renderCard(jiraConnection({ hasApiToken: false, baseUrl: '', jql: '', runs: [] }), []);
    expect(screen.queryByRole('button', { name: 'Sync now' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Full sync' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add Jira credentials' })).toBeInTheDocument();
    expect(screen.getByText('Never synced')).toBeInTheDocument();
  });

  it('does not start a second run while one is in progress', () => {
    renderCard(jiraConnection({ runs: [syncRun({ id: 'run-4', status: 'QUEUED', startedAt: null, finishedAt: null })] }), [
      poll(syncRun({ id: 'run-4', status: 'QUEUED', startedAt: null, finishedAt: null })),
    ]);
    expect(screen.getByRole('button', { name: 'Sync now' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Full sync' })).toBeDisabled();
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuetext', 'Waiting to start');
  });
});
