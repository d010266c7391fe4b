import { Badge } from '../../../components/ui/badge';
import { TableFrame } from '../../../components/ui/table-frame';
import type { MetricBindingQuery } from '../../../gql/graphql';

type Run = NonNullable<NonNullable<MetricBindingQuery['metric']>['binding']>['runs'][number];

const DATE_TIME = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
const TONE = { QUEUED: 'neutral', RUNNING: 'info', SUCCEEDED: 'success', FAILED: 'danger' } as const;

/** A binding's pulls, newest first: when, how many points, and what went wrong. */
export function PullRunsTable({ runs }: { runs: readonly Run[] }) {
  if (!runs.length) return <p className="text-sm text-slate-600">No pulls yet.</p>;
  return (
    <TableFrame
      label="Pulls table"
      caption="Pulls of this metric, newest first"
      head={
        <>
          <th scope="col" className="px-4 py-2">
            Asked for
          </th>
          <th scope="col" className="px-4 py-2">
            Status
          </th>
          <th scope="col" className="px-4 py-2">
            Points
          </th>
          <th scope="col" className="px-4 py-2">
            Error
          </th>
        </>
      }
    >
      {runs.map((run) => (
        <tr key={run.id}>
          <td className="px-4 py-2 whitespace-nowrap">{DATE_TIME.format(new Date(run.createdAt))} UTC</td>
          <td className="px-4 py-2">
            <Badge tone={TONE[run.status]}>{run.status.toLowerCase()}</Badge>
          </td>
          <td className="px-4 py-2 tabular-nums">{run.points}</td>
          <td className="px-4 py-2 text-rose-700">{run.error ?? ''}</td>
        </tr>
      ))}
    </TableFrame>
  );
}
