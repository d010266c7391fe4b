import { useCallback, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useLocation } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state';
import { LoadingBlock } from '../../components/ui/spinner';
import { SharedViewError } from '../../components/shared-view-error';
import type { RoadmapBarFragment } from '../../gql/graphql';
import { STATUS_LABEL } from '../../lib/format';
import { localTodayIso } from '../../lib/today';
import { useRoadmap } from './api/use-roadmap';
import { DoneWorkVerdicts } from './components/done-bar-verdict';
import { RoadmapHeader } from './components/roadmap-header';
import { RoadmapLegend } from './components/roadmap-legend';
import { Timeline } from './components/timeline';
import { useRoadmapSummary } from './hooks/use-roadmap-summary';
import type { TimelineHandle } from './hooks/use-timeline-export';
import { baselineLookupOf, type BaselineComparison } from './model/baseline-comparison';
import { toggle } from './model/filters';
import { parseView, type RoadmapView } from './model/view-state';

const noReschedule = () => undefined;

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What the link's filter keeps, in words ("Lanes by goal · 2 teams · Planned, In progress · “checkout”"). */
function filterSummary(view: RoadmapView): string {
  const parts = [`Lanes by ${view.groupBy.toLowerCase()}`];
  if (view.teamIds.length) parts.push(count(view.teamIds.length, 'team'));
  if (view.goalIds.length) parts.push(count(view.goalIds.length, 'goal'));
  if (view.statuses.length) parts.push(view.statuses.map((status) => STATUS_LABEL[status]).join(', '));
  if (view.search) parts.push(`“${view.search}”`);
  return parts.join(' · ');
}
// A shared roadmap opens no initiative: its pages need an account.
const stay = (_item: RoadmapBarFragment, event: MouseEvent<HTMLElement>) => event.preventDefault();

/**
 * The roadmap as a share link froze it (its URL query), read-only: no toolbar, no editing, no
 * way to other pages. Lanes fold here only; the link answers no other window or filter. Done
 * bars show their verdicts' glyphs, without the metrics' names.
 */
export default function SharedRoadmapPage() {
  const { search } = useLocation();
  const [today] = useState(localTodayIso);
  const view = useMemo(() => parseView(new URLSearchParams(search), today), [search, today]);
  const [collapsed, setCollapsed] = useState(view.collapsed);
  const { roadmap, dependencies, loading, error, refetch } = useRoadmap(view);
  const timeline = useRef<TimelineHandle>(null);
  const { initiatives, windowLabel, onExportImage, onExportCsv } = useRoadmapSummary(roadmap, view, timeline);
  const onToggleLane = useCallback((key: string) => setCollapsed((keys) => toggle(keys, key)), []);
  // The baseline's dates come with the roadmap; its name is not the link's to tell.
  const comparison = useMemo<BaselineComparison | null>(
    () => (view.baseline && roadmap ? { id: view.baseline, name: 'the baseline', lookup: baselineLookupOf(roadmap.lanes) } : null),
    [view.baseline, roadmap],
  );

  return (
    <div className="flex h-[calc(100dvh-3.5rem-1px)] min-h-[30rem] flex-col bg-white print:h-auto" data-testid="roadmap-page">
      <div className="space-y-2.5 border-b border-slate-200 px-4 py-3 sm:px-6">
        <RoadmapHeader
          windowLabel={windowLabel}
          from={view.from}
          to={view.to}
          initiativeCount={roadmap ? initiatives.length : undefined}
          conflictCount={dependencies.filter((d) => d.conflict).length}
          updating={loading && !!roadmap}
          newInitiative={null}
          onExportImage={onExportImage}
          onExportCsv={onExportCsv}
        />
        <p className="text-sm text-slate-600" data-testid="shared-filter">
          {filterSummary(view)}
        </p>
        <div className="hidden sm:block print:block">
          <RoadmapLegend baselineName={comparison?.name} />
        </div>
      </div>
      <SharedViewError error={error} title="The roadmap could not be loaded" onRetry={() => void refetch()} />
      {!roadmap && loading && <LoadingBlock label="Loading the roadmap" />}
      {roadmap?.lanes.length === 0 && (
        <EmptyState title="Nothing in this view" description="No initiative falls in this window and filter." />
      )}
      {roadmap && roadmap.lanes.length > 0 && (
        <DoneWorkVerdicts view={view} withMetrics={false}>
          <Timeline
            ref={timeline}
            from={roadmap.from}
            to={roadmap.to}
            periods={roadmap.periods}
            lanes={roadmap.lanes}
            dependencies={dependencies}
            collapsed={collapsed}
            today={today}
            onToggleLane={onToggleLane}
            onReschedule={noReschedule}
            readOnly
            onOpen={stay}
            baseline={comparison}
          />
        </DoneWorkVerdicts>
      )}
    </div>
  );
}
