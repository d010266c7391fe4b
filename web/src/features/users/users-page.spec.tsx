import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Role } from '@throughline/shared';
import { ToastProvider } from '../../components/ui/toast';
import { createCache } from '../../lib/apollo';
import { signedIn } from '../../test/session';
import { CreateUserMutation } from './api/create-user.mutation';
import { UpdateUserMutation } from './api/update-user.mutation';
import { UsersQuery } from './api/users.query';
import UsersPage from './users-page';

const user = (id: string, name: string, role: string, active = true) => ({
  __typename: 'User' as const,
  id,
  email: `${name.split(' ')[0].toLowerCase()}@example.com`,
  name,
  role,
  active,
  createdAt: '2027-01-04T09:00:00Z',
  lastSeenAt: null,
});
const priya = user('u1', 'Priya Raman', 'ADMIN');
const sam = user('u2', 'Sam Okafor', 'VIEWER');
const list = (users = [priya, sam]) => ({ request: { query: UsersQuery }, result: { data: { users } } });

function renderPage(mocks: object[]) {
  render(
    <MockedProvider mocks={mocks as never} cache={signedIn(Role.ADMIN, createCache())}>
      <ToastProvider>
        <UsersPage />
      </ToastProvider>
    </MockedProvider>,
  );
}

describe('the Users page', () => {
  it('creates a user and shows the one-time link to pass on, as a full URL', async () => {
    const ana = user('u3', 'Ana Lima', 'EDITOR');
    const create = {
      request: { query: CreateUserMutation, variables: { input: { email: 'ana@example.com', name: 'Ana Lima', role: 'EDITOR' } } },
      result: { data: { createUser: { __typename: 'CreatedUser', user: ana, setPasswordUrl: '/set-password?token=abc' } } },
    };
    renderPage([list(), create, list([priya, sam, ana])]);
    await userEvent.click(await screen.findByRole('button', { name: 'New user' }));
    const dialog = screen.getByRole('dialog', { name: 'New user' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: /email/i }), 'ana@example.com');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /name/i }), 'Ana Lima');
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: /role/i }), 'EDITOR');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create user' }));
    const shown = await screen.findByRole('dialog', { name: 'Pass this link on to Ana Lima' });
    expect(within(shown).getByRole('textbox', { name: 'Set-password link' })).toHaveValue('http://localhost/set-password?token=abc');
    expect(shown).toHaveTextContent('It is shown only now');
  });

  it('changes a role and deactivates a user', async () => {
    const promote = jest.fn(() => ({ data: { updateUser: { ...sam, role: 'EDITOR' } } }));
    const deactivate = jest.fn(() => ({ data: { updateUser: { ...sam, role: 'EDITOR', active: false } } }));
    renderPage([
      list(),
      { request: { query: UpdateUserMutation, variables: { input: { id: 'u2', role: 'EDITOR' } } }, result: promote },
      { request: { query: UpdateUserMutation, variables: { input: { id: 'u2', active: false } } }, result: deactivate },
    ]);
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Role of Sam Okafor' }), 'EDITOR');
    expect(await screen.findByText('Sam Okafor is now editor')).toBeInTheDocument();
    // Twice in the DOM: under the name on a phone, in a column of its own wider (CSS shows one).
    await userEvent.click(screen.getAllByRole('button', { name: 'Deactivate Sam Okafor' })[0]);
    expect(await screen.findAllByRole('button', { name: 'Reactivate Sam Okafor' })).toHaveLength(2);
    expect(screen.getByRole('row', { name: /Sam Okafor/ })).toHaveTextContent('Deactivated');
    expect(promote).toHaveBeenCalledTimes(1);
    expect(deactivate).toHaveBeenCalledTimes(1);
  });

  it('says why a change was refused', async () => {
    const refused = {
      request: { query: UpdateUserMutation, variables: { input: { id: 'u1', role: 'VIEWER' } } },
      result: { errors: [{ message: 'The last active ADMIN cannot be demoted', extensions: { code: 'BAD_USER_INPUT' } }] },
    };
    renderPage([list(), refused]);
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Role of Priya Raman' }), 'VIEWER');
    expect(await screen.findByText('Priya Raman was not changed: The last active ADMIN cannot be demoted')).toBeInTheDocument();
  });
});
