import type { Tone } from '../../components/ui/tones';
import type { DecisionStatus } from '../../gql/graphql';

export const DECISION_STATUSES: readonly DecisionStatus[] = ['PROPOSED', 'ACCEPTED', 'REJECTED', 'DEPRECATED', 'SUPERSEDED'];

export const DECISION_STATUS_LABEL: Record<DecisionStatus, string> = {
  PROPOSED: 'Proposed',
  ACCEPTED: 'Accepted',
  REJECTED: 'Rejected',
  DEPRECATED: 'Deprecated',
  SUPERSEDED: 'Superseded',
};

export const DECISION_STATUS_TONE: Record<DecisionStatus, Tone> = {
  PROPOSED: 'info',
  ACCEPTED: 'success',
  REJECTED: 'danger',
  DEPRECATED: 'muted',
  SUPERSEDED: 'muted',
};

/** "ADR-0007" for 7. */
export const decisionRef = (number: number) => `ADR-${String(number).padStart(4, '0')}`;
