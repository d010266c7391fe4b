import { Role } from '@throughline/shared';
import { useState } from 'react';
import { RiskStatusBadge } from '../../../components/ui/badge';
import type { RiskPanelProps } from '../../../components/slots';
import { Button } from '../../../components/ui/button';
import { useCan } from '../../../lib/session/use-can';
import { sortRisks } from '../risk-filters';
import { CreateRiskDialog } from './create-risk-dialog';
import { EditRiskDialog } from './edit-risk-dialog';
import { RiskTitle } from './risk-title';
import { SeverityBadge } from './severity-badge';

/** The risks of one initiative or goal, most severe first, with add and edit. */
export function RiskPanel({ risks, attachTo, ownerKind, onReload }: RiskPanelProps) {
  const [creating, setCreating] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const canEdit = useCan(Role.EDITOR);
  const sorted = sortRisks(risks, 'severity', true);
  return (
    <section aria-labelledby="risks-heading" className="space-y-3">
      <div className="flex items-center justify-between gap-2">
        <h2 id="risks-heading" className="text-base font-semibold text-slate-900">
          Risks <span className="font-normal text-slate-500">({risks.length})</span>
        </h2>
        {canEdit && (
          <Button size="sm" onClick={() => setCreating(true)}>
            Add risk
          </Button>
        )}
      </div>
      {sorted.length === 0 ? (
        <p className="text-sm text-slate-500">
          No risks recorded for this {ownerKind}.
          {canEdit && ' Add what may go wrong, how likely and how bad it would be, and the plan to reduce it.'}
        </p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {sorted.map((risk) => (
            <li key={risk.id} className="flex items-start gap-3 px-3 py-2.5 text-sm">
              <SeverityBadge risk={risk} />
              <div className="min-w-0 flex-1">
                <RiskTitle title={risk.title} onEdit={canEdit ? () => setEditingId(risk.id) : undefined} />
                {risk.mitigation && <p className="mt-0.5 text-xs text-slate-500">Mitigation: {risk.mitigation}</p>}
              </div>
              <RiskStatusBadge status={risk.status} />
            </li>
          ))}
        </ul>
      )}
      <CreateRiskDialog open={creating} onClose={() => setCreating(false)} attachTo={attachTo} />
      <EditRiskDialog risk={risks.find((r) => r.id === editingId) ?? null} onClose={() => setEditingId(null)} onReload={onReload} />
    </section>
  );
}
