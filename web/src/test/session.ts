import { InMemoryCache } from '@apollo/client';
import { Role } from '@throughline/shared';
import { MeQuery } from '../lib/session/me.query';

/**
 * `cache` holding a signed-in user of `role`, as the session gate leaves it: give it to
 * MockedProvider (`cache={signedIn()}`) so the controls that role may use are offered.
 */
export function signedIn(role: Role = Role.EDITOR, cache = new InMemoryCache(), name = 'Priya Raman'): InMemoryCache {
  cache.writeQuery({
    query: MeQuery,
    data: { __typename: 'Query', me: { __typename: 'User', id: 'user-me', email: 'priya@example.com', name, role } },
  });
  return cache;
}
