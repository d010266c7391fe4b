import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorBanner } from '../../components/ui/error-banner';
import { PageFrame } from '../../components/ui/page-frame';
import { PageHeader } from '../../components/ui/page-header';
import { LoadingBlock } from '../../components/ui/spinner';
import { TableFrame } from '../../components/ui/table-frame';
import type { MetricSourceFieldsFragment } from '../../gql/graphql';
import { useDeleteMetricSource, useMetricSources } from './api/metric-sources.query';
import { SourceForm } from './components/source-form';
import { KINDS } from './source-kinds';

/** ADMIN: the monitoring systems metrics are pulled from (Prometheus, Datadog, New Relic). */
export default function MetricSourcesPage() {
  const { data, loading, error, refetch } = useMetricSources();
  const [editing, setEditing] = useState<MetricSourceFieldsFragment | 'new' | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [remove, removal] = useDeleteMetricSource();
  const sources = data?.metricSources ?? [];
  return (
    <PageFrame>
      <PageHeader
        title="Metric sources"
        description="Monitoring systems Throughline reads metrics from. Bind a metric to a source on the metric's data source page."
        actions={
          editing === null && (
            <Button variant="primary" onClick={() => setEditing('new')}>
              Add source
            </Button>
          )
        }
      />
      <ErrorBanner error={error ?? removal.error} title="Metric sources" onRetry={() => void refetch()} />
      {editing !== null && (
        <div className="mb-6">
          <SourceForm
            key={editing === 'new' ? 'new' : editing.id}
            source={editing === 'new' ? undefined : editing}
            onDone={() => setEditing(null)}
          />
        </div>
      )}
      {loading && !data ? (
        <LoadingBlock label="Loading metric sources" />
      ) : sources.length === 0 && !error ? (
        <EmptyState title="No metric sources yet" description="Add Prometheus, Datadog or New Relic to feed metrics from monitoring." />
      ) : (
        <TableFrame
          label="Metric sources table"
          caption="Metric sources"
          head={
            <>
              <th scope="col" className="px-4 py-2">
                Name
              </th>
              <th scope="col" className="px-4 py-2">
                Kind
              </th>
              <th scope="col" className="px-4 py-2">
                Address
              </th>
              <th scope="col" className="px-4 py-2">
                Credentials
              </th>
              <th scope="col" className="px-4 py-2">
                <span className="sr-only">Actions</span>
              </th>
            </>
          }
        >
          {sources.map((source) => (
            <tr key={source.id}>
              <td className="px-4 py-2 font-medium text-slate-900">{source.name}</td>
              <td className="px-4 py-2">{KINDS[source.kind].label}</td>
              <td className="px-4 py-2 break-all text-slate-600">
                {source.baseUrl}
                {source.accountId ? ` (account ${source.accountId})` : ''}
              </td>
              <td className="px-4 py-2 text-slate-600">{source.credentialsGiven.length ? source.credentialsGiven.join(', ') : 'none'}</td>
              <td className="px-4 py-2 text-right whitespace-nowrap">
                <Button size="sm" variant="ghost" onClick={() => setEditing(source)} aria-label={`Edit ${source.name}`}>
                  Edit
                </Button>
                {confirming === source.id ? (
                  <Button
                    size="sm"
                    variant="danger"
                    busy={removal.loading}
                    onClick={() => void remove({ variables: { id: source.id } }).finally(() => setConfirming(null))}
                  >
                    Delete {source.name} (its metrics keep their data)
                  </Button>
                ) : (
                  <Button size="sm" variant="ghost-danger" onClick={() => setConfirming(source.id)} aria-label={`Delete ${source.name}`}>
                    Delete
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </TableFrame>
      )}
    </PageFrame>
  );
}
