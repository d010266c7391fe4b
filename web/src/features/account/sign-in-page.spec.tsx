import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import SignInPage from './sign-in-page';
import { fakeFetch, removeFakeFetch, sentBody } from './test/fake-fetch';

function Where() {
  const location = useLocation();
  return <p>At {location.pathname + location.search}</p>;
}

function renderAt(url: string) {
  render(
    <MockedProvider>
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route path="/sign-in" element={<SignInPage />} />
          <Route path="*" element={<Where />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

async function signIn(password = 'a long enough password') {
  await userEvent.type(screen.getByRole('textbox', { name: /email/i }), 'priya@example.com');
  await userEvent.type(screen.getByLabelText(/password/i), password);
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

const noFirstRun = { '/auth/first-run': { status: 200, body: { needed: false } } };
afterEach(removeFakeFetch);

describe('the sign-in page', () => {
  it('signs in with the CSRF header and goes where the user was going', async () => {
    const fetch = fakeFetch({ ...noFirstRun, '/auth/login': { status: 204 } });
    renderAt('/sign-in?next=%2Frisks%3Fstatus%3DOPEN');
    await signIn();
    expect(await screen.findByText('At /risks?status=OPEN')).toBeInTheDocument();
    expect(sentBody(fetch, '/auth/login')).toEqual({ email: 'priya@example.com', password: 'a long enough password' });
    const init = fetch.mock.calls.find(([path]) => path === '/auth/login')?.[1];
    expect(init?.headers).toMatchObject({ 'X-Requested-With': 'XMLHttpRequest' });
  });

  it('never leaves the app for a `next` on another site', async () => {
    fakeFetch({ ...noFirstRun, '/auth/login': { status: 204 } });
    renderAt('/sign-in?next=%2F%2Fevil.example');
    await signIn();
    expect(await screen.findByText('At /')).toBeInTheDocument();
  });

  it('shows the server’s words for a wrong password', async () => {
    fakeFetch({
      ...noFirstRun,
      '/auth/login': { status: 401, body: { error: { code: 'UNAUTHENTICATED', message: 'Wrong email or password' } } },
    });
    renderAt('/sign-in');
    await signIn('wrong password here');
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong email or password');
  });

  it('says how many minutes to wait once throttled', async () => {
    fakeFetch({
      ...noFirstRun,
      '/auth/login': {
        status: 429,
        body: { error: { code: 'RATE_LIMITED', message: 'Too many failed sign-ins: try again in 540 seconds' } },
        headers: { 'Retry-After': '540' },
      },
    });
    renderAt('/sign-in');
    await signIn();
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts. Try again in 9 minutes.');
  });

  it('asks for what is missing before sending anything', async () => {
    const fetch = fakeFetch(noFirstRun);
    renderAt('/sign-in');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByRole('textbox', { name: /email/i })).toHaveAccessibleDescription('Enter your email address.');
    expect(fetch.mock.calls.some(([path]) => path === '/auth/login')).toBe(false);
  });

  it('leads the first visitor of a server with no account to create the administrator', async () => {
    fakeFetch({ '/auth/first-run': { status: 200, body: { needed: true } } });
    renderAt('/sign-in?next=%2Fteams');
    expect(await screen.findByText('At /first-run?next=%2Fteams')).toBeInTheDocument();
  });

  it('offers single sign-on when the server has it, keeping where the user was going', async () => {
    fakeFetch({ ...noFirstRun, '/auth/oidc': { status: 200, body: { enabled: true, displayName: 'Acme SSO' } } });
    renderAt('/sign-in?next=%2Frisks%3Fstatus%3DOPEN');
    const link = await screen.findByRole('link', { name: 'Sign in with Acme SSO' });
    expect(link).toHaveAttribute('href', '/auth/oidc/login?next=%2Frisks%3Fstatus%3DOPEN');
  });

  it('offers no single sign-on when the server has none', async () => {
    const fetch = fakeFetch({ ...noFirstRun, '/auth/oidc': { status: 200, body: { enabled: false, displayName: null } } });
    renderAt('/sign-in');
    await screen.findByRole('button', { name: 'Sign in' });
    await waitFor(() => expect(fetch.mock.calls.some(([path]) => path === '/auth/oidc')).toBe(true));
    expect(screen.queryByRole('link', { name: /sign in with/i })).not.toBeInTheDocument();
  });

  it('says why single sign-on came back refused', async () => {
    fakeFetch(noFirstRun);
    renderAt('/sign-in?sso_error=domain_not_allowed');
    expect(await screen.findByRole('alert')).toHaveTextContent('Accounts with your email domain may not sign in to Throughline.');
  });
});
