import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import { createCache } from '../../../lib/apollo';
import { InitiativeHistoryQuery } from '../api/initiative-history.query';
import { driftText, HistorySection } from './history-section';

const event = (id: string, at: string, actor: string, kind: string, changes: Array<[string, string | null, string | null]>) => ({
  __typename: 'AuditEvent' as const,
  id,
  at,
  action: 'UPDATE',
  entityType: 'Initiative',
  entityId: 'i1',
  actor: { __typename: 'Actor' as const, kind, name: actor, user: null },
  changes: changes.map(([field, before, after]) => ({ __typename: 'FieldChange' as const, field, before, after })),
});

function renderSection(history: object[], endDateDriftDays: number | null) {
  const mock = {
    request: { query: InitiativeHistoryQuery, variables: { id: 'i1' } },
    result: { data: { initiative: { __typename: 'Initiative', id: 'i1', endDateDriftDays, history } } },
  };
  render(
    <MockedProvider mocks={[mock]} cache={createCache()}>
      <HistorySection initiativeId="i1" version={3} />
    </MockedProvider>,
  );
}

describe('an initiative’s history', () => {
  it('lists who changed what, newest first as the API sends it, dates as dates, Jira named', async () => {
    renderSection(
      [
        event('e2', '2027-03-02T09:00:00Z', 'Priya Raman', 'USER', [['endDate', '"2027-06-30"', '"2027-07-21"']]),
        event('e1', '2027-03-01T09:00:00Z', 'Jira sync: Acme Jira', 'JIRA_SYNC', [['status', '"PLANNED"', '"IN_PROGRESS"']]),
      ],
      21,
    );
    const items = within(await screen.findByTestId('history')).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Priya Raman changed');
    expect(items[0]).toHaveTextContent('End date:Jun 30, 2027→changed toJul 21, 2027');
    expect(items[1]).toHaveTextContent('Jira sync: Acme Jira changed');
    expect(items[1]).toHaveTextContent('Status:Planned→changed toIn progress');
    expect(screen.getByTestId('end-date-drift')).toHaveTextContent('End date moved +21 days since first planned');
  });

  it('says when nothing was recorded, and shows no drift without one', async () => {
    renderSection([], null);
    expect(await screen.findByText('No changes recorded yet.')).toBeInTheDocument();
    expect(screen.queryByTestId('end-date-drift')).not.toBeInTheDocument();
  });

  it('words the drift either way', () => {
    expect(driftText(-3)).toBe('moved −3 days since first planned');
    expect(driftText(1)).toBe('moved +1 day since first planned');
    expect(driftText(0)).toBe('on the end date first planned');
  });
});
