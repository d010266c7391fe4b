import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { CreateTeamMutation } from '../api/create-team.mutation';
import { CreateTeamDialog } from './create-team-dialog';

// jsdom has no modal dialogs; opening one just sets `open`.
function renderDialog(mocks: MockedProviderProps['mocks']) {
  return render(
    <MockedProvider mocks={mocks}>
      <CreateTeamDialog open onClose={() => undefined} />
    </MockedProvider>,
  );
}

describe('CreateTeamDialog', () => {
  it('shows the API’s message at the field it names', async () => {
    renderDialog([
      {
        request: { query: CreateTeamMutation, variables: { input: { key: 'PLAT', name: 'Platform' } } },
        result: {
          errors: [
            new GraphQLError('input.key: team key PLAT is already used by Platform', {
              extensions: { code: 'BAD_USER_INPUT', field: 'input.key' },
            }),
          ],
        },
      },
    ]);
    await userEvent.type(screen.getByRole('textbox', { name: /key/i }), 'plat');
    await userEvent.type(screen.getByRole('textbox', { name: /name/i }), 'Platform');
    await userEvent.click(screen.getByRole('button', { name: 'Create team' }));

    const key = screen.getByRole('textbox', { name: /key/i });
    expect(await screen.findByText('team key PLAT is already used by Platform')).toBeInTheDocument();
    expect(key).toHaveAttribute('aria-invalid', 'true');
    expect(key).toHaveAccessibleDescription('team key PLAT is already used by Platform');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('checks the key before asking the server', async () => {
    renderDialog([]);
    await userEvent.type(screen.getByRole('textbox', { name: /key/i }), 'p');
    await userEvent.click(screen.getByRole('button', { name: 'Create team' }));
    expect(screen.getByRole('textbox', { name: /key/i })).toHaveAccessibleDescription(/2 to 10 capital letters or digits/);
    expect(screen.getByRole('textbox', { name: /name/i })).toHaveAccessibleDescription('Give the team a name.');
  });

  it('puts an error that names no field of the form in a banner', async () => {
    renderDialog([
      {
        request: { query: CreateTeamMutation, variables: { input: { key: 'PLAT', name: 'Platform' } } },
        result: { errors: [new GraphQLError('Internal server error', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })] },
      },
    ]);
    await userEvent.type(screen.getByRole('textbox', { name: /key/i }), 'PLAT');
    await userEvent.type(screen.getByRole('textbox', { name: /name/i }), 'Platform');
    await userEvent.click(screen.getByRole('button', { name: 'Create team' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Internal server error');
  });
});
