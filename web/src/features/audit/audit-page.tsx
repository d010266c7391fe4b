import { useSearchParams } from 'react-router';
import { Button } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorBanner } from '../../components/ui/error-banner';
import { PageFrame } from '../../components/ui/page-frame';
import { PageHeader } from '../../components/ui/page-header';
import { LoadingBlock } from '../../components/ui/spinner';
import { useAuditEvents } from './api/audit-events.query';
import { auditFilterOf, filterValuesOf, searchOf } from './audit-filter';
import { AuditFilterBar } from './components/audit-filter-bar';
import { AuditTable } from './components/audit-table';

/** Every change, whoever made it (people, tokens, Jira syncs, the system), newest first. */
export default function AuditPage() {
  const [params, setParams] = useSearchParams();
  const values = filterValuesOf(params);
  const { data, loading, error, refetch, loadMore } = useAuditEvents(auditFilterOf(values));
  const events = data?.auditEvents.items ?? [];
  return (
    <PageFrame wide>
      <PageHeader
        title="Audit trail"
        description="Every change with who made it and each field before and after. Append-only: nothing here can be edited."
      />
      <AuditFilterBar key={params.toString()} values={values} onApply={(next) => setParams(searchOf(next))} />
      <ErrorBanner error={error} title="The audit trail could not be loaded" onRetry={() => void refetch()} />
      {loading && !data ? (
        <LoadingBlock label="Loading the audit trail" />
      ) : events.length === 0 && !error ? (
        <EmptyState title="No changes match" description="Widen the time range or clear the filters." />
      ) : (
        <>
          <AuditTable events={events} />
          <div className="mt-4 flex justify-center">
            {loadMore ? (
              <Button busy={loading} onClick={() => void loadMore()}>
                Load more
              </Button>
            ) : (
              events.length > 0 && <p className="text-sm text-slate-500">That is the first change recorded.</p>
            )}
          </div>
        </>
      )}
    </PageFrame>
  );
}
