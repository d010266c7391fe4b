import { Role } from '@throughline/shared';
import { useCallback, useRef, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import type { NewGoalDialogSlot, NewInitiativeDialogSlot, NewTeamDialogSlot, ShareButtonSlot } from '../../components/slots';
import type { RoadmapCapacityProps, RoadmapCapacitySlot } from '../../components/roadmap-capacity-slot';
import { ErrorBanner } from '../../components/ui/error-banner';
import { LoadingBlock } from '../../components/ui/spinner';
import type { RoadmapBarFragment } from '../../gql/graphql';
import { fiscalStartMonthOf } from '../../lib/fiscal-calendar';
import { useCan } from '../../lib/session/use-can';
import { useRescheduleInitiative } from './api/use-reschedule-initiative';
import { useRoadmap, useRoadmapOptions } from './api/use-roadmap';
import { NewInitiativeButton, PlusIcon } from './components/new-initiative-button';
import { BaselineControls } from './components/baseline-controls';
import { DoneWorkVerdicts } from './components/done-bar-verdict';
import { RoadmapForecasts } from './components/forecast-ghosts';
import { EmptyRoadmap } from './components/roadmap-empty-state';
import { RoadmapHeader } from './components/roadmap-header';
import { RoadmapLegend } from './components/roadmap-legend';
import { RoadmapToolbar } from './components/roadmap-toolbar';
import { Timeline } from './components/timeline';
import { useBaselineComparison } from './hooks/use-baseline-comparison';
import { useInitiativeCreated } from './hooks/use-initiative-created';
import { useRoadmapSummary } from './hooks/use-roadmap-summary';
import { useRoadmapView } from './hooks/use-roadmap-view';
import type { TimelineHandle } from './hooks/use-timeline-export';
import { useWindowKeys } from './hooks/use-window-keys';
import { activeFilterCount, clearFilters, toggle, toInitiativeFilter } from './model/filters';
import { newInitiativeDefaults } from './model/new-initiative-defaults';
import { shareParams, windowAroundToday } from './model/view-state';

// Cmd/Ctrl/Shift-click and middle-click keep the browser's meaning: open in a new tab or window.
function opensElsewhere(event: MouseEvent): boolean {
  return event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0;
}

/** The "New …" dialogs and the Share button the roadmap offers (app/ gives those of the features that own them). */
export interface RoadmapDialogs {
  NewInitiativeDialog: NewInitiativeDialogSlot;
  NewGoalDialog: NewGoalDialogSlot;
  NewTeamDialog: NewTeamDialogSlot;
  ShareButton?: ShareButtonSlot;
  /** Each team lane's load per quarter, and a word before a move puts a team over capacity. */
  Capacity?: RoadmapCapacitySlot;
}

/** Without the capacity feature, the timeline as it is. */
const NoCapacity = ({ children }: RoadmapCapacityProps) => children;

export default function RoadmapPage({
  NewInitiativeDialog,
  NewGoalDialog,
  NewTeamDialog,
  ShareButton,
  Capacity = NoCapacity,
}: RoadmapDialogs) {
  const { view, setView, today } = useRoadmapView();
  const canEdit = useCan(Role.EDITOR);
  const { roadmap, dependencies, loading, error, refetch, setOverrides } = useRoadmap(view);
  const options = useRoadmapOptions();
  const navigate = useNavigate();
  const timeline = useRef<TimelineHandle>(null);
  const fiscalStartMonth = fiscalStartMonthOf(roadmap?.periods[0]);
  const reschedule = useRescheduleInitiative(setOverrides, refetch);
  const onCreated = useInitiativeCreated({ roadmap: refetch, options: options.refetch });
  const newDefaults = newInitiativeDefaults(view, today, fiscalStartMonth);
  useWindowKeys(view, setView);
  const { baselines, comparison } = useBaselineComparison(view, setView, roadmap?.lanes);

  const { initiatives, windowLabel, onExportImage, onExportCsv } = useRoadmapSummary(roadmap, view, timeline);
  const onToggleLane = useCallback(
    (key: string) => setView({ ...view, collapsed: toggle(view.collapsed, key) }, { replace: true }),
    [view, setView],
  );
  const onOpen = useCallback(
    (item: RoadmapBarFragment, event: MouseEvent<HTMLElement>) => {
      if (opensElsewhere(event)) return;
      event.preventDefault();
      navigate(`/initiatives/${item.id}`);
    },
    [navigate],
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
          newInitiative={
            canEdit && (
              <>
                {ShareButton && <ShareButton view="ROADMAP" params={shareParams(view)} />}
                <NewInitiativeButton
                  variant="primary"
                  aria-label="New initiative"
                  defaults={newDefaults}
                  onCreated={onCreated}
                  dialog={NewInitiativeDialog}
                >
                  <PlusIcon />
                  <span>
                    New<span className="hidden sm:inline"> initiative</span>
                  </span>
                </NewInitiativeButton>
              </>
            )
          }
          onExportImage={onExportImage}
          onExportCsv={onExportCsv}
        />
        <div className="print:hidden">
          <RoadmapToolbar
            view={view}
            setView={setView}
            today={today}
            fiscalStartMonth={fiscalStartMonth}
            teams={options.teams}
            goals={options.goals}
          />
        </div>
        <div className="print:hidden">
          <BaselineControls
            baselines={baselines}
            value={comparison?.id ?? ''}
            onChange={(baseline) => setView({ ...view, baseline })}
            canEdit={canEdit}
            filter={toInitiativeFilter(view)}
          />
        </div>
        <div className="hidden sm:block print:block">
          <RoadmapLegend baselineName={comparison?.name} />
        </div>
      </div>
      {error && (
        <div className="px-4 pt-3 sm:px-6">
          <ErrorBanner error={error} title="The roadmap could not be loaded" onRetry={() => void refetch()} />
        </div>
      )}
      {!roadmap && loading && <LoadingBlock label="Loading the roadmap" />}
      {roadmap?.lanes.length === 0 && (
        <EmptyRoadmap
          initiativeCount={options.failed ? null : options.initiativeCount}
          teamCount={options.teams.length}
          goalCount={options.goals.length}
          filtered={activeFilterCount(view) > 0}
          windowLabel={windowLabel}
          newInitiative={(primary) => (
            <NewInitiativeButton
              variant={primary ? 'primary' : 'secondary'}
              size="sm"
              defaults={newDefaults}
              onCreated={onCreated}
              dialog={NewInitiativeDialog}
            >
              Create the first initiative
            </NewInitiativeButton>
          )}
          NewTeamDialog={NewTeamDialog}
          NewGoalDialog={NewGoalDialog}
          onClearFilters={() => setView(clearFilters(view))}
          onBackToToday={() => setView(windowAroundToday(view, today, fiscalStartMonth))}
        />
      )}
      {roadmap && roadmap.lanes.length > 0 && (
        <RoadmapForecasts
          from={roadmap.from}
          to={roadmap.to}
          shown={view.forecastGhosts}
          setShown={(forecastGhosts) => setView({ ...view, forecastGhosts }, { replace: true })}
        >
          <DoneWorkVerdicts view={view} withMetrics>
            <Capacity from={roadmap.from} to={roadmap.to}>
              <Timeline
                ref={timeline}
                from={roadmap.from}
                to={roadmap.to}
                periods={roadmap.periods}
                lanes={roadmap.lanes}
                dependencies={dependencies}
                collapsed={view.collapsed}
                today={today}
                onToggleLane={onToggleLane}
                onReschedule={reschedule}
                readOnly={!canEdit}
                onOpen={onOpen}
                baseline={comparison}
              />
            </Capacity>
          </DoneWorkVerdicts>
        </RoadmapForecasts>
      )}
    </div>
  );
}
