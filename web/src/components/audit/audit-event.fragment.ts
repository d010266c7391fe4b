import { graphql } from '../../gql';

// What the audit trail and an initiative's history both show of one change.
export const AuditEventFields = graphql(`
  fragment AuditEventFields on AuditEvent {
    id
    at
    action
    entityType
    entityId
    actor {
      kind
      name
      user {
        id
      }
    }
    changes {
      field
      before
      after
    }
  }
`);
