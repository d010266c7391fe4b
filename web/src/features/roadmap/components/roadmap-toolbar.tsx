import { InitiativeStatus } from '@throughline/shared';
import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { SegmentedControl } from '../../../components/ui/segmented-control';
import { STATUS_LABEL } from '../../../lib/format';
import { activeFilterCount, clearFilters } from '../model/filters';
import { applyZoom, shiftWindow, windowAroundToday, ZOOMS, zoomOf, type GroupBy, type RoadmapView, type Zoom } from '../model/view-state';
import type { ViewUpdateOptions } from '../hooks/use-roadmap-view';
import { FilterMenu, type FilterOption } from './filter-menu';
import { SearchBox } from './search-box';

interface ToolbarProps {
  view: RoadmapView;
  setView: (next: RoadmapView, options?: ViewUpdateOptions) => void;
  today: string;
  fiscalStartMonth: number;
  teams: readonly FilterOption[];
  goals: readonly FilterOption[];
}

const GROUPS: ReadonlyArray<{ value: GroupBy; label: string }> = [
  { value: 'TEAM', label: 'Team' },
  { value: 'GOAL', label: 'Goal' },
  { value: 'STATUS', label: 'Status' },
];

const STATUS_OPTIONS = Object.values(InitiativeStatus).map((s) => ({ value: s, label: STATUS_LABEL[s] }));

function Chevron({ left }: { left?: boolean }) {
  return (
    <svg aria-hidden viewBox="0 0 16 16" className="size-4 fill-current">
      <path d={left ? 'M10 3 5 8l5 5 1-1-4-4 4-4z' : 'M6 3l5 5-5 5-1-1 4-4-4-4z'} />
    </svg>
  );
}

/** Zoom, window, grouping, filters and search; every change goes into the URL. */
export function RoadmapToolbar({ view, setView, today, fiscalStartMonth, teams, goals }: ToolbarProps) {
  const zoom = zoomOf(view);
  const filters = activeFilterCount(view);
  // On a phone the filters fold away behind one button, so the timeline keeps the screen.
  const [filtersOpen, setFiltersOpen] = useState(false);
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-2" data-testid="roadmap-toolbar">
      <div className="flex items-center gap-1.5 sm:gap-2">
        <SegmentedControl<Zoom['id']>
          label="Zoom"
          options={ZOOMS.map((z) => ({ value: z.id, label: z.label }))}
          value={zoom?.id}
          onChange={(id) =>
            setView(
              applyZoom(
                view,
                ZOOMS.find((z) => z.id === id)!,
                fiscalStartMonth,
              ),
            )
          }
        />
        <div className="flex items-center">
          <Button
            size="sm"
            variant="ghost"
            className="px-1"
            aria-label="Earlier (previous quarter)"
            title="Earlier (←)"
            onClick={() => setView(shiftWindow(view, -1))}
          >
            <Chevron left />
          </Button>
          <Button size="sm" className="px-2" onClick={() => setView(windowAroundToday(view, today, fiscalStartMonth))}>
            Today
          </Button>
          <Button
            size="sm"
            variant="ghost"
            className="px-1"
            aria-label="Later (next quarter)"
            title="Later (→)"
            onClick={() => setView(shiftWindow(view, 1))}
          >
            <Chevron />
          </Button>
        </div>
      </div>
      <div className="flex items-center gap-2">
        <span className="hidden text-sm text-slate-500 lg:inline">Group by</span>
        <SegmentedControl<GroupBy>
          label="Group by"
          options={GROUPS}
          value={view.groupBy}
          onChange={(groupBy) => setView({ ...view, groupBy, collapsed: [] })}
        />
        <Button size="sm" className="sm:hidden" aria-expanded={filtersOpen} onClick={() => setFiltersOpen((open) => !open)}>
          Filters{filters > 0 && <span className="rounded-full bg-indigo-600 px-1.5 text-xs text-white">{filters}</span>}
        </Button>
      </div>
      <div className={`${filtersOpen ? 'flex' : 'hidden'} flex-wrap items-center gap-1.5 sm:flex`}>
        <FilterMenu label="Team" options={teams} selected={view.teamIds} onChange={(teamIds) => setView({ ...view, teamIds })} />
        <FilterMenu label="Goal" options={goals} selected={view.goalIds} onChange={(goalIds) => setView({ ...view, goalIds })} />
        <FilterMenu
          label="Status"
          options={STATUS_OPTIONS}
          selected={view.statuses}
          onChange={(statuses) => setView({ ...view, statuses: statuses as InitiativeStatus[] })}
        />
        <SearchBox value={view.search} onChange={(search) => setView({ ...view, search }, { replace: true })} />
        {filters > 0 && (
          <Button size="sm" variant="ghost" onClick={() => setView(clearFilters(view))}>
            Clear filters
          </Button>
        )}
      </div>
    </div>
  );
}
