import { useMutation } from '@apollo/client/react';
import { addDays, Role } from '@throughline/shared';
import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { ErrorBanner } from '../../components/ui/error-banner';
import { PageFrame } from '../../components/ui/page-frame';
import { PageHeader } from '../../components/ui/page-header';
import { LoadingBlock } from '../../components/ui/spinner';
import { TableFrame } from '../../components/ui/table-frame';
import { useToast } from '../../components/ui/toast';
import { apiErrors } from '../../lib/errors';
import { useCan } from '../../lib/session/use-can';
import { localTodayIso } from '../../lib/today';
import { CopyCapacityForwardMutation, SetTeamCapacityMutation } from './api/capacity-mutations';
import { useCapacityPlan } from './api/capacity-plan.query';
import { CapacityCell } from './components/capacity-cell';
import { CellInitiativesDialog, type OpenCell } from './components/cell-initiatives-dialog';

// About four quarters from the one holding `from`; Earlier / Later move by one quarter.
const WINDOW_DAYS = 270;
const STEP_DAYS = 91;

/** Teams × quarters: committed load against capacity, capacity edited in place, a quarter copied forward. */
export default function CapacityPage() {
  const [from, setFrom] = useState(localTodayIso);
  const to = addDays(from, WINDOW_DAYS);
  const { data, loading, error, refetch } = useCapacityPlan(from, to);
  const canEdit = useCan(Role.EDITOR);
  const [open, setOpen] = useState<OpenCell | null>(null);
  const [setCapacity] = useMutation(SetTeamCapacityMutation);
  const [copyForward] = useMutation(CopyCapacityForwardMutation);
  const toast = useToast();
  const plan = data?.capacity;

  const fail = (what: string) => (e: unknown) =>
    toast({ tone: 'error', message: `${what}: ${apiErrors(e)[0]?.message ?? 'unknown error'}` });
  const saveCapacity = (teamId: string, period: string, weeks: number | null) =>
    setCapacity({ variables: { teamId, period, weeks } })
      .then(() => refetch())
      .catch(fail('The capacity could not be saved'));
  const copy = (period: string) =>
    copyForward({ variables: { period } })
      .then(({ data: copied }) => {
        toast({ tone: 'success', message: `Copied ${period} to the next quarter for ${copied?.copyCapacityForward.length ?? 0} teams.` });
        return refetch();
      })
      .catch(fail('The quarter could not be copied'));

  return (
    <PageFrame wide>
      <PageHeader
        title="Capacity"
        description="Committed load (planned and in-progress work, its effort spread over its days and split between its teams) against the engineer-weeks each team has per quarter. Red is over capacity; proposed work is shown apart."
        actions={
          <>
            <Button size="sm" onClick={() => setFrom(addDays(from, -STEP_DAYS))}>
              Earlier
            </Button>
            <Button size="sm" onClick={() => setFrom(addDays(from, STEP_DAYS))}>
              Later
            </Button>
          </>
        }
      />
      <ErrorBanner error={error} title="Capacity could not be loaded" onRetry={() => void refetch()} />
      {!plan && loading && <LoadingBlock label="Loading capacity" />}
      {plan && (
        <TableFrame
          label="Capacity by team and quarter"
          caption="Committed engineer-weeks against capacity for each team and fiscal quarter"
          head={
            <>
              <th scope="col" className="px-3 py-2">
                Team
              </th>
              {plan.periods.map((period) => (
                <th key={period.label} scope="col" className="px-3 py-2">
                  <span className="flex items-center justify-between gap-2">
                    {period.label}
                    {canEdit && (
                      <button
                        type="button"
                        className="rounded px-1 text-[11px] font-medium normal-case text-indigo-700 hover:bg-indigo-50"
                        onClick={() => void copy(period.label)}
                        aria-label={`Copy ${period.label} capacity to the next quarter`}
                      >
                        Copy →
                      </button>
                    )}
                  </span>
                </th>
              ))}
            </>
          }
        >
          {plan.teams.map(({ team, cells }) => (
            <tr key={team.id}>
              <th scope="row" className="px-3 py-2 text-left font-medium whitespace-nowrap text-slate-800">
                {team.name} <span className="text-xs font-normal text-slate-500">{team.key}</span>
              </th>
              {cells.map((cell, i) => (
                <CapacityCell
                  key={cell.period}
                  teamKey={team.key}
                  teamName={team.name}
                  cell={cell}
                  canEdit={canEdit}
                  onOpen={() => setOpen({ teamId: team.id, teamName: team.name, period: plan.periods[i] })}
                  onSaveCapacity={(weeks) => saveCapacity(team.id, cell.period, weeks)}
                />
              ))}
            </tr>
          ))}
        </TableFrame>
      )}
      {open && <CellInitiativesDialog cell={open} onClose={() => setOpen(null)} />}
    </PageFrame>
  );
}
