import { Badge } from '../../../components/ui/badge';
import type { DecisionStatus } from '../../../gql/graphql';
import { DECISION_STATUS_LABEL, DECISION_STATUS_TONE } from '../decision-status';

export function DecisionStatusBadge({ status }: { status: DecisionStatus }) {
  return <Badge tone={DECISION_STATUS_TONE[status]}>{DECISION_STATUS_LABEL[status]}</Badge>;
}
