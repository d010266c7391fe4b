import type { ReactNode } from 'react';
import { Spinner } from '../../../components/ui/spinner';
import { formatDateRange } from '../../../lib/format';
import { ExportMenu } from './export-menu';

interface RoadmapHeaderProps {
  /** "FY2027-Q1 – FY2027-Q4". */
  windowLabel: string;
  from: string;
  to: string;
  /** Undefined until the roadmap has loaded. */
  initiativeCount?: number;
  conflictCount: number;
  updating: boolean;
  /** The "New initiative" button. */
  newInitiative: ReactNode;
  onExportImage(format: 'png' | 'svg'): void;
  onExportCsv(): void;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The page title with the window shown and what it holds; "New initiative" and the export menu. */
export function RoadmapHeader({
  windowLabel,
  from,
  to,
  initiativeCount,
  conflictCount,
  updating,
  newInitiative,
  onExportImage,
  onExportCsv,
}: RoadmapHeaderProps) {
  return (
    <div className="flex items-start justify-between gap-4">
      <div className="flex min-w-0 flex-wrap items-baseline gap-x-3 gap-y-1">
        <h1 className="text-xl font-semibold tracking-tight text-slate-900">Roadmap</h1>
        <span className="whitespace-nowrap text-sm font-medium text-slate-700" data-testid="roadmap-window">
          {windowLabel}
        </span>
        <span className="hidden text-sm text-slate-500 md:inline">{formatDateRange(from, to)}</span>
        {initiativeCount !== undefined && (
          <span className="whitespace-nowrap text-sm text-slate-500" data-testid="roadmap-count">
            {plural(initiativeCount, 'initiative')}
          </span>
        )}
        {initiativeCount !== undefined && conflictCount > 0 && (
          <span className="whitespace-nowrap text-sm font-medium text-rose-700">{plural(conflictCount, 'schedule conflict')}</span>
        )}
        {updating && <Spinner size="sm" label="Updating the roadmap" />}
      </div>
      <div className="flex shrink-0 items-center gap-2 print:hidden">
        <ExportMenu onImage={onExportImage} onCsv={onExportCsv} />
        {newInitiative}
      </div>
    </div>
  );
}
