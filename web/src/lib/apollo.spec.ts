import { gql } from '@apollo/client';
import { createApolloClient } from './apollo';
import { MeQuery } from './session/me.query';

const me = { __typename: 'User', id: 'u1', email: 'priya@example.com', name: 'Priya Raman', role: 'EDITOR' };

function answer(body: unknown) {
  return { ok: true, status: 200, headers: new Map([['content-type', 'application/json']]), text: async () => JSON.stringify(body) };
}

afterEach(() => delete (globalThis as { fetch?: unknown }).fetch);

describe('the Apollo client', () => {
  it('forgets the signed-in user when the API says the session is gone', async () => {
    const fetch = jest.fn();
    Object.assign(globalThis, { fetch });
    const client = createApolloClient('http://test/graphql');
    client.writeQuery({ query: MeQuery, data: { __typename: 'Query', me } as never });
    fetch.mockResolvedValueOnce(answer({ errors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }], data: null }));
    await client.query({ query: gql('query Teams { teams { id } }') }).catch(() => null);
    expect(client.readQuery({ query: MeQuery })?.me).toBeNull();
  });

  it('keeps the user on any other error', async () => {
    const fetch = jest.fn();
    Object.assign(globalThis, { fetch });
    const client = createApolloClient('http://test/graphql');
    client.writeQuery({ query: MeQuery, data: { __typename: 'Query', me } as never });
    fetch.mockResolvedValueOnce(answer({ errors: [{ message: 'No', extensions: { code: 'FORBIDDEN' } }], data: null }));
    await client.query({ query: gql('query Teams { teams { id } }') }).catch(() => null);
    expect(client.readQuery({ query: MeQuery })?.me?.name).toBe('Priya Raman');
  });
});
