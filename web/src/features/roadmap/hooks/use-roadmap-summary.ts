import { useEffect, useMemo, type RefObject } from 'react';
import type { RoadmapBarFragment } from '../../../gql/graphql';
import { toCsv, uniqueInitiatives } from '../export/csv';
import { download } from '../export/download';
import type { TimelineHandle } from './use-timeline-export';

function periodRangeLabel(periods: ReadonlyArray<{ label: string }>): string {
  if (periods.length === 0) return '';
  const [first, last] = [periods[0].label, periods[periods.length - 1].label];
  return first === last ? first : `${first} – ${last}`;
}

interface Loaded {
  periods: ReadonlyArray<{ label: string }>;
  lanes: ReadonlyArray<{ initiatives: readonly RoadmapBarFragment[] }>;
}

/**
 * What the roadmap's header says and offers, for the app's roadmap and a shared one alike: the
 * window's label (also the page title), the initiatives shown, and the image and CSV exports.
 */
export function useRoadmapSummary(
  roadmap: Loaded | undefined,
  window: { from: string; to: string },
  timeline: RefObject<TimelineHandle | null>,
) {
  const initiatives = useMemo(() => (roadmap ? uniqueInitiatives(roadmap.lanes) : []), [roadmap]);
  const windowLabel = periodRangeLabel(roadmap?.periods ?? []);
  const fileName = `roadmap-${window.from}-to-${window.to}`;
  useEffect(() => {
    document.title = windowLabel ? `Roadmap ${windowLabel} · Throughline` : 'Roadmap · Throughline';
  }, [windowLabel]);
  return {
    initiatives,
    windowLabel,
    onExportImage: (format: 'png' | 'svg') => void timeline.current?.exportImage(format, fileName),
    onExportCsv: () => download(new Blob([toCsv(initiatives)], { type: 'text/csv;charset=utf-8' }), `${fileName}.csv`),
  };
}
