import { Link } from 'react-router';
import { Markdown } from '../../../components/ui/markdown';
import type { DecisionFieldsFragment } from '../../../gql/graphql';
import { DecisionLink } from './decision-link';

function Part({ title, text }: { title: string; text: string }) {
  return (
    <section className="space-y-1.5">
      <h2 className="text-sm font-semibold text-slate-900">{title}</h2>
      <Markdown source={text} empty="Not written yet." />
    </section>
  );
}

/** A decision read: its three texts rendered from Markdown, then what it relates to. */
export function DecisionView({ decision }: { decision: DecisionFieldsFragment }) {
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <article className="space-y-5 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <Part title="Context" text={decision.context} />
        <Part title="Decision" text={decision.decision} />
        <Part title="Consequences" text={decision.consequences} />
      </article>
      <aside className="space-y-4 text-sm">
        {decision.supersededBy && (
          <p>
            Superseded by <DecisionLink decision={decision.supersededBy} />
          </p>
        )}
        {decision.supersedes.length > 0 && (
          <div>
            <h2 className="font-semibold text-slate-900">Supersedes</h2>
            <ul>
              {decision.supersedes.map((d) => (
                <li key={d.id}>
                  <DecisionLink decision={d} />
                </li>
              ))}
            </ul>
          </div>
        )}
        <div>
          <h2 className="font-semibold text-slate-900">Initiatives</h2>
          {decision.initiatives.length === 0 && <p className="text-slate-500">None linked.</p>}
          <ul>
            {decision.initiatives.map((initiative) => (
              <li key={initiative.id}>
                <Link to={`/initiatives/${initiative.id}`} className="text-indigo-700 hover:underline">
                  <span className="font-mono text-xs font-semibold">{initiative.key}</span> {initiative.title}
                </Link>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h2 className="font-semibold text-slate-900">Goals</h2>
          {decision.goals.length === 0 && <p className="text-slate-500">None linked.</p>}
          <ul>
            {decision.goals.map((goal) => (
              <li key={goal.id}>
                <Link to={`/goals/${goal.id}`} className="text-indigo-700 hover:underline">
                  {goal.title}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      </aside>
    </div>
  );
}
