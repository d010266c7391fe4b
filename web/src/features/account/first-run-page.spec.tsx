import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import FirstRunPage from './first-run-page';
import { fakeFetch, removeFakeFetch, sentBody } from './test/fake-fetch';

function Where() {
  const location = useLocation();
  return <p>At {location.pathname + location.search}</p>;
}

function renderPage() {
  render(
    <MockedProvider>
      <MemoryRouter initialEntries={['/first-run']}>
        <Routes>
          <Route path="/first-run" element={<FirstRunPage />} />
          <Route path="*" element={<Where />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

const needed = { '/auth/first-run': { status: 200, body: { needed: true } } };
afterEach(removeFakeFetch);

describe('the first-run page', () => {
  it('says what each field needs, the password’s length included, before sending', async () => {
    const fetch = fakeFetch(needed);
    renderPage();
    await userEvent.type(screen.getByRole('textbox', { name: /email/i }), 'priya');
    await userEvent.type(screen.getByLabelText(/password/i), 'short');
    await userEvent.click(screen.getByRole('button', { name: 'Create administrator' }));
    expect(screen.getByRole('textbox', { name: /email/i })).toHaveAccessibleDescription('Enter an email address, e.g. priya@example.com.');
    expect(screen.getByRole('textbox', { name: /name/i })).toHaveAccessibleDescription('Enter your name, as others will see it.');
    expect(screen.getByLabelText(/password/i)).toHaveAccessibleDescription('Use at least 12 characters (5 so far).');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('creates the administrator, who is then signed in and sees the roadmap', async () => {
    const fetch = fakeFetch({ ...needed, 'POST /auth/first-run': { status: 204 } });
    renderPage();
    await userEvent.type(screen.getByRole('textbox', { name: /email/i }), ' priya@example.com ');
    await userEvent.type(screen.getByRole('textbox', { name: /name/i }), 'Priya Raman');
    await userEvent.type(screen.getByLabelText(/password/i), 'a long enough passphrase');
    await userEvent.click(screen.getByRole('button', { name: 'Create administrator' }));
    expect(await screen.findByText('At /')).toBeInTheDocument();
    expect(sentBody(fetch, '/auth/first-run')).toEqual({
      email: 'priya@example.com',
      name: 'Priya Raman',
      password: 'a long enough passphrase',
    });
  });

  it('sends a visitor to sign in once an account exists', async () => {
    fakeFetch({ '/auth/first-run': { status: 200, body: { needed: false } } });
    renderPage();
    expect(await screen.findByText('At /sign-in')).toBeInTheDocument();
  });
});
