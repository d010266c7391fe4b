import { Link } from 'react-router';
import type { AlignmentOverviewQuery } from '../../../gql/graphql';
import { formatPercent } from '../../../lib/format';
import { effortTable, NO_GOAL } from '../effort-table';

type Alignment = AlignmentOverviewQuery['alignment'];

interface EffortMatrixProps {
  cells: Alignment['effortMatrix'];
  teams: Alignment['teams'];
}

// Shade by share of the largest cell; the number is always written too, colour only helps scanning.
function shade(weeks: number, max: number, unaligned: boolean): string {
  if (weeks <= 0 || max <= 0) return '';
  const level = weeks / max;
  if (unaligned) return level > 0.5 ? 'bg-rose-200' : 'bg-rose-100';
  return level > 0.66 ? 'bg-indigo-200' : level > 0.33 ? 'bg-indigo-100' : 'bg-indigo-50';
}

/** Lead team × goal: engineer-weeks in the window, with each team's aligned share. */
export function EffortMatrix({ cells, teams }: EffortMatrixProps) {
  const table = effortTable(cells);
  const shareOf = new Map(teams.map((t) => [t.team?.id ?? NO_GOAL, t]));
  return (
    <div
      className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm"
      tabIndex={0}
      role="region"
      aria-label="Effort by team and goal, table"
    >
      <table className="min-w-full border-collapse text-sm">
        <caption className="sr-only">Engineer-weeks by lead team and goal; an initiative serving several goals counts under each</caption>
        <thead>
          <tr className="bg-slate-50 text-xs text-slate-600">
            <th scope="col" className="sticky left-0 z-10 bg-slate-50 px-3 py-2 text-left font-medium">
              Team
            </th>
            {table.columns.map((c) => (
              <th key={c.goalId ?? NO_GOAL} scope="col" className="max-w-40 min-w-28 px-3 py-2 text-right align-bottom font-medium">
                {c.goalId ? (
                  <Link to={`/goals/${c.goalId}`} className="line-clamp-2 hover:underline" title={c.title}>
                    {c.title}
                  </Link>
                ) : (
                  <span className="text-rose-700">No goal</span>
                )}
              </th>
            ))}
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Aligned
            </th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => {
            const team = shareOf.get(row.teamId ?? NO_GOAL);
            return (
              <tr key={row.teamId ?? NO_GOAL} className="border-t border-slate-100">
                <th
                  scope="row"
                  className="sticky left-0 z-10 min-w-36 bg-white px-3 py-2 text-left font-medium sm:whitespace-nowrap"
                  title={row.title}
                >
                  <span className="font-mono text-xs text-slate-600">{row.label}</span> {row.title}
                </th>
                {table.columns.map((c) => {
                  const cell = row.cells[c.goalId ?? NO_GOAL];
                  return (
                    <td
                      key={c.goalId ?? NO_GOAL}
                      className={`px-3 py-2 text-right tabular-nums ${shade(cell?.effortWeeks ?? 0, table.maxWeeks, c.goalId === null)}`}
                      title={cell ? `${cell.initiativeCount} initiatives` : undefined}
                    >
                      {cell ? (
                        `${cell.effortWeeks} wk`
                      ) : (
                        <>
                          <span className="sr-only">none</span>
                          <span aria-hidden className="text-slate-300">
                            ·
                          </span>
                        </>
                      )}
                    </td>
                  );
                })}
                <td className="px-3 py-2 text-right font-medium tabular-nums">{team ? formatPercent(team.alignedShare) : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
