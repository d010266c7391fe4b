import { Health, Role } from '@throughline/shared';
import { Badge, HealthBadge } from '../../../components/ui/badge';
import type { CheckInPanelProps } from '../../../components/slots';
import { Markdown } from '../../../components/ui/markdown';
import { formatDate } from '../../../lib/format';
import { useCan } from '../../../lib/session/use-can';
import { useInitiativeCheckIns } from '../api/initiative-check-ins.query';
import { CheckInForm } from './check-in-form';
import { ForecastReason } from './forecast-reason';
import { InheritedRisks } from './inherited-risks';

/** An initiative's forecast and why, the risks it inherits, and its check-ins, newest first, with a form to post one. */
export function CheckInPanel({ initiativeId, health }: CheckInPanelProps) {
  const { data } = useInitiativeCheckIns(initiativeId);
  const canEdit = useCan(Role.EDITOR);
  const initiative = data?.initiative;
  if (!initiative) return null;
  return (
    <div className="space-y-4">
      <ForecastReason forecast={initiative.forecast} />
      <InheritedRisks risks={initiative.inheritedRisks} />
      <section aria-labelledby="check-ins-heading" className="space-y-3">
        <h2 id="check-ins-heading" className="flex items-center gap-2 text-base font-semibold text-slate-900">
          Check-ins <span className="font-normal text-slate-500">({initiative.checkIns.length})</span>
          {initiative.stale && (
            <Badge tone="warning" title="In progress with no check-in for too long">
              Needs an update
            </Badge>
          )}
        </h2>
        {canEdit && <CheckInForm initiativeId={initiativeId} health={health as Health} />}
        {initiative.checkIns.length === 0 ? (
          <p className="text-sm text-slate-500">No check-ins yet.</p>
        ) : (
          <ol className="space-y-2" aria-label="Check-ins, newest first">
            {initiative.checkIns.map((checkIn) => (
              <li key={checkIn.id} className="rounded-lg border border-slate-200 bg-white px-3 py-2">
                <div className="mb-1 flex flex-wrap items-center gap-2 text-xs text-slate-500">
                  <HealthBadge health={checkIn.health} />
                  <span>{checkIn.author.name}</span>
                  <span>{formatDate(checkIn.createdAt.slice(0, 10))}</span>
                  {checkIn.expectedEndDate && <span>expects the end on {formatDate(checkIn.expectedEndDate)}</span>}
                </div>
                <Markdown source={checkIn.body} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
