import { Link } from 'react-router';
import { decisionRef } from '../decision-status';

/** "ADR-0007 Title", linking to the decision's page. */
export function DecisionLink({ decision }: { decision: { id: string; number: number; title: string } }) {
  return (
    <Link to={`/decisions/${decision.id}`} className="text-indigo-700 hover:underline">
      <span className="font-mono text-xs font-semibold text-slate-600">{decisionRef(decision.number)}</span> {decision.title}
    </Link>
  );
}
