import { ErrorBanner } from '../../../components/ui/error-banner';
import type { DecisionsPanelProps } from '../../../components/slots';
import { useLinkedDecisions } from '../api/linked-decisions.query';
import { DecisionLink } from './decision-link';
import { DecisionStatusBadge } from './decision-status-badge';

/** The decision records linked to an initiative or a goal, on its page. */
export function DecisionsPanel(link: DecisionsPanelProps) {
  const { decisions, error } = useLinkedDecisions(link);
  return (
    <section aria-label="Decisions" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 className="text-sm font-semibold text-slate-900">Decisions</h2>
      <ErrorBanner error={error} title="Decisions could not be loaded" />
      {decisions.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500">No decision record is linked to this {link.initiativeId ? 'initiative' : 'goal'}.</p>
      ) : (
        <ul className="mt-2 space-y-1.5">
          {decisions.map((decision) => (
            <li key={decision.id} className="flex flex-wrap items-center gap-2 text-sm">
              <DecisionLink decision={decision} />
              <DecisionStatusBadge status={decision.status} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
