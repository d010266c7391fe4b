import { useApolloClient } from '@apollo/client/react';
import { useCallback, useMemo, useState } from 'react';
import { RoadmapCapacityContext, type BarMove, type RoadmapCapacityProps } from '../../components/roadmap-capacity-slot';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { useCapacityPlan } from './api/capacity-plan.query';
import { MovedInitiativeQuery } from './api/moved-initiative.query';
import { LaneLoad } from './components/lane-load';
import { formatWeeks } from './model/heat';
import { overloadsOfMove, type Overload } from './model/move-check';

interface PendingMove {
  key: string;
  overloads: Overload[];
  resolve(go: boolean): void;
}

/**
 * Capacity on the roadmap: each team lane's load per quarter in view, and before a moved bar is
 * saved, a word when the move puts a team over capacity (the user may still move it).
 */
export function RoadmapCapacity({ from, to, children }: RoadmapCapacityProps) {
  const { data, refetch } = useCapacityPlan(from, to);
  const client = useApolloClient();
  const [pending, setPending] = useState<PendingMove | null>(null);
  const plan = data?.capacity;
  const teams = useMemo(() => new Map(plan?.teams.map((row) => [row.team.id, row])), [plan]);

  const laneLoad = useCallback(
    (laneKey: string) => {
      const row = teams.get(laneKey);
      if (!row || !plan) return null;
      return <LaneLoad teamName={row.team.name} from={from} to={to} periods={plan.periods} cells={row.cells} />;
    },
    [teams, plan, from, to],
  );

  const checkMove = useCallback(
    async (move: BarMove): Promise<boolean> => {
      if (!plan) return true;
      // A failed look-up never stops a move: the check only informs.
      const result = await client
        .query({ query: MovedInitiativeQuery, variables: { id: move.initiativeId }, fetchPolicy: 'network-only' })
        .catch(() => null);
      const work = result?.data?.initiative;
      if (!work) return true;
      const overloads = overloadsOfMove(plan, work, move.startDate, move.endDate);
      if (!overloads.length) return true;
      return new Promise<boolean>((resolve) => setPending({ key: work.key, overloads, resolve }));
    },
    [plan, client],
  );

  const afterMove = useCallback(() => void refetch(), [refetch]);
  const parts = useMemo(() => ({ laneLoad, checkMove, afterMove }), [laneLoad, checkMove, afterMove]);
  const answer = (go: boolean) => {
    pending?.resolve(go);
    setPending(null);
  };

  return (
    <>
      <RoadmapCapacityContext value={parts}>{children}</RoadmapCapacityContext>
      {pending && (
        <Dialog
          open
          onClose={() => answer(false)}
          title={`Moving ${pending.key} puts a team over capacity`}
          footer={
            <>
              <Button onClick={() => answer(false)}>Cancel</Button>
              <Button variant="primary" onClick={() => answer(true)}>
                Move anyway
              </Button>
            </>
          }
        >
          <ul className="space-y-1 text-sm" data-testid="over-capacity-warning">
            {pending.overloads.map((o) => (
              <li key={`${o.teamName} ${o.period}`}>
                <span className="font-semibold">{o.teamName}</span> in {o.period}: {formatWeeks(o.loadWeeks)} committed engineer-weeks of{' '}
                {formatWeeks(o.capacityWeeks)}, over by {formatWeeks(o.loadWeeks - o.capacityWeeks)}.
              </li>
            ))}
          </ul>
        </Dialog>
      )}
    </>
  );
}
