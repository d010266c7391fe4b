import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { graphql } from '../../../gql';

export const InitiativeHistoryQuery = graphql(`
  query InitiativeHistory($id: ID!) {
    initiative(id: $id) {
      id
      endDateDriftDays
      history {
        ...AuditEventFields
      }
    }
  }
`);

/**
 * The initiative's history, as a query of its own so the page shows before it arrives. Each new
 * `version` (a save on this page) is a change the history has not seen yet: it reloads.
 */
export function useInitiativeHistory(id: string, version: number) {
  const result = useQuery(InitiativeHistoryQuery, { variables: { id } });
  const seen = useRef(version);
  const { refetch } = result;
  useEffect(() => {
    if (seen.current === version) return;
    seen.current = version;
    void refetch();
  }, [version, refetch]);
  return result;
}
