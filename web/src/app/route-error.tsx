import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { buttonClasses } from '../components/ui/button';
import { EmptyState } from '../components/ui/empty-state';

export function NotFoundPage() {
  return (
    <div className="mx-auto max-w-2xl px-4 py-16">
      <EmptyState
        title="Page not found"
        description="The link may be out of date, or the item was deleted."
        action={
          <Link to="/" className={buttonClasses('primary')}>
            Back to the roadmap
          </Link>
        }
      />
    </div>
  );
}

/** What a route shows when it throws while rendering or its code fails to load. */
export function RouteErrorPage() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  const message = error instanceof Error ? error.message : 'An unexpected error occurred.';
  return (
    <div className="mx-auto max-w-2xl px-4 py-16">
      <EmptyState
        title="This page could not be shown"
        description={message}
        action={
          <button type="button" className={buttonClasses('primary')} onClick={() => window.location.reload()}>
            Reload
          </button>
        }
      />
    </div>
  );
}
