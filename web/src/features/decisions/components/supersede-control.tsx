import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { ErrorBanner } from '../../../components/ui/error-banner';
import { SelectField } from '../../../components/ui/select-field';
import { useSupersedeDecision } from '../api/decision-mutations';
import { decisionRef } from '../decision-status';

interface SupersedeControlProps {
  decisionId: string;
  /** Every decision, to choose the one that replaces this one. */
  candidates: ReadonlyArray<{ id: string; number: number; title: string }>;
}

/** Marks this decision superseded by another. */
export function SupersedeControl({ decisionId, candidates }: SupersedeControlProps) {
  const [byId, setById] = useState('');
  const [supersede, { loading, error }] = useSupersedeDecision();
  const options = candidates.filter((c) => c.id !== decisionId).map((c) => ({ value: c.id, label: `${decisionRef(c.number)} ${c.title}` }));
  return (
    <div className="space-y-2">
      <ErrorBanner error={error} title="Could not mark it superseded" />
      <div className="flex flex-wrap items-end gap-2">
        <SelectField
          label="Superseded by"
          className="min-w-64 flex-1"
          value={byId}
          placeholder="Choose the decision that replaces it"
          options={options}
          onChange={(e) => setById(e.target.value)}
        />
        <Button busy={loading} disabled={!byId} onClick={() => void supersede({ variables: { id: decisionId, byId } }).catch(() => null)}>
          Mark superseded
        </Button>
      </div>
    </div>
  );
}
