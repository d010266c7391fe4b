import { formatWeeks, HEAT_CLASSES, heatOf } from '../model/heat';
import { CapacityInput } from './capacity-input';

export interface CellView {
  period: string;
  capacityWeeks?: number | null;
  loadWeeks: number;
  proposedWeeks: number;
  overBy?: number | null;
}

interface CapacityCellProps {
  teamKey: string;
  teamName: string;
  cell: CellView;
  canEdit: boolean;
  onOpen(): void;
  onSaveCapacity(weeks: number | null): Promise<unknown>;
}

/** One team in one quarter: committed load against capacity (red when over), proposed work apart. */
export function CapacityCell({ teamKey, teamName, cell, canEdit, onOpen, onSaveCapacity }: CapacityCellProps) {
  const heat = heatOf(cell.loadWeeks, cell.capacityWeeks);
  const capacity = cell.capacityWeeks ?? null;
  return (
    <td className="p-1.5 align-top">
      <div
        className={`rounded-md px-2 py-1.5 ring-1 ${HEAT_CLASSES[heat]}`}
        data-testid="capacity-cell"
        data-team-key={teamKey}
        data-period={cell.period}
        data-heat={heat}
      >
        <button
          type="button"
          onClick={onOpen}
          className="block w-full text-left hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600"
          aria-label={`${teamName} in ${cell.period}: ${formatWeeks(cell.loadWeeks)} weeks committed${
            capacity === null ? ', no capacity set' : ` of ${formatWeeks(capacity)}`
          }${cell.overBy ? `, over by ${formatWeeks(cell.overBy)}` : ''}. Show the initiatives`}
        >
          <span className="text-base font-semibold tabular-nums">{formatWeeks(cell.loadWeeks)}</span>
          <span className="text-xs"> / {capacity === null ? '–' : formatWeeks(capacity)} wk</span>
          {cell.overBy ? <span className="ml-1 text-xs font-semibold">+{formatWeeks(cell.overBy)} over</span> : null}
          {cell.proposedWeeks > 0 && <span className="block text-xs opacity-75">+{formatWeeks(cell.proposedWeeks)} proposed</span>}
        </button>
        {canEdit && (
          <label className="mt-1 flex items-center gap-1 text-xs opacity-80">
            <span>Capacity</span>
            <CapacityInput label={`${teamName} capacity in ${cell.period}`} weeks={capacity} onSave={onSaveCapacity} />
          </label>
        )}
      </div>
    </td>
  );
}
