import type { ApolloCache } from '@apollo/client';

/** Both ends of a changed dependency, and the roadmap's arrows, are stale afterwards. */
export function evictDependencies(cache: ApolloCache, initiativeIds: ReadonlyArray<string | number>): void {
  for (const id of initiativeIds) {
    const ref = cache.identify({ __typename: 'Initiative', id: String(id) });
    cache.evict({ id: ref, fieldName: 'dependsOn' });
    cache.evict({ id: ref, fieldName: 'dependents' });
  }
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'roadmap' });
}
