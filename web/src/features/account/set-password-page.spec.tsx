import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import SetPasswordPage from './set-password-page';
import { fakeFetch, removeFakeFetch, sentBody } from './test/fake-fetch';

function renderAt(url: string) {
  render(
    <MockedProvider>
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route path="/set-password" element={<SetPasswordPage />} />
          <Route path="/" element={<p>The roadmap</p>} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

async function choose(password: string, again = password) {
  await userEvent.type(screen.getByLabelText(/^New password \*?$/), password);
  await userEvent.type(screen.getByLabelText(/again/), again);
  await userEvent.click(screen.getByRole('button', { name: 'Set password and sign in' }));
}

afterEach(removeFakeFetch);

describe('the set-password page', () => {
  it('sets the password with the link’s token and signs in', async () => {
    const fetch = fakeFetch({ '/auth/set-password': { status: 204 } });
    renderAt('/set-password?token=tok123');
    await choose('a long enough passphrase');
    expect(await screen.findByText('The roadmap')).toBeInTheDocument();
    expect(sentBody(fetch, '/auth/set-password')).toEqual({ token: 'tok123', password: 'a long enough passphrase' });
  });

  it('catches two different passwords before sending', async () => {
    const fetch = fakeFetch({});
    renderAt('/set-password?token=tok123');
    await choose('a long enough passphrase', 'a long enough passphrasE');
    expect(screen.getByLabelText(/again/)).toHaveAccessibleDescription('The two passwords differ.');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('says when the link was used or has expired', async () => {
    fakeFetch({
      '/auth/set-password': { status: 400, body: { error: { code: 'BAD_USER_INPUT', message: 'This link was used or has expired' } } },
    });
    renderAt('/set-password?token=old');
    await choose('a long enough passphrase');
    expect(await screen.findByRole('alert')).toHaveTextContent('This link was used or has expired');
  });

  it('explains a link without its token', () => {
    renderAt('/set-password');
    expect(screen.getByRole('heading', { name: 'This link is incomplete' })).toBeInTheDocument();
  });
});
