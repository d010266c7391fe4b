import type { Cell } from '../risk-filters';

interface RiskHeatMapProps {
  /** counts[likelihood - 1][impact - 1] */
  counts: number[][];
  selected: Cell | null;
  onSelect: (cell: Cell | null) => void;
}

const LEVELS = [5, 4, 3, 2, 1];
const IMPACTS = [1, 2, 3, 4, 5];

// Severity bands, matching the register's badges: 15+ severe, 8+ elevated, else low.
function cellColour(severity: number, count: number): string {
  if (count === 0) return 'bg-slate-50 text-slate-400 ring-slate-200';
  if (severity >= 15) return 'bg-rose-600 text-white ring-rose-700';
  if (severity >= 8) return 'bg-amber-300 text-amber-950 ring-amber-400';
  return 'bg-emerald-200 text-emerald-950 ring-emerald-300';
}

/**
 * The 5 × 5 likelihood × impact map. Each cell counts the risks in it; choosing a cell filters the
 * register to it, choosing it again clears that filter.
 */
export function RiskHeatMap({ counts, selected, onSelect }: RiskHeatMapProps) {
  const isSelected = (l: number, i: number) => selected?.likelihood === l && selected?.impact === i;
  return (
    <figure className="w-full max-w-sm" aria-labelledby="heat-map-caption">
      <figcaption id="heat-map-caption" className="mb-2 text-sm font-semibold text-slate-800">
        Likelihood × impact
      </figcaption>
      <div className="flex gap-2">
        <div className="flex items-center">
          <span className="-rotate-180 text-xs font-medium text-slate-500 [writing-mode:vertical-rl]">Likelihood →</span>
        </div>
        <div className="flex-1">
          <div role="group" aria-label="Risks by likelihood and impact" className="grid grid-cols-[auto_repeat(5,minmax(0,1fr))] gap-1">
            {LEVELS.map((l) => [
              <span key={`l${l}`} aria-hidden className="flex items-center justify-end pr-1 text-xs tabular-nums text-slate-500">
                {l}
              </span>,
              ...IMPACTS.map((i) => {
                const count = counts[l - 1][i - 1];
                const pressed = isSelected(l, i);
                return (
                  <button
                    key={`${l}x${i}`}
                    type="button"
                    aria-pressed={pressed}
                    aria-label={`Likelihood ${l}, impact ${i}, severity ${l * i}: ${count} ${count === 1 ? 'risk' : 'risks'}`}
                    data-testid={`heat-cell-${l}x${i}`}
                    onClick={() => onSelect(pressed ? null : { likelihood: l, impact: i })}
                    className={`aspect-square rounded text-sm font-semibold tabular-nums ring-1 ring-inset transition focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 ${cellColour(l * i, count)} ${pressed ? 'outline-3 outline-offset-1 outline-indigo-700' : 'hover:brightness-95'}`}
                  >
                    {count || ''}
                  </button>
                );
              }),
            ])}
            <span aria-hidden />
            {IMPACTS.map((i) => (
              <span key={`i${i}`} aria-hidden className="text-center text-xs tabular-nums text-slate-500">
                {i}
              </span>
            ))}
          </div>
          <p aria-hidden className="mt-1 text-center text-xs font-medium text-slate-500">
            Impact →
          </p>
        </div>
      </div>
    </figure>
  );
}
