import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ServerError } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { ErrorCode } from '@throughline/shared';
import { hasErrorCode } from './errors';
import { MeQuery } from './session/me.query';

interface AuditPage {
  items: unknown[];
  nextCursor?: string | null;
}

// Embedded objects without ids of their own are stored inside their parent, not normalised.
const EMBEDDED = { keyFields: false as const };

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          // Pages reached from a list render at once from what the list already loaded.
          initiative: { read: (existing, { args, toReference }) => existing ?? toReference({ __typename: 'Initiative', id: args?.id }) },
          goal: { read: (existing, { args, toReference }) => existing ?? toReference({ __typename: 'Goal', id: args?.id }) },
          metric: { read: (existing, { args, toReference }) => existing ?? toReference({ __typename: 'Metric', id: args?.id }) },
          // One list per filter; "Load more" (an `after` cursor) appends the next page to it.
          auditEvents: {
            keyArgs: ['filter'],
            merge: (existing: AuditPage | undefined, incoming: AuditPage, { args }) =>
              args?.after && existing ? { ...incoming, items: [...existing.items, ...incoming.items] } : incoming,
          },
        },
      },
      Period: EMBEDDED,
      RoadmapLane: EMBEDDED,
      RoadmapDependency: EMBEDDED,
      GoalAlignment: EMBEDDED,
      InitiativePage: EMBEDDED,
      AuditEventPage: EMBEDDED,
      Actor: EMBEDDED,
      FieldChange: EMBEDDED,
      // Lists of related objects are replaced as the server sends them, never merged.
      Initiative: {
        fields: {
          teams: { merge: false },
          goals: { merge: false },
          metrics: { merge: false },
          dependsOn: { merge: false },
          dependents: { merge: false },
          risks: { merge: false },
        },
      },
      Goal: { fields: { children: { merge: false }, metrics: { merge: false }, initiatives: { merge: false } } },
    },
  });
}

// A session that expired or was ended elsewhere: forget the user, and the session gate sends
// them to sign in, coming back to where they were.
function signedOutLink(cache: InMemoryCache): ApolloLink {
  return new ErrorLink(({ error }) => {
    const expired = hasErrorCode(error, ErrorCode.UNAUTHENTICATED) || (ServerError.is(error) && error.statusCode === 401);
    if (expired) cache.writeQuery({ query: MeQuery, data: { __typename: 'Query', me: null } });
  });
}

export function createApolloClient(uri = '/graphql'): ApolloClient {
  const cache = createCache();
  return new ApolloClient({
    link: ApolloLink.from([signedOutLink(cache), new HttpLink({ uri })]),
    cache,
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}

/** The header a shared view sends its link's secret in (read from the page's URL fragment). */
export const SHARE_LINK_HEADER = 'X-Share-Link';

/**
 * The client of a shared view: every request carries the link's secret, nobody is signed in (so
 * `me` is never asked: the link answers only its view's own queries), and nothing is shared with
 * the app's own client.
 */
export function createShareLinkClient(secret: string, uri = '/graphql'): ApolloClient {
  const cache = createCache();
  cache.writeQuery({ query: MeQuery, data: { __typename: 'Query', me: null } });
  return new ApolloClient({
    link: new HttpLink({ uri, headers: { [SHARE_LINK_HEADER]: secret } }),
    cache,
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
