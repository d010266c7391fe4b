import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Role } from '@throughline/shared';
import { ToastProvider } from '../../components/ui/toast';
import { createCache } from '../../lib/apollo';
import { signedIn } from '../../test/session';
import { CreateShareLinkMutation } from './api/create-share-link.mutation';
import { RevokeShareLinkMutation } from './api/revoke-share-link.mutation';
import { ShareLinksQuery } from './api/share-links.query';
import { ShareButton } from './components/share-button';
import ShareLinksPage from './share-links-page';

const PARAMS = 'from=2027-01-01&to=2027-12-31&group=goal&status=PLANNED,IN_PROGRESS';
const link = {
  __typename: 'ShareLink' as const,
  id: 's1',
  view: 'ROADMAP',
  params: PARAMS,
  url: `http://localhost/shared/roadmap?${PARAMS}#Ab3xK9Ab3xK9Ab3xK9Ab3xK9Ab3xK9Ab3xK9Ab3xK9A`,
  createdAt: '2027-01-04T09:00:00Z',
  expiresAt: null,
  revokedAt: null,
  createdBy: { __typename: 'User' as const, id: 'user-me', name: 'Priya Raman' },
};
const list = (shareLinks: object[]) => ({ request: { query: ShareLinksQuery }, result: { data: { shareLinks } } });

function renderWith(mocks: object[], role: Role, children: React.ReactNode) {
  render(
    <MockedProvider mocks={mocks as never} cache={signedIn(role, createCache())}>
      <ToastProvider>{children}</ToastProvider>
    </MockedProvider>,
  );
}

describe('the Share button', () => {
  it('makes a link of the view as it is on screen and shows its url once', async () => {
    const secretUrl = `http://localhost/shared/roadmap?${PARAMS}#SECRET43`;
    const create = {
      request: { query: CreateShareLinkMutation, variables: { input: { view: 'ROADMAP', params: PARAMS, expiresAt: null } } },
      result: { data: { createShareLink: { ...link, url: secretUrl } } },
    };
    renderWith([create], Role.EDITOR, <ShareButton view="ROADMAP" params={PARAMS} />);
    await userEvent.click(screen.getByRole('button', { name: 'Share' }));
    const dialog = screen.getByRole('dialog', { name: 'Share this roadmap' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create link' }));
    const shown = await screen.findByRole('dialog', { name: 'Your share link' });
    expect(within(shown).getByRole('textbox', { name: 'Link' })).toHaveValue(secretUrl);
    await userEvent.click(within(shown).getByRole('button', { name: 'Done' }));
    expect(screen.queryByDisplayValue(secretUrl)).not.toBeInTheDocument();
  });

  it('refuses an expiry in the past before asking the server', async () => {
    renderWith([], Role.EDITOR, <ShareButton view="ALIGNMENT" params="fy=2027" />);
    await userEvent.click(screen.getByRole('button', { name: 'Share' }));
    const dialog = screen.getByRole('dialog', { name: 'Share this alignment view' });
    await userEvent.type(within(dialog).getByLabelText(/expires on/i), '2000-01-01');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create link' }));
    expect(await within(dialog).findByText(/choose today or a later day/i)).toBeInTheDocument();
  });

  it('is not offered to a viewer', () => {
    renderWith([], Role.VIEWER, <ShareButton view="ROADMAP" params={PARAMS} />);
    expect(screen.queryByRole('button', { name: 'Share' })).not.toBeInTheDocument();
  });
});

describe('the share links page', () => {
  it('lists what each link shows, and revokes one after asking', async () => {
    const revoke = jest.fn(() => ({ data: { revokeShareLink: true } }));
    renderWith(
      [
        list([link]),
        { request: { query: RevokeShareLinkMutation, variables: { id: 's1' } }, result: revoke },
        list([{ ...link, revokedAt: '2027-01-05T09:00:00Z' }]),
      ],
      Role.EDITOR,
      <ShareLinksPage />,
    );
    const row = await screen.findByRole('row', { name: /roadmap/i });
    expect(row).toHaveTextContent('by goal · 2 statuses');
    expect(row).toHaveTextContent('Active');
    expect(screen.queryByRole('columnheader', { name: 'Created by' })).not.toBeInTheDocument();
    await userEvent.click(within(row).getByRole('button', { name: /revoke/i }));
    await userEvent.click(
      within(screen.getByRole('dialog', { name: /revoke this roadmap link/i })).getByRole('button', { name: 'Revoke link' }),
    );
    expect(await screen.findByText('Roadmap link revoked')).toBeInTheDocument();
    expect(revoke).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Revoked')).toBeInTheDocument();
  });

  it('shows an administrator who made each link, and expired links as such', async () => {
    const expired = {
      ...link,
      id: 's2',
      view: 'ALIGNMENT',
      params: 'fy=2027',
      url: 'http://localhost/shared/alignment?fy=2027#Zz9Zz9Zz9Zz9Zz9Zz9Zz9Zz9Zz9Zz9Zz9Zz9Zz9Zz9Z',
      expiresAt: '2020-01-01T00:00:00Z',
    };
    renderWith([list([{ ...link, createdBy: { ...link.createdBy, name: 'Ada Lovelace' } }, expired])], Role.ADMIN, <ShareLinksPage />);
    expect(await screen.findByRole('columnheader', { name: 'Created by' })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /roadmap/i })).toHaveTextContent('Ada Lovelace');
    const old = screen.getByRole('row', { name: /alignment/i });
    expect(old).toHaveTextContent('FY2027');
    expect(old).toHaveTextContent('Expired');
    expect(within(old).queryByRole('button', { name: /revoke/i })).not.toBeInTheDocument();
  });

  it('copies an active link again, whole, from the list', async () => {
    const user = userEvent.setup();
    renderWith([list([link])], Role.EDITOR, <ShareLinksPage />);
    await user.click(await screen.findByRole('button', { name: /copy link of the roadmap link/i }));
    expect(await navigator.clipboard.readText()).toBe(link.url);
    // On screen, the secret is cut short: enough to tell links apart.
    expect(screen.getByRole('row', { name: /roadmap/i })).toHaveTextContent('#Ab3xK9…');
    expect(screen.getByRole('row', { name: /roadmap/i })).not.toHaveTextContent(link.url);
    expect(screen.getByText('Copied')).toBeInTheDocument();
  });
});
