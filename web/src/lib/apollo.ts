import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

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
        },
      },
      Period: EMBEDDED,
      RoadmapLane: EMBEDDED,
      RoadmapDependency: EMBEDDED,
      GoalAlignment: EMBEDDED,
      InitiativePage: EMBEDDED,
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

export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri }),
    cache: createCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
