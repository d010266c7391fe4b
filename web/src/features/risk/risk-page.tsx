import { Role } from '@throughline/shared';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorBanner } from '../../components/ui/error-banner';
import { PageFrame } from '../../components/ui/page-frame';
import type { InitiativePickerSlot } from '../../components/slots';
import { PageHeader } from '../../components/ui/page-header';
import { LoadingBlock } from '../../components/ui/spinner';
import { useRiskRegister } from './api/risk-register.query';
import { CreateRiskDialog } from './components/create-risk-dialog';
import { EditRiskDialog } from './components/edit-risk-dialog';
import { RiskFilterBar } from './components/risk-filter-bar';
import { RiskHeatMap } from './components/risk-heat-map';
import { RiskTable } from './components/risk-table';
import {
  filterRisks,
  heatMapCounts,
  parseRiskFilters,
  riskFiltersToParams,
  sortRisks,
  type RiskFilters,
  type SortKey,
} from './risk-filters';
import { useCan } from '../../lib/session/use-can';

// Long registers render in pages so the table stays responsive; filters narrow it first.
const PAGE = 200;

/** `InitiativePicker` finds the initiative a new risk belongs to (app/ gives the initiative feature's). */
export default function RiskPage({ InitiativePicker }: { InitiativePicker: InitiativePickerSlot }) {
  const { data, loading, error, refetch } = useRiskRegister();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [shown, setShown] = useState(PAGE);
  const filters = parseRiskFilters(params);
  const update = (patch: Partial<RiskFilters>) => setParams(riskFiltersToParams({ ...filters, ...patch }), { replace: true });
  const sortBy = (key: SortKey) => update({ sort: key, descending: filters.sort === key ? !filters.descending : key === 'severity' });

  const all = data?.risks ?? [];
  const counts = heatMapCounts(filterRisks(all, filters, true));
  const visible = sortRisks(filterRisks(all, filters), filters.sort, filters.descending);
  const editing = all.find((r) => r.id === editingId) ?? null;
  const canEdit = useCan(Role.EDITOR);
  const newRisk = canEdit && (
    <Button variant="primary" onClick={() => setCreating(true)}>
      New risk
    </Button>
  );

  return (
    <PageFrame wide>
      <PageHeader
        title="Risks"
        description="The register of what may go wrong, by severity (likelihood × impact). Choose a cell of the map to see its risks."
        actions={newRisk}
      />
      <ErrorBanner error={error} title="Risks could not be loaded" onRetry={() => void refetch()} />
      {loading && !data ? (
        <LoadingBlock label="Loading risks" />
      ) : all.length === 0 && !error ? (
        <EmptyState
          title="No risks yet"
          description="Record what may go wrong with an initiative or a goal: how likely it is, how bad it would be, and the plan to reduce it. Risks can also be added from an initiative's page."
          action={newRisk}
        />
      ) : (
        <div className="grid gap-6 lg:grid-cols-[17rem_minmax(0,1fr)]">
          <aside className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm lg:self-start">
            <RiskHeatMap counts={counts} selected={filters.cell} onSelect={(cell) => update({ cell })} />
          </aside>
          <section aria-label="Risk register" className="min-w-0 space-y-3">
            <RiskFilterBar filters={filters} onChange={update} teams={data?.teams ?? []} goals={data?.goals ?? []} />
            <p role="status" className="text-sm text-slate-500">
              Showing {Math.min(visible.length, shown)} of {visible.length} matching ({all.length} in all)
              {filters.cell && ` · likelihood ${filters.cell.likelihood}, impact ${filters.cell.impact}`}
            </p>
            {visible.length === 0 ? (
              <EmptyState
                title="No risk matches these filters"
                action={<Button onClick={() => update({ statuses: [], teamId: null, goalId: null, cell: null })}>Clear filters</Button>}
              />
            ) : (
              <RiskTable
                risks={visible.slice(0, shown)}
                sort={filters.sort}
                descending={filters.descending}
                onSort={sortBy}
                onEdit={canEdit ? (r) => setEditingId(r.id) : undefined}
              />
            )}
            {visible.length > shown && (
              <Button onClick={() => setShown((n) => n + PAGE)}>Show {Math.min(PAGE, visible.length - shown)} more</Button>
            )}
          </section>
        </div>
      )}
      <CreateRiskDialog open={creating} onClose={() => setCreating(false)} choices={{ goals: data?.goals ?? [], InitiativePicker }} />
      <EditRiskDialog risk={editing} onClose={() => setEditingId(null)} onReload={() => refetch()} />
    </PageFrame>
  );
}
