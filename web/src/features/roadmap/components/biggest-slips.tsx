import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { ErrorBanner } from '../../../components/ui/error-banner';
import { Spinner } from '../../../components/ui/spinner';
import type { InitiativeFilter } from '../../../gql/graphql';
import { formatDate } from '../../../lib/format';
import { BaselineSlipsQuery } from '../api/baseline-slips.query';
import { formatSlip } from '../geometry/ghosts';

export const SLIPS_SHOWN = 10;

interface BiggestSlipsProps {
  baseline: { id: string; name: string };
  /** The roadmap's filter: the list is of the initiatives it shows, in any window. */
  filter: InitiativeFilter | undefined;
}

/** The initiatives whose end slipped furthest since the baseline, each a link to its page. */
export function BiggestSlips({ baseline, filter }: BiggestSlipsProps) {
  // Fresh every time it opens: bars may have moved since.
  const { data, loading, error } = useQuery(BaselineSlipsQuery, {
    variables: { id: baseline.id, first: SLIPS_SHOWN, filter },
    fetchPolicy: 'cache-and-network',
  });
  const slips = data?.baseline?.biggestSlips;
  const heading = `Biggest slips since ${baseline.name}`;
  return (
    <section aria-label={heading} className="w-[min(22rem,calc(100vw-2rem))] p-2" data-testid="biggest-slips">
      <h2 className="flex items-center gap-2 px-1 pb-1.5 text-xs font-semibold text-slate-600">
        {heading}
        {loading && <Spinner size="sm" label="Loading the slips" />}
      </h2>
      <ErrorBanner error={error} title="The slips could not be loaded" />
      {slips && slips.length === 0 && (
        <p className="px-1 py-2 text-sm text-slate-600">
          No initiative {filter ? 'matching the filters ' : ''}ends later than in {baseline.name}.
        </p>
      )}
      {slips && slips.length > 0 && (
        <ol className="space-y-0.5">
          {slips.map((slip) => (
            <li key={slip.id}>
              <Link
                to={`/initiatives/${slip.id}`}
                className="flex items-baseline gap-2 rounded px-1 py-1 text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-indigo-600"
              >
                <span className="min-w-0 flex-1 truncate text-slate-800">
                  <b className="font-semibold">{slip.key}</b> {slip.title}
                </span>
                <span className="shrink-0 text-xs text-slate-500">{formatDate(slip.endDate)}</span>
                <span className="w-14 shrink-0 text-right font-semibold text-rose-700">
                  {slip.baseline?.slipDays != null && formatSlip(slip.baseline.slipDays)}
                </span>
              </Link>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
