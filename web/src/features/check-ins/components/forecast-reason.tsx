import { ForecastChain } from '../../../components/forecast-chain';
import { formatDate } from '../../../lib/format';
import type { InitiativeCheckInsQuery } from '../../../gql/graphql';

type Forecast = NonNullable<InitiativeCheckInsQuery['initiative']>['forecast'];

/** Why the work is forecast late: its own expected end, or the chain of blockers that pushes it. */
export function ForecastReason({ forecast }: { forecast: Forecast }) {
  if (forecast.slipDays <= 0 && forecast.causes.length === 0) return null;
  const late = forecast.slipDays > 0;
  return (
    <p
      data-testid="forecast-reason"
      className={`rounded-md px-3 py-2 text-sm ${late ? 'bg-red-50 text-red-900' : 'bg-slate-50 text-slate-700'}`}
    >
      Forecast {formatDate(forecast.startDate)} – {formatDate(forecast.endDate)}
      {late && <strong>, {forecast.slipDays} days late</strong>}
      {forecast.causes.length > 0 ? (
        <>
          {' '}
          because of <ForecastChain causes={forecast.causes} end={<span>this</span>} />
        </>
      ) : (
        ': its latest check-in expects it to end then.'
      )}
    </p>
  );
}
