import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { AuditFilter } from '../../../gql/graphql';

export const AuditEventsQuery = graphql(`
  query AuditEvents($filter: AuditFilter, $first: Int, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      items {
        ...AuditEventFields
      }
      nextCursor
    }
  }
`);

const PAGE_SIZE = 50;

/** The trail, newest first, a page at a time: `loadMore` appends the next page (see the cache policy). */
export function useAuditEvents(filter: AuditFilter) {
  const result = useQuery(AuditEventsQuery, { variables: { filter, first: PAGE_SIZE }, notifyOnNetworkStatusChange: true });
  const cursor = result.data?.auditEvents.nextCursor;
  const loadMore = cursor ? () => result.fetchMore({ variables: { filter, first: PAGE_SIZE, after: cursor } }) : undefined;
  return { ...result, loadMore };
}
