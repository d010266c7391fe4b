import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorBanner } from '../../components/ui/error-banner';
import { LoadingBlock } from '../../components/ui/spinner';
import { useMe } from '../../lib/session/me.query';

/**
 * Shows the app only to a signed-in user; anyone else goes to sign in (which leads to the first
 * administrator's page while there is no account), coming back here afterwards. A session that
 * expires later lands here too: the Apollo client then forgets `me`.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const { data, loading, error, refetch } = useMe();
  const location = useLocation();
  if (data?.me) return children;
  if (loading) return <LoadingBlock label="Loading Throughline" />;
  if (error && !data) {
    return (
      <div className="mx-auto max-w-xl p-6">
        <ErrorBanner error={error} title="Throughline could not be reached" onRetry={() => void refetch()} />
      </div>
    );
  }
  const next = `${location.pathname}${location.search}`;
  const search = next === '/' ? '' : `?${new URLSearchParams({ next })}`;
  return <Navigate to={`/sign-in${search}`} replace />;
}
