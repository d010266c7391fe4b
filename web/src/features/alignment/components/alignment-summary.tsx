import type { AlignmentOverviewQuery } from '../../../gql/graphql';
import { formatPercent } from '../../../lib/format';

type Alignment = AlignmentOverviewQuery['alignment'];

function Stat({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-sm">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">{value}</dd>
      {detail && <dd className="text-xs text-slate-500">{detail}</dd>}
    </div>
  );
}

export function AlignmentSummary({ alignment }: { alignment: Alignment }) {
  const aligned = new Set(alignment.goals.flatMap((g) => g.initiatives.map((i) => i.id)));
  const total = aligned.size + alignment.unaligned.length;
  const goalsWithWork = alignment.goals.filter((g) => g.initiatives.length > 0).length;
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      <Stat
        label="Aligned share"
        value={total ? formatPercent(alignment.alignedShare) : '—'}
        detail={
          !total
            ? 'no initiatives in the window'
            : alignment.effortWeighted
              ? 'of engineer-weeks'
              : 'of initiatives (not all are estimated)'
        }
      />
      <Stat label="Initiatives" value={String(total)} detail="in the window, not cancelled" />
      <Stat label="Unaligned" value={String(alignment.unaligned.length)} detail="serve no goal" />
      <Stat label="Goals with work" value={`${goalsWithWork} / ${alignment.goals.length}`} />
    </dl>
  );
}
