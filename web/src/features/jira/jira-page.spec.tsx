import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import { createCache } from '../../lib/apollo';
import { JiraConnectionsQuery } from './api/jira-connections.query';
import JiraPage from './jira-page';
import { jiraConnection } from './test/fixtures';
import { Role } from '@throughline/shared';
import { signedIn } from '../../test/session';

function renderPage(connections: ReturnType<typeof jiraConnection>[]) {
  render(
    <MockedProvider
      mocks={[{ request: { query: JiraConnectionsQuery }, result: { data: { jiraConnections: connections } } }]}
      cache={signedIn(Role.ADMIN, createCache())}
    >
      <JiraPage />
    </MockedProvider>,
  );
}

describe('the Jira page', () => {
  it('explains, with none yet, what a connection does and how to make an API token', async () => {
    renderPage([]);
    const intro = await screen.findByRole('region', { name: 'Bring your Jira epics onto the roadmap' });
    expect(intro).toHaveTextContent('Security → API tokens');
    expect(intro).toHaveTextContent('project in (PLAT, CHK) AND issuetype = Epic');
    expect(screen.getByRole('link', { name: 'id.atlassian.com' })).toHaveAttribute(
      'href',
      'https://id.atlassian.com/manage-profile/security/api-tokens',
    );
    expect(screen.getByRole('button', { name: 'New connection' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import CSV' })).toBeInTheDocument();
  });

  it('lists the connections', async () => {
    renderPage([
      jiraConnection(),
      jiraConnection({ id: 'conn-2', name: 'Legacy CSV', hasApiToken: false, baseUrl: '', jql: '', runs: [] }),
    ]);
    expect(await screen.findByRole('region', { name: 'Acme Jira' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Legacy CSV' })).toHaveTextContent('CSV imports only');
  });
});
