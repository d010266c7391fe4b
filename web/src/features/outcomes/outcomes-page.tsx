import { addDays } from '@throughline/shared';
import { Link, useSearchParams } from 'react-router';
import { VERDICT_LABEL, VERDICTS, type Verdict } from '../../components/outcome/verdict';
import { VerdictBadge } from '../../components/outcome/verdict-badge';
import { Button } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorBanner } from '../../components/ui/error-banner';
import { PageFrame } from '../../components/ui/page-frame';
import { PageHeader } from '../../components/ui/page-header';
import { SelectField } from '../../components/ui/select-field';
import { LoadingBlock } from '../../components/ui/spinner';
import { TableFrame } from '../../components/ui/table-frame';
import { TextField } from '../../components/ui/text-field';
import { formatDate } from '../../lib/format';
import { localTodayIso } from '../../lib/today';
import { useFinishedWork } from './api/finished-work.query';
import { finishedWorkCsv } from './finished-work-csv';
import { choicesOf, filterFinishedWork, verdictCounts, type FinishedWorkRow } from './finished-work-rows';
import { downloadText } from './download-text';
import { formatEffect, formatInterval, formatShareOfGap } from './outcome-format';

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const JUDGED = VERDICTS.filter((v) => v !== 'NOT_DONE');

function Row({ row }: { row: FinishedWorkRow }) {
  const { initiative, metric } = row;
  return (
    <tr className="align-top" data-testid="outcome-row">
      <td className="whitespace-nowrap px-3 py-2 text-slate-600">{formatDate(initiative.endDate)}</td>
      <td className="min-w-80 px-3 py-2">
        <Link to={`/initiatives/${initiative.id}`} className="font-medium text-indigo-700 hover:underline">
          <span className="font-mono">{initiative.key}</span> {initiative.title}
        </Link>
        <p className="mt-0.5 max-w-xl text-xs text-slate-500">{row.explanation}</p>
      </td>
      <td className="whitespace-nowrap px-3 py-2 text-slate-600">{initiative.leadTeam?.name ?? '—'}</td>
      <td className="px-3 py-2 text-slate-700">{metric.name}</td>
      <td className="whitespace-nowrap px-3 py-2">
        <VerdictBadge verdict={row.verdict} />
      </td>
      <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{formatEffect(row.effect, metric.unit)}</td>
      <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums text-slate-600">
        {formatInterval(row.effectLow, row.effectHigh, metric.unit)}
      </td>
      <td className="min-w-28 px-3 py-2 text-slate-600">{formatShareOfGap(row.shareOfGap)}</td>
      <td className="px-3 py-2 text-slate-600">{row.overlapping.map((o) => o.key).join(', ') || '—'}</td>
    </tr>
  );
}

/**
 * Work finished in a chosen period with its verdicts, filterable by verdict, team and goal, and
 * exportable as CSV: what a staff engineer brings to the quarterly review.
 */
export default function OutcomesPage() {
  const today = localTodayIso();
  const [params, setParams] = useSearchParams();
  const from = ISO.test(params.get('from') ?? '') ? params.get('from')! : addDays(today, -365);
  const to = ISO.test(params.get('to') ?? '') ? params.get('to')! : today;
  const filter = {
    verdict: (params.get('verdict') ?? '') as Verdict | '',
    teamId: params.get('team') ?? '',
    goalId: params.get('goal') ?? '',
  };
  const { data, loading, error, refetch } = useFinishedWork(from, to);
  const all = data?.outcomes ?? [];
  const rows = filterFinishedWork(all, filter);
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const exportCsv = () => downloadText(`outcomes-${from}-to-${to}.csv`, finishedWorkCsv(rows));
  return (
    <PageFrame wide>
      <PageHeader
        title="Outcomes"
        description="Work finished in the period, and whether it moved the metrics it was meant to move: beyond the metric's own trend and noise (see the method)."
        actions={
          <Button onClick={exportCsv} disabled={!rows.length}>
            Export CSV
          </Button>
        }
      />
      <div className="mb-4 flex flex-wrap items-end gap-3" role="group" aria-label="Filters">
        <TextField
          label="Finished from"
          type="date"
          value={from}
          max={to}
          onChange={(e) => ISO.test(e.target.value) && set('from', e.target.value)}
          className="w-40"
        />
        <TextField
          label="to"
          type="date"
          value={to}
          min={from}
          onChange={(e) => ISO.test(e.target.value) && set('to', e.target.value)}
          className="w-40"
        />
        <SelectField
          label="Verdict"
          className="w-44"
          placeholder="Every verdict"
          value={filter.verdict}
          options={JUDGED.map((v) => ({ value: v, label: VERDICT_LABEL[v] }))}
          onChange={(e) => set('verdict', e.target.value)}
        />
        <SelectField
          label="Team"
          className="w-44"
          placeholder="Every team"
          value={filter.teamId}
          options={choicesOf(all, 'team')}
          onChange={(e) => set('team', e.target.value)}
        />
        <SelectField
          label="Goal"
          className="w-64"
          placeholder="Every goal"
          value={filter.goalId}
          options={choicesOf(all, 'goal')}
          onChange={(e) => set('goal', e.target.value)}
        />
      </div>
      <ErrorBanner error={error} title="The outcomes could not be loaded" onRetry={() => void refetch()} />
      {loading && !data ? (
        <LoadingBlock label="Loading the outcomes" />
      ) : rows.length === 0 ? (
        <EmptyState
          title="No finished work with metrics in this period"
          description="Work counts here once it is done, ended in the period, and names the metrics it should move."
        />
      ) : (
        <>
          <p className="mb-2 text-sm text-slate-700" data-testid="verdict-summary">
            {rows.length} {rows.length === 1 ? 'outcome' : 'outcomes'}:{' '}
            {verdictCounts(rows, JUDGED)
              .map((c) => `${c.count} ${VERDICT_LABEL[c.verdict].toLowerCase()}`)
              .join(' · ')}
          </p>
          <TableFrame
            label="Outcomes table"
            caption="Finished work and its verdicts"
            head={[
              'Ended',
              'Initiative',
              'Lead team',
              'Metric',
              'Verdict',
              'Effect',
              '95% interval',
              'Share of the gap',
              'Overlapping',
            ].map((h) => (
              <th key={h} scope="col" className="px-3 py-2">
                {h}
              </th>
            ))}
          >
            {rows.map((row) => (
              <Row key={`${row.initiative.id}:${row.metric.id}`} row={row} />
            ))}
          </TableFrame>
        </>
      )}
    </PageFrame>
  );
}
