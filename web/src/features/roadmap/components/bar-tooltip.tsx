import { HealthBadge, StatusBadge } from '../../../components/ui/badge';
import type { RoadmapBarFragment } from '../../../gql/graphql';
import { formatDateRange, formatPercent } from '../../../lib/format';
import { formatSlip, slipDaysOf } from '../geometry/ghosts';
import type { BaselineComparison } from '../model/baseline-comparison';
import { importedReason, isImported } from './bar-label';
import { useHovered, type HoverStore } from './hover-store';

const WIDTH = 288;

/** Details of the bar under the pointer (or focused), placed below it, kept on screen. */
export function BarTooltip({ store, baseline }: { store: HoverStore<RoadmapBarFragment>; baseline: BaselineComparison | null }) {
  const hovered = useHovered(store);
  if (!hovered) return null;
  const { item, rect } = hovered;
  const left = Math.max(8, Math.min(window.innerWidth - WIDTH - 8, rect.left + Math.min(rect.width, 120) / 2 - 24));
  const below = rect.bottom + 160 < window.innerHeight;
  const style = below ? { left, top: rect.bottom + 6 } : { left, bottom: window.innerHeight - rect.top + 6 };
  return (
    <div
      role="tooltip"
      className="pointer-events-none fixed z-40 rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-lg print:hidden"
      style={{ ...style, width: WIDTH }}
      data-testid="bar-tooltip"
    >
      <p className="text-xs font-medium text-slate-500">
        {item.key}
        {item.leadTeam && <> · {item.leadTeam.name}</>}
      </p>
      <p className="mt-0.5 font-semibold text-slate-900">{item.title}</p>
      <p className="mt-1 text-xs text-slate-600">{formatDateRange(item.startDate, item.endDate)}</p>
      <div className="mt-2 flex flex-wrap items-center gap-1.5">
        <StatusBadge status={item.status} />
        <HealthBadge health={item.health} />
        {item.progress !== null && <span className="text-xs text-slate-600">{formatPercent(item.progress)} done</span>}
      </div>
      {baseline && <BaselineLine item={item} baseline={baseline} />}
      {isImported(item) && <p className="mt-2 text-xs text-sky-800">{importedReason(item)}</p>}
    </div>
  );
}

/** The bar's dates in the baseline compared with, and the slip of its end since. */
function BaselineLine({ item, baseline }: { item: RoadmapBarFragment; baseline: BaselineComparison }) {
  const dates = baseline.lookup.get(item.id);
  if (dates === undefined) return null;
  if (dates === null) return <p className="mt-1 text-xs font-medium text-indigo-800">New since {baseline.name}</p>;
  const slip = slipDaysOf(item.endDate, dates);
  return (
    <p className="mt-1 text-xs text-slate-600" data-testid="tooltip-baseline">
      {baseline.name}: {formatDateRange(dates.startDate, dates.endDate)}
      {slip !== null && (
        <>
          {' · '}
          <span className={`font-semibold ${slip > 0 ? 'text-rose-700' : slip < 0 ? 'text-emerald-700' : ''}`}>{formatSlip(slip)}</span>
        </>
      )}
    </p>
  );
}
