import { RiskStatus } from '@throughline/shared';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { RISK_STATUS_LABEL } from '../../../lib/format';
import type { RiskFilters } from '../risk-filters';

interface RiskFilterBarProps {
  filters: RiskFilters;
  onChange: (patch: Partial<RiskFilters>) => void;
  teams: ReadonlyArray<{ id: string; key: string; name: string }>;
  goals: ReadonlyArray<{ id: string; title: string }>;
}

export function RiskFilterBar({ filters, onChange, teams, goals }: RiskFilterBarProps) {
  const toggle = (status: RiskStatus) =>
    onChange({
      statuses: filters.statuses.includes(status) ? filters.statuses.filter((s) => s !== status) : [...filters.statuses, status],
    });
  const any = filters.statuses.length > 0 || filters.teamId || filters.goalId || filters.cell;
  return (
    <div className="flex flex-wrap items-end gap-3">
      <div role="group" aria-label="Status" className="flex flex-wrap gap-1">
        {Object.values(RiskStatus).map((status) => {
          const on = filters.statuses.includes(status);
          return (
            <button
              key={status}
              type="button"
              aria-pressed={on}
              onClick={() => toggle(status)}
              className={`h-8 rounded-full px-3 text-sm font-medium ring-1 ring-inset ${on ? 'bg-indigo-600 text-white ring-indigo-600' : 'bg-white text-slate-700 ring-slate-300 hover:bg-slate-50'}`}
            >
              {RISK_STATUS_LABEL[status]}
            </button>
          );
        })}
      </div>
      <SelectField
        className="min-w-36 flex-1 sm:w-44 sm:flex-none"
        label="Team"
        value={filters.teamId ?? ''}
        placeholder="All teams"
        options={teams.map((t) => ({ value: t.id, label: `${t.key} · ${t.name}` }))}
        onChange={(e) => onChange({ teamId: e.target.value || null })}
      />
      <SelectField
        className="min-w-36 flex-1 sm:w-56 sm:flex-none"
        label="Goal"
        value={filters.goalId ?? ''}
        placeholder="All goals"
        options={goals.map((g) => ({ value: g.id, label: g.title }))}
        onChange={(e) => onChange({ goalId: e.target.value || null })}
      />
      {any && (
        <Button variant="ghost" onClick={() => onChange({ statuses: [], teamId: null, goalId: null, cell: null })}>
          Clear filters
        </Button>
      )}
    </div>
  );
}
