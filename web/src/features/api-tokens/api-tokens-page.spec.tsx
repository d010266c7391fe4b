import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Role } from '@throughline/shared';
import { ToastProvider } from '../../components/ui/toast';
import { createCache } from '../../lib/apollo';
import { signedIn } from '../../test/session';
import ApiTokensPage from './api-tokens-page';
import { ApiTokensQuery } from './api/api-tokens.query';
import { CreateApiTokenMutation } from './api/create-api-token.mutation';
import { RevokeApiTokenMutation } from './api/revoke-api-token.mutation';

const token = {
  __typename: 'ApiToken' as const,
  id: 't1',
  name: 'ci push',
  role: 'EDITOR',
  prefix: 'tl_3f9a',
  createdAt: '2027-01-04T09:00:00Z',
  expiresAt: null,
  lastUsedAt: null,
  owner: { __typename: 'User' as const, id: 'user-me', name: 'Priya Raman' },
};
const list = (apiTokens: object[]) => ({ request: { query: ApiTokensQuery }, result: { data: { apiTokens } } });

function renderPage(mocks: object[], role = Role.EDITOR) {
  render(
    <MockedProvider mocks={mocks as never} cache={signedIn(role, createCache())}>
      <ToastProvider>
        <ApiTokensPage />
      </ToastProvider>
    </MockedProvider>,
  );
}

describe('the API tokens page', () => {
  it('creates a token no stronger than its owner and shows it once', async () => {
    const create = {
      request: { query: CreateApiTokenMutation, variables: { input: { name: 'ci push', role: 'EDITOR', expiresAt: null, ownerId: null } } },
      result: { data: { createApiToken: { __typename: 'CreatedApiToken', token: 'tl_secret123', apiToken: token } } },
    };
    renderPage([list([]), create, list([token])]);
    await userEvent.click((await screen.findAllByRole('button', { name: 'New token' }))[0]);
    const dialog = screen.getByRole('dialog', { name: 'New API token' });
    const role = within(dialog).getByRole('combobox', { name: /role/i });
    expect(
      within(role)
        .getAllByRole('option')
        .map((o) => o.getAttribute('value')),
    ).toEqual(['VIEWER', 'EDITOR']);
    expect(within(dialog).queryByRole('combobox', { name: /owner/i })).not.toBeInTheDocument();
    await userEvent.type(within(dialog).getByRole('textbox', { name: /name/i }), 'ci push');
    await userEvent.selectOptions(role, 'EDITOR');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create token' }));
    const shown = await screen.findByRole('dialog', { name: 'Your new token' });
    expect(within(shown).getByRole('textbox', { name: 'Token' })).toHaveValue('tl_secret123');
    await userEvent.click(within(shown).getByRole('button', { name: 'Done' }));
    expect(screen.queryByDisplayValue('tl_secret123')).not.toBeInTheDocument();
    expect(await screen.findByRole('row', { name: /ci push/ })).toHaveTextContent('tl_3f9a…');
  });

  it('revokes a token after asking', async () => {
    const revoke = jest.fn(() => ({ data: { revokeApiToken: true } }));
    renderPage([list([token]), { request: { query: RevokeApiTokenMutation, variables: { id: 't1' } }, result: revoke }]);
    await userEvent.click(await screen.findByRole('button', { name: 'Revoke ci push' }));
    await userEvent.click(within(screen.getByRole('dialog', { name: 'Revoke “ci push”?' })).getByRole('button', { name: 'Revoke token' }));
    expect(await screen.findByText('Token “ci push” revoked')).toBeInTheDocument();
    expect(revoke).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('row', { name: /ci push/ })).not.toBeInTheDocument();
  });

  it('shows an administrator every owner', async () => {
    renderPage([list([{ ...token, owner: { ...token.owner, id: 'u9', name: 'CI service' } }])], Role.ADMIN);
    expect(await screen.findByRole('columnheader', { name: 'Owner' })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /ci push/ })).toHaveTextContent('CI service');
  });
});
