import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router';
import { graphql } from '../gql';
import type { ForecastCauseFragment } from '../gql/graphql';

/** What a chain of causes shows of each initiative in it. */
export const ForecastCauseFragmentDoc = graphql(`
  fragment ForecastCause on Initiative {
    id
    key
    title
    forecast {
      slipDays
    }
  }
`);

const signed = (days: number) => `${days > 0 ? '+' : ''}${days} d`;

/**
 * The chain that pushes a forecast, first cause first, e.g. "TL-23 +24 d → TL-31 → …": each
 * initiative links to its page; the first says its own slip. `end` closes the chain.
 */
export function ForecastChain({ causes, end }: { causes: readonly ForecastCauseFragment[]; end?: ReactNode }) {
  return (
    <span data-testid="forecast-chain" className="inline-flex flex-wrap items-baseline gap-x-1">
      {causes.map((cause, i) => (
        <Fragment key={cause.id}>
          {i > 0 && <span aria-hidden>→</span>}
          <Link to={`/initiatives/${cause.id}`} title={cause.title} className="font-mono text-indigo-700 hover:underline">
            {cause.key}
          </Link>
          {i === 0 && cause.forecast.slipDays !== 0 && <span className="text-red-700">{signed(cause.forecast.slipDays)}</span>}
        </Fragment>
      ))}
      {end && (
        <>
          {causes.length > 0 && <span aria-hidden>→</span>}
          {end}
        </>
      )}
    </span>
  );
}

/** "'Reduce churn' misses 2027-12-31 by 9 days", the end of a goal's chain. */
export function GoalMisses({ title, targetDate, slipDays }: { title: string; targetDate: string | null; slipDays: number }) {
  return (
    <span>
      ‘{title}’ misses {targetDate} by {slipDays} {slipDays === 1 ? 'day' : 'days'}
    </span>
  );
}

interface ForecastGoal {
  title: string;
  targetDate: string | null;
  forecast: { atRisk: boolean; slipDays: number; causes: readonly ForecastCauseFragment[] };
}

/** A goal at risk with its chain of causes; nothing when it is not at risk. */
export function GoalAtRisk({ goal }: { goal: ForecastGoal }) {
  if (!goal.forecast.atRisk) return null;
  return (
    <p data-testid="goal-at-risk" className="rounded-md bg-red-50 px-3 py-1.5 text-xs text-red-900">
      <strong>At risk:</strong>{' '}
      <ForecastChain
        causes={goal.forecast.causes}
        end={<GoalMisses title={goal.title} targetDate={goal.targetDate} slipDays={goal.forecast.slipDays} />}
      />
    </p>
  );
}
