import { Link } from 'react-router';
import type { TeamListQuery } from '../../../gql/graphql';
import { teamCounts } from '../team-counts';

type Team = TeamListQuery['teams'][number];

export function TeamTable({ teams }: { teams: readonly Team[] }) {
  return (
    <div
      className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm"
      tabIndex={0}
      role="region"
      aria-label="Teams table"
    >
      <table className="min-w-full text-sm">
        <caption className="sr-only">Teams and the open work they lead or contribute to</caption>
        <thead className="bg-slate-50 text-left text-xs font-medium uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="hidden px-3 py-2.5 sm:table-cell sm:px-4">
              Key
            </th>
            <th scope="col" className="px-3 py-2.5 sm:px-4">
              Name
            </th>
            <th scope="col" className="px-3 py-2.5 sm:px-4 text-right">
              Leads
            </th>
            <th scope="col" className="px-3 py-2.5 sm:px-4 text-right">
              Contributes to
            </th>
            <th scope="col" className="px-3 py-2.5 sm:px-4 text-right">
              In progress
            </th>
            <th scope="col" className="px-3 py-2.5 sm:px-4">
              <span className="sr-only">Links</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {teams.map((team) => {
            const counts = teamCounts(team);
            return (
              <tr key={team.id} className="hover:bg-slate-50">
                <td className="hidden px-3 py-2.5 sm:table-cell sm:px-4">
                  <span className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs font-semibold text-slate-700">{team.key}</span>
                </td>
                <th scope="row" className="px-3 py-2.5 text-left font-medium text-slate-900 sm:px-4">
                  {/* On a phone the key column folds into the name, leaving room for the counts. */}
                  <span className="mb-0.5 block font-mono text-xs font-semibold text-slate-500 sm:hidden">{team.key}</span>
                  {team.name}
                </th>
                <td className="px-3 py-2.5 sm:px-4 text-right tabular-nums">{counts.leads}</td>
                <td className="px-3 py-2.5 sm:px-4 text-right tabular-nums">{counts.contributes}</td>
                <td className="px-3 py-2.5 sm:px-4 text-right tabular-nums">{counts.inProgress}</td>
                <td className="px-3 py-2.5 sm:px-4 text-right">
                  <Link to={`/?team=${team.id}`} className="text-indigo-700 hover:underline">
                    Roadmap<span className="sr-only"> of {team.name}</span>
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
