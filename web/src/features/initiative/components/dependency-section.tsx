import { Role } from '@throughline/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import { Badge, StatusBadge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { ErrorBanner } from '../../../components/ui/error-banner';
import type { DependencyItemFragment } from '../../../gql/graphql';
import { apiErrors } from '../../../lib/errors';
import { formatDateRange } from '../../../lib/format';
import { useAddDependency } from '../api/add-dependency.mutation';
import { useRemoveDependency } from '../api/remove-dependency.mutation';
import { InitiativeSearchSelect } from './initiative-search-select';
import { useCan } from '../../../lib/session/use-can';

interface Subject {
  id: string;
  key: string;
  startDate?: string | null;
  endDate?: string | null;
  externalKey?: string | null;
}

interface DependencySectionProps {
  initiative: Subject;
  dependsOn: readonly DependencyItemFragment[];
  dependents: readonly DependencyItemFragment[];
}

type Direction = 'dependsOn' | 'blocks';

// Between two imported initiatives a dependency is Jira's Blocks link, which the sync owns: the API
// refuses to remove it, so it is removed in Jira.
const fromJira = (a: Subject, b: Subject) => !!a.externalKey && !!b.externalKey;

/** A blocker that ends after its dependent starts is a schedule conflict. */
function conflicts(blocker: { endDate?: string | null }, dependent: { startDate?: string | null }): boolean {
  return !!blocker.endDate && !!dependent.startDate && blocker.endDate > dependent.startDate;
}

function DependencyRow({
  item,
  conflict,
  onRemove,
  busy,
  canEdit,
}: {
  item: DependencyItemFragment;
  conflict: boolean;
  /** Absent for a Blocks link made in Jira. */
  onRemove?: () => void;
  /** False for a reader who cannot edit: no Remove. */
  canEdit: boolean;
  busy: boolean;
}) {
  return (
    <li className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2 text-sm">
      <Link to={`/initiatives/${item.id}`} className="min-w-0 flex-1 basis-56 hover:text-indigo-700">
        <span className="mr-2 font-mono text-xs text-slate-500">{item.key}</span>
        <span className="font-medium hover:underline">{item.title}</span>
      </Link>
      <span className="text-xs text-slate-600">{formatDateRange(item.startDate, item.endDate)}</span>
      {conflict && (
        <Badge tone="danger" title="The blocker ends after the dependent starts">
          Schedule conflict
        </Badge>
      )}
      <StatusBadge status={item.status} />
      {!canEdit ? null : onRemove ? (
        <Button size="sm" variant="ghost" onClick={onRemove} busy={busy} aria-label={`Remove dependency on ${item.key}`}>
          Remove
        </Button>
      ) : (
        <Badge tone="info" title="A Blocks link in Jira: remove it there; the next sync follows.">
          Jira link<span className="sr-only">, removed in Jira</span>
        </Badge>
      )}
    </li>
  );
}

/** What this initiative waits for and what waits for it, with add and remove. */
export function DependencySection({ initiative, dependsOn, dependents }: DependencySectionProps) {
  const canEdit = useCan(Role.EDITOR);
  const [direction, setDirection] = useState<Direction>('dependsOn');
  const [add, added] = useAddDependency();
  const [remove, removed] = useRemoveDependency();
  const addError = apiErrors(added.error)[0]?.message;
  const link = (otherId: string, dir: Direction) =>
    dir === 'dependsOn' ? { initiativeId: initiative.id, dependsOnId: otherId } : { initiativeId: otherId, dependsOnId: initiative.id };

  const lists: Array<{ dir: Direction; title: string; empty: string; items: readonly DependencyItemFragment[] }> = [
    { dir: 'dependsOn', title: `${initiative.key} waits for`, empty: 'Nothing: it can start on its own.', items: dependsOn },
    { dir: 'blocks', title: `Waiting for ${initiative.key}`, empty: 'Nothing waits for it.', items: dependents },
  ];
  const linked = [initiative.id, ...dependsOn.map((d) => d.id), ...dependents.map((d) => d.id)];

  return (
    <section aria-labelledby="dependencies-heading" className="space-y-4">
      <h2 id="dependencies-heading" className="text-base font-semibold text-slate-900">
        Dependencies
      </h2>
      <ErrorBanner error={removed.error} title="The dependency was not removed" onDismiss={() => removed.reset()} />
      {lists.map(({ dir, title, empty, items }) => (
        <div key={dir}>
          <h3 className="text-sm font-medium text-slate-700">{title}</h3>
          {items.length === 0 ? (
            <p className="py-2 text-sm text-slate-500">{empty}</p>
          ) : (
            <ul aria-label={title} className="divide-y divide-slate-100">
              {items.map((item) => (
                <DependencyRow
                  key={item.id}
                  item={item}
                  conflict={dir === 'dependsOn' ? conflicts(item, initiative) : conflicts(initiative, item)}
                  busy={removed.loading}
                  canEdit={canEdit}
                  onRemove={fromJira(initiative, item) ? undefined : () => void remove({ variables: link(item.id, dir) }).catch(() => null)}
                />
              ))}
            </ul>
          )}
        </div>
      ))}
      {canEdit && (
        <div className="grid gap-2 rounded-md border border-slate-200 bg-white p-3 sm:grid-cols-[12rem_minmax(0,1fr)] sm:items-start">
          <label className="text-sm">
            <span className="mb-1 block font-medium text-slate-700">Add a dependency</span>
            <select
              value={direction}
              onChange={(e) => setDirection(e.target.value as Direction)}
              className="block w-full rounded-md border-0 bg-white px-2.5 py-1.5 text-sm shadow-sm ring-1 ring-inset ring-slate-300"
            >
              <option value="dependsOn">{initiative.key} waits for…</option>
              <option value="blocks">{initiative.key} blocks…</option>
            </select>
          </label>
          <InitiativeSearchSelect
            label={direction === 'dependsOn' ? 'Initiative it waits for' : 'Initiative it blocks'}
            exclude={linked}
            error={addError}
            onSelect={(other) => {
              added.reset();
              void add({ variables: link(other.id, direction) }).catch(() => null);
            }}
          />
        </div>
      )}
    </section>
  );
}
