import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { createCache } from '../../../lib/apollo';
import { CreateJiraConnectionMutation } from '../api/create-jira-connection.mutation';
import { UpdateJiraConnectionMutation } from '../api/update-jira-connection.mutation';
import { jiraConnection, stubModalDialogs } from '../test/fixtures';
import { ConnectionDialog } from './connection-dialog';

beforeAll(stubModalDialogs);

const badInput = (field: string, message: string) =>
  new GraphQLError(`${field}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', field } });

function renderDialog(mocks: MockLink.MockedResponse[], connection = null as ReturnType<typeof jiraConnection> | null) {
  const onClose = jest.fn();
  render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <ConnectionDialog open connection={connection} onClose={onClose} />
    </MockedProvider>,
  );
  return { onClose };
}

const field = (name: RegExp) => screen.getByLabelText(name);

async function fillIn() {
  await userEvent.type(field(/^name/i), 'Acme Jira');
  await userEvent.type(field(/site url/i), 'https://acme.atlassian.net');
  await userEvent.type(field(/e-mail/i), 'pm@acme.com');
  await userEvent.type(field(/api token/i), 'wrong-token');
}

const createRequest = {
  query: CreateJiraConnectionMutation,
  variables: {
    input: {
      name: 'Acme Jira',
      baseUrl: 'https://acme.atlassian.net',
      email: 'pm@acme.com',
      apiToken: 'wrong-token',
      jql: 'project in (PLAT, CHK) AND issuetype = Epic',
      syncEveryMinutes: 60,
    },
  },
};

describe('ConnectionDialog', () => {
  it('shows what Jira rejected at the field the API names', async () => {
    renderDialog([
      { request: createRequest, result: { errors: [badInput('input.apiToken', 'Jira did not accept the e-mail and API token (401)')] } },
    ]);
    await fillIn();
    await userEvent.click(screen.getByRole('button', { name: 'Create connection' }));

    expect(await screen.findByText('Jira did not accept the e-mail and API token (401)')).toBeInTheDocument();
    expect(field(/api token/i)).toHaveAttribute('aria-invalid', 'true');
    expect(field(/api token/i)).toHaveAccessibleDescription('Jira did not accept the e-mail and API token (401)');
    expect(field(/site url/i)).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('places an invalid JQL and a bad site at their fields, and a field-less error in a banner', async () => {
    renderDialog([
      {
        request: createRequest,
        result: {
          errors: [
            badInput('input.jql', "Field 'projct' does not exist."),
            badInput('input.baseUrl', 'must start with https://'),
            new GraphQLError('Jira is not answering', { extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
          ],
        },
      },
    ]);
    await fillIn();
    await userEvent.click(screen.getByRole('button', { name: 'Create connection' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Jira is not answering');
    expect(field(/^jql/i)).toHaveAccessibleDescription("Field 'projct' does not exist.");
    expect(field(/site url/i)).toHaveAccessibleDescription('must start with https://');
  });

  it('asks for the missing fields before calling the server', async () => {
    renderDialog([]);
    await userEvent.click(screen.getByRole('button', { name: 'Create connection' }));
    expect(field(/^name/i)).toHaveAccessibleDescription('Give the connection a name.');
    expect(field(/api token/i)).toHaveAccessibleDescription('Paste an API token of that account.');
  });

  it('on edit, leaves the stored token alone when the token field stays blank', async () => {
    const connection = jiraConnection();
    const { onClose } = renderDialog(
      [
        {
          request: { query: UpdateJiraConnectionMutation, variables: { input: { id: connection.id, name: 'Acme Cloud' } } },
          result: { data: { updateJiraConnection: { ...connection, name: 'Acme Cloud' } } },
        },
      ],
      connection,
    );
    expect(field(/api token/i)).toHaveValue('');
    expect(field(/api token/i)).not.toBeRequired();
    await userEvent.clear(field(/^name/i));
    await userEvent.type(field(/^name/i), 'Acme Cloud');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });
});
