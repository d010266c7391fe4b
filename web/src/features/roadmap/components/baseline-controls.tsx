import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { controlClasses } from '../../../components/ui/field';
import { Popover } from '../../../components/ui/popover';
import type { InitiativeFilter } from '../../../gql/graphql';
import { formatDate } from '../../../lib/format';
import { BiggestSlips } from './biggest-slips';
import { DeleteBaselineDialog } from './delete-baseline-dialog';
import { SaveBaselineDialog } from './save-baseline-dialog';

interface Baseline {
  id: string;
  name: string;
  createdAt: string;
}

interface BaselineControlsProps {
  baselines: readonly Baseline[];
  /** The id compared with; '' for none. */
  value: string;
  onChange: (id: string) => void;
  /** Offers saving and deleting baselines (editors). */
  canEdit: boolean;
  filter: InitiativeFilter | undefined;
}

/** "Compare with baseline", the biggest slips since the chosen one, and saving or deleting baselines. */
export function BaselineControls({ baselines, value, onChange, canEdit, filter }: BaselineControlsProps) {
  const [saving, setSaving] = useState(false);
  const [deleting, setDeleting] = useState<Baseline | null>(null);
  const chosen = baselines.find((b) => b.id === value) ?? null;
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="baseline-controls">
      <label className="flex min-w-0 max-w-full items-center gap-2 text-sm text-slate-600">
        <span className="whitespace-nowrap">Compare with baseline</span>
        <select
          className={`${controlClasses()} max-w-[11rem] py-1 pr-8 w-auto! sm:max-w-xs`}
          value={chosen?.id ?? ''}
          onChange={(e) => onChange(e.target.value)}
        >
          <option value="">None</option>
          {baselines.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name} · {formatDate(b.createdAt.slice(0, 10))}
            </option>
          ))}
        </select>
      </label>
      {chosen && (
        <Popover trigger="Biggest slips" testId="biggest-slips-button">
          {() => <BiggestSlips baseline={chosen} filter={filter} />}
        </Popover>
      )}
      {canEdit && (
        <Button size="sm" variant="ghost" aria-label="Save baseline…" onClick={() => setSaving(true)}>
          <span>
            Save<span className="hidden sm:inline"> baseline</span>…
          </span>
        </Button>
      )}
      {canEdit && chosen && (
        <Button size="sm" variant="ghost-danger" aria-label="Delete baseline" onClick={() => setDeleting(chosen)}>
          <span>
            Delete<span className="hidden sm:inline"> baseline</span>
          </span>
        </Button>
      )}
      {canEdit && <SaveBaselineDialog open={saving} onClose={() => setSaving(false)} />}
      <DeleteBaselineDialog
        baseline={deleting}
        onClose={() => setDeleting(null)}
        onDeleted={() => {
          setDeleting(null);
          onChange('');
        }}
      />
    </div>
  );
}
