import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { InitiativeFieldsFragment } from '../../../gql/graphql';
import { formatDateRange, formatNumber, HEALTH_LABEL, STATUS_LABEL } from '../../../lib/format';

/** One term and its value; `wide` spans both columns. A <dl> may hold only such groups directly. */
function Property({ label, wide = false, children }: { label: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={wide ? 'col-span-2' : undefined}>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-sm text-slate-900">{children}</dd>
    </div>
  );
}

const none = <span className="text-slate-500">None</span>;

function List({ items }: { items: ReadonlyArray<{ id: string; label: string; to?: string }> }) {
  if (items.length === 0) return none;
  return (
    <ul className="space-y-0.5">
      {items.map((item) => (
        <li key={item.id}>
          {item.to ? (
            <Link to={item.to} className="text-indigo-700 hover:underline">
              {item.label}
            </Link>
          ) : (
            item.label
          )}
        </li>
      ))}
    </ul>
  );
}

/** The initiative as a reader sees it (a viewer): the same layout as the editor, with no controls. */
export function InitiativeReadOnly({ initiative, children }: { initiative: InitiativeFieldsFragment; children?: ReactNode }) {
  const contributing = initiative.teams.filter((t) => t.id !== initiative.leadTeam?.id);
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <section aria-label="Description" className="min-w-0 lg:col-start-1">
        {initiative.description ? (
          <p className="whitespace-pre-wrap text-sm text-slate-800">{initiative.description}</p>
        ) : (
          <p className="text-sm text-slate-500">No description.</p>
        )}
      </section>
      <aside
        aria-label="Properties"
        className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:self-start"
      >
        <dl className="grid grid-cols-2 gap-x-3 gap-y-3">
          <Property label="Status">{STATUS_LABEL[initiative.status]}</Property>
          <Property label="Health">{HEALTH_LABEL[initiative.health]}</Property>
          <Property label="Dates" wide>
            {formatDateRange(initiative.startDate, initiative.endDate)}
          </Property>
          <Property label="Owner">{initiative.owner ?? none}</Property>
          <Property label="Effort">
            {initiative.effortWeeks === null ? none : formatNumber(initiative.effortWeeks, 'engineer-weeks')}
          </Property>
          <Property label="Lead team" wide>
            {initiative.leadTeam?.name ?? none}
          </Property>
          <Property label="Contributing teams" wide>
            <List items={contributing.map((t) => ({ id: t.id, label: t.name }))} />
          </Property>
          <Property label="Goals it serves" wide>
            <List items={initiative.goals.map((g) => ({ id: g.id, label: g.title, to: `/goals/${g.id}` }))} />
          </Property>
          <Property label="Metrics it should move" wide>
            <List items={initiative.metrics.map((m) => ({ id: m.id, label: `${m.name} (${m.unit})` }))} />
          </Property>
        </dl>
      </aside>
      <div className="min-w-0 space-y-8 lg:col-start-1">{children}</div>
    </div>
  );
}
