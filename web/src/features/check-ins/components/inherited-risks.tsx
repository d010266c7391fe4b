import { Link } from 'react-router';
import { RiskStatusBadge } from '../../../components/ui/badge';
import type { InitiativeCheckInsQuery } from '../../../gql/graphql';

type Risk = NonNullable<InitiativeCheckInsQuery['initiative']>['inheritedRisks'][number];

/** Open risks of the work this depends on, directly or not: risk that travels along the dependencies. */
export function InheritedRisks({ risks }: { risks: readonly Risk[] }) {
  return (
    <section aria-labelledby="inherited-risks-heading" className="space-y-2">
      <h2 id="inherited-risks-heading" className="text-base font-semibold text-slate-900">
        Inherited risks <span className="font-normal text-slate-500">({risks.length})</span>
      </h2>
      {risks.length === 0 ? (
        <p className="text-sm text-slate-500">No open risks on the work this depends on.</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {risks.map((risk) => (
            <li key={risk.id} className="flex items-start gap-3 px-3 py-2 text-sm">
              <span className="w-6 font-mono text-xs text-slate-500" title="Severity (likelihood × impact)">
                {risk.severity}
              </span>
              <span className="min-w-0 flex-1">
                {risk.title}
                {risk.initiative && (
                  <span className="text-slate-500">
                    {' '}
                    on{' '}
                    <Link to={`/initiatives/${risk.initiative.id}`} className="font-mono text-indigo-700 hover:underline">
                      {risk.initiative.key}
                    </Link>
                  </span>
                )}
              </span>
              <RiskStatusBadge status={risk.status} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
