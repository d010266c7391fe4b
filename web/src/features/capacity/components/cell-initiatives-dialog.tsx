import { Link } from 'react-router';
import { Dialog } from '../../../components/ui/dialog';
import { LoadingBlock } from '../../../components/ui/spinner';
import { ErrorBanner } from '../../../components/ui/error-banner';
import { formatDateRange } from '../../../lib/format';
import { useCapacityCell } from '../api/capacity-cell.query';
import { formatWeeks } from '../model/heat';

export interface OpenCell {
  teamId: string;
  teamName: string;
  period: { label: string; start: string; end: string };
}

/** The initiatives that make up a cell's load, most weeks first. */
export function CellInitiativesDialog({ cell, onClose }: { cell: OpenCell; onClose(): void }) {
  const { contributions, loading, error } = useCapacityCell(cell.teamId, cell.period);
  return (
    <Dialog
      open
      onClose={onClose}
      title={`${cell.teamName} in ${cell.period.label}`}
      description="What makes up the load, most weeks first."
    >
      {loading && !contributions.length ? (
        <LoadingBlock label="Loading the initiatives" />
      ) : (
        <>
          <ErrorBanner error={error} title="The initiatives could not be loaded" />
          {contributions.length === 0 ? (
            <p className="text-sm text-slate-500">No dated work with an effort estimate falls in this quarter.</p>
          ) : (
            <ol className="divide-y divide-slate-100" data-testid="cell-initiatives">
              {contributions.map(({ initiative, weeks, proposed }) => (
                <li key={initiative.id} className="flex items-baseline justify-between gap-3 py-2 text-sm">
                  <span className="min-w-0">
                    <Link to={`/initiatives/${initiative.id}`} className="font-medium text-indigo-700 hover:underline">
                      {initiative.key} {initiative.title}
                    </Link>
                    <span className="block text-xs text-slate-500">
                      {formatDateRange(initiative.startDate, initiative.endDate)} · {initiative.effortWeeks ?? 0} wk in all
                      {proposed ? ' · proposed' : ''}
                    </span>
                  </span>
                  <span className="shrink-0 font-semibold tabular-nums">{formatWeeks(weeks)} wk</span>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </Dialog>
  );
}
