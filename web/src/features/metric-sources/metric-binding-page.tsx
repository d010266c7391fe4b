import { Role } from '@throughline/shared';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { Button } from '../../components/ui/button';
import { ErrorBanner } from '../../components/ui/error-banner';
import { PageFrame } from '../../components/ui/page-frame';
import { PageHeader } from '../../components/ui/page-header';
import { SelectField } from '../../components/ui/select-field';
import { LoadingBlock } from '../../components/ui/spinner';
import { TextArea, TextField } from '../../components/ui/text-field';
import type { MetricBindingQuery } from '../../gql/graphql';
import { fieldErrors } from '../../lib/errors';
import { useCan } from '../../lib/session/use-can';
import { useBindMetric, useMetricBinding, usePreviewMetricBinding, usePullMetric, useUnbindMetric } from './api/metric-binding.query';
import { PreviewChart } from './components/preview-chart';
import { PullRunsTable } from './components/pull-runs-table';
import { KINDS } from './source-kinds';

type Metric = NonNullable<MetricBindingQuery['metric']>;
type Sources = MetricBindingQuery['metricSources'];

const DATE_TIME = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

/** Choose a source and query, preview the last 30 days, then bind (the first pull imports a year). */
function BindForm({ metric, sources }: { metric: Metric; sources: Sources }) {
  const [sourceId, setSourceId] = useState(metric.binding?.source.id ?? sources[0]?.id ?? '');
  const [query, setQuery] = useState(metric.binding?.query ?? '');
  const [every, setEvery] = useState(String(metric.binding?.pullEveryMinutes ?? 1440));
  const [preview, previewed] = usePreviewMetricBinding();
  const [bind, bound] = useBindMetric();
  const kind = sources.find((s) => s.id === sourceId)?.kind;
  const previewErrors = fieldErrors(previewed.error);
  const bindErrors = fieldErrors(bound.error);
  const shown =
    previewed.variables?.sourceId === sourceId && previewed.variables?.query === query ? previewed.data?.previewMetricBinding : undefined;

  async function save(event: FormEvent) {
    event.preventDefault();
    await bind({ variables: { input: { metricId: metric.id, sourceId, query, pullEveryMinutes: Number(every) || null } } }).catch(
      () => null,
    );
  }

  if (!sources.length)
    return <p className="text-sm text-slate-600">No metric source yet: an administrator adds one under Metric sources.</p>;
  return (
    <form
      onSubmit={(event) => void save(event)}
      aria-label="Bind to a source"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Source"
          value={sourceId}
          onChange={(event) => setSourceId(event.target.value)}
          options={sources.map((s) => ({ value: s.id, label: `${s.name} (${KINDS[s.kind].label})` }))}
          error={bindErrors.sourceId ?? previewErrors.sourceId}
        />
        <TextField
          label="Pull every (minutes)"
          type="number"
          min={5}
          max={10080}
          value={every}
          onChange={(event) => setEvery(event.target.value)}
          error={bindErrors.pullEveryMinutes}
          hint="1440: once a day."
        />
      </div>
      <TextArea
        label="Query"
        rows={3}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        error={bindErrors.query ?? previewErrors.query}
        hint={kind ? KINDS[kind].queryHint : undefined}
        required
      />
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          busy={previewed.loading}
          disabled={!sourceId || !query.trim()}
          onClick={() => void preview({ variables: { sourceId, query } }).catch(() => null)}
        >
          Preview last 30 days
        </Button>
        <Button type="submit" variant="primary" busy={bound.loading} disabled={!shown}>
          {metric.binding ? 'Save binding' : 'Bind'}
        </Button>
      </div>
      {!shown && !previewed.loading && (
        <p className="text-xs text-slate-500">Preview the query to see what would be imported before saving.</p>
      )}
      {shown && <PreviewChart points={shown} unit={metric.unit} />}
      <ErrorBanner error={bound.error && !Object.keys(bindErrors).length ? bound.error : undefined} title="The binding was not saved" />
    </form>
  );
}

/** A metric's data source: its binding, pulls, "Pull now", and the form to bind it. */
export default function MetricBindingPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useMetricBinding(id);
  const canEdit = useCan(Role.EDITOR);
  const [pull, pulled] = usePullMetric();
  const [unbind, unbound] = useUnbindMetric();
  const metric = data?.metric;
  if (loading && !data) return <LoadingBlock label="Loading the metric" />;
  if (!metric) return <ErrorBanner error={error ?? new Error('There is no such metric.')} title="Metric" onRetry={() => void refetch()} />;
  const binding = metric.binding;
  return (
    <PageFrame>
      <PageHeader
        eyebrow={metric.goal ? <Link to={`/goals/${metric.goal.id}`}>{metric.goal.title}</Link> : undefined}
        title={`${metric.name}: data source`}
        description="Where this metric's measurements come from: a monitoring query pulled daily, a year of history on the first pull."
      />
      <ErrorBanner error={error ?? pulled.error ?? unbound.error} title="Data source" onRetry={() => void refetch()} />
      <section aria-labelledby="binding-heading" className="space-y-3">
        <h2 id="binding-heading" className="text-base font-semibold text-slate-900">
          Binding
        </h2>
        {binding ? (
          <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <dl className="grid gap-2 text-sm sm:grid-cols-3">
              <div>
                <dt className="text-xs uppercase text-slate-500">Source</dt>
                <dd>
                  {binding.source.name} ({KINDS[binding.source.kind].label})
                </dd>
              </div>
              <div>
                <dt className="text-xs uppercase text-slate-500">Pulled every</dt>
                <dd>{binding.pullEveryMinutes} minutes</dd>
              </div>
              <div>
                <dt className="text-xs uppercase text-slate-500">Last pulled</dt>
                <dd>{binding.lastPulledAt ? `${DATE_TIME.format(new Date(binding.lastPulledAt))} UTC` : 'not yet'}</dd>
              </div>
              <div className="sm:col-span-3">
                <dt className="text-xs uppercase text-slate-500">Query</dt>
                <dd>
                  <code className="break-all">{binding.query}</code>
                </dd>
              </div>
            </dl>
            {canEdit && (
              <div className="flex gap-2">
                <Button busy={pulled.loading} onClick={() => void pull({ variables: { metricId: metric.id } }).catch(() => null)}>
                  Pull now
                </Button>
                <Button
                  variant="ghost-danger"
                  busy={unbound.loading}
                  onClick={() => void unbind({ variables: { metricId: metric.id } }).catch(() => null)}
                >
                  Unbind (keeps the measurements)
                </Button>
                <Button variant="ghost" onClick={() => void refetch()}>
                  Refresh
                </Button>
              </div>
            )}
            <h3 className="text-sm font-semibold text-slate-900">Pulls</h3>
            <PullRunsTable runs={binding.runs} />
          </div>
        ) : (
          <p className="text-sm text-slate-600">Not bound: its measurements are recorded by hand, uploaded or pushed.</p>
        )}
      </section>
      {canEdit && (
        <section aria-labelledby="bind-heading" className="mt-6 space-y-3">
          <h2 id="bind-heading" className="text-base font-semibold text-slate-900">
            {binding ? 'Change the binding' : 'Bind to a source'}
          </h2>
          <BindForm key={binding ? `${binding.source.id}:${binding.query}` : 'new'} metric={metric} sources={data.metricSources} />
        </section>
      )}
    </PageFrame>
  );
}
