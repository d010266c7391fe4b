import { Role } from '@throughline/shared';
import type { OutcomesPanelProps } from '../../../components/slots';
import { ErrorBanner } from '../../../components/ui/error-banner';
import { LoadingBlock } from '../../../components/ui/spinner';
import { useCan } from '../../../lib/session/use-can';
import { useInitiativeOutcomes } from '../api/initiative-outcomes.query';
import { OutcomeCard } from './outcome-card';

/** The initiative page's outcomes: a verdict card per metric the work should move. */
export function InitiativeOutcomes({ initiativeId }: OutcomesPanelProps) {
  const { data, loading, error, refetch } = useInitiativeOutcomes(initiativeId);
  const canEdit = useCan(Role.EDITOR);
  const initiative = data?.initiative;
  if (loading && !initiative) return <LoadingBlock label="Loading the outcomes" />;
  if (!initiative) return <ErrorBanner error={error} title="The outcomes could not be loaded" onRetry={() => void refetch()} />;
  if (!initiative.outcomes.length) return null;
  return (
    <section aria-labelledby="outcomes-heading" className="space-y-3">
      <h2 id="outcomes-heading" className="text-base font-semibold text-slate-900">
        Did it move its metrics?
      </h2>
      {initiative.outcomes.map((outcome) => (
        <OutcomeCard key={outcome.metric.id} outcome={outcome} initiative={initiative} canEdit={canEdit} onSaved={() => refetch()} />
      ))}
    </section>
  );
}
