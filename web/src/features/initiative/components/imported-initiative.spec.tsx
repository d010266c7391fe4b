import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import type { DependencyItemFragment, InitiativeFieldsFragment } from '../../../gql/graphql';
import { InitiativeSearchQuery } from '../api/initiative-search.query';
import { UpdateInitiativeDetailsMutation } from '../api/update-initiative.mutation';
import { anInitiative, optionsMock } from '../test/fixtures';
import { DependencySection } from './dependency-section';
import { InitiativeEditor } from './initiative-editor';
import { JiraLink } from './jira-link';
import { signedIn } from '../../../test/session';

const imported = anInitiative({
  key: 'TL-7',
  title: 'Consolidate the message queues',
  description: 'From the epic.',
  status: 'IN_PROGRESS',
  effortWeeks: 8,
  version: 5,
  externalKey: 'PLAT-12',
  externalUrl: 'https://example.atlassian.net/browse/PLAT-12',
  progress: 0.4,
});

function renderEditor(initiative: InitiativeFieldsFragment, mocks: object[] = [optionsMock]) {
  render(
    <MockedProvider mocks={mocks as never}>
      <InitiativeEditor initiative={initiative} onReload={async () => undefined} />
    </MockedProvider>,
  );
}

describe('An initiative imported from Jira', () => {
  it('shows the fields Jira owns read-only, each saying so', async () => {
    renderEditor(imported);
    for (const label of [/^Title/, 'Description', 'Start date', 'End date']) {
      const field = screen.getByLabelText(label);
      expect(field).toHaveAttribute('readonly');
      expect(field).toHaveAccessibleDescription('Edited in Jira');
    }
    for (const label of ['Status', 'Lead team']) expect(screen.getByLabelText(label)).toBeDisabled();
    await userEvent.type(screen.getByLabelText(/^Title/), ' and more');
    expect(screen.getByLabelText(/^Title/)).toHaveValue('Consolidate the message queues');
  });

  it('keeps Throughline’s own fields editable and saves only those', async () => {
    const save = jest.fn(() => ({ data: { updateInitiative: { ...imported, health: 'AT_RISK' as const, owner: 'Dana', version: 6 } } }));
    const update = {
      request: { query: UpdateInitiativeDetailsMutation, variables: { input: { id: 'i1', version: 5, health: 'AT_RISK', owner: 'Dana' } } },
      result: save,
    };
    renderEditor(imported, [optionsMock, update]);
    for (const label of ['Health', 'Owner', 'Effort (engineer-weeks)']) expect(screen.getByLabelText(label)).toBeEnabled();
    expect(screen.getByLabelText('Owner')).not.toHaveAttribute('readonly');
    await userEvent.selectOptions(screen.getByLabelText('Health'), 'AT_RISK');
    await userEvent.type(screen.getByLabelText('Owner'), 'Dana');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
  });

  it('leaves every field editable on an initiative of Throughline’s own', () => {
    renderEditor({ ...imported, externalKey: null, externalUrl: null });
    expect(screen.getByLabelText(/^Title/)).not.toHaveAttribute('readonly');
    expect(screen.getByLabelText('Start date')).not.toHaveAttribute('readonly');
    expect(screen.getByLabelText('Status')).toBeEnabled();
    expect(screen.getByLabelText('Lead team')).toBeEnabled();
  });

  it('explains why, with a link to edit it in Jira', () => {
    render(<JiraLink externalKey={imported.externalKey} externalUrl={imported.externalUrl} progress={imported.progress} />);
    const note = screen.getByTestId('jira-owned-note');
    expect(note).toHaveTextContent(/Title, description, status, dates and lead team come from Jira and are read-only here/);
    expect(within(note).getByRole('link', { name: /Edit in Jira/ })).toHaveAttribute('href', imported.externalUrl);
  });

  it('offers no removal of a dependency between two imported initiatives, but does for others', () => {
    const item = (id: string, key: string, externalKey: string | null): DependencyItemFragment => ({
      __typename: 'Initiative',
      id,
      key,
      title: `Work ${key}`,
      status: 'PLANNED',
      health: 'ON_TRACK',
      startDate: null,
      endDate: null,
      externalKey,
      leadTeam: null,
    });
    const search = {
      request: { query: InitiativeSearchQuery, variables: () => true },
      result: { data: { initiatives: { items: [], totalCount: 0 } } },
    };
    render(
      <MockedProvider mocks={[search]} cache={signedIn()}>
        <MemoryRouter>
          <DependencySection initiative={imported} dependsOn={[item('i2', 'TL-8', 'PLAT-13'), item('i3', 'TL-9', null)]} dependents={[]} />
        </MemoryRouter>
      </MockedProvider>,
    );
    expect(screen.queryByRole('button', { name: 'Remove dependency on TL-8' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('link', { name: /TL-8/ }).closest('li')!).getByText(/Jira link/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove dependency on TL-9' })).toBeInTheDocument();
  });
});
