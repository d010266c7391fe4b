import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { act, render, screen } from '@testing-library/react';
import { Role } from '@throughline/shared';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { MeQuery } from '../../lib/session/me.query';
import { signedIn } from '../../test/session';
import { SessionGate } from './session-gate';

function SignIn() {
  const location = useLocation();
  return <p>Sign in, then {new URLSearchParams(location.search).get('next') ?? 'the roadmap'}</p>;
}

function renderGate(props: Omit<MockedProviderProps, 'children'>, url = '/risks?status=OPEN') {
  render(
    <MockedProvider {...props}>
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route path="/sign-in" element={<SignIn />} />
          <Route
            path="*"
            element={
              <SessionGate>
                <p>The app</p>
              </SessionGate>
            }
          />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('SessionGate', () => {
  it('shows the app to a signed-in user', () => {
    renderGate({ cache: signedIn(Role.VIEWER) });
    expect(screen.getByText('The app')).toBeInTheDocument();
  });

  it('sends anyone else to sign in, coming back to the page afterwards', async () => {
    renderGate({ mocks: [{ request: { query: MeQuery }, result: { data: { me: null } } }] });
    expect(await screen.findByText('Sign in, then /risks?status=OPEN')).toBeInTheDocument();
  });

  it('sends the user to sign in when the session ends later (the client forgets `me`)', async () => {
    const cache = signedIn();
    renderGate({ cache });
    expect(screen.getByText('The app')).toBeInTheDocument();
    act(() => cache.writeQuery({ query: MeQuery, data: { __typename: 'Query', me: null } }));
    expect(await screen.findByText('Sign in, then /risks?status=OPEN')).toBeInTheDocument();
  });
});
