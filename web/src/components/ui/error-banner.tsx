import { apiErrors, type ApiError } from '../../lib/errors';
import { Button } from './button';

interface ErrorBannerProps {
  /** What Apollo returned or threw; or errors already extracted. Nothing renders when empty. */
  error: unknown;
  title?: string;
  onRetry?: () => void;
  onDismiss?: () => void;
}

export function ErrorBanner({ error, title = 'Something went wrong', onRetry, onDismiss }: ErrorBannerProps) {
  const errors: ApiError[] = Array.isArray(error) ? (error as ApiError[]) : apiErrors(error);
  if (errors.length === 0) return null;
  return (
    <div
      role="alert"
      data-testid="error-banner"
      className="flex items-start gap-3 rounded-md border border-rose-200 bg-rose-50 px-4 py-3 text-sm text-rose-800"
    >
      <svg aria-hidden viewBox="0 0 20 20" className="mt-0.5 size-4 shrink-0 fill-rose-500">
        <path d="M10 1.5a8.5 8.5 0 1 0 0 17 8.5 8.5 0 0 0 0-17Zm-.75 4.5h1.5v5.5h-1.5V6Zm0 7h1.5v1.5h-1.5V13Z" />
      </svg>
      <div className="min-w-0 flex-1">
        <p className="font-medium">{title}</p>
        <ul className="mt-1 space-y-0.5">
          {errors.map((e, i) => (
            <li key={i} className="break-words">
              {e.message}
              {e.code && <code className="ml-2 rounded bg-rose-100 px-1 py-0.5 text-xs text-rose-700">{e.code}</code>}
            </li>
          ))}
        </ul>
      </div>
      {onRetry && (
        <Button size="sm" onClick={onRetry}>
          Retry
        </Button>
      )}
      {onDismiss && (
        <Button size="sm" variant="ghost" aria-label="Dismiss" onClick={onDismiss}>
          ✕
        </Button>
      )}
    </div>
  );
}
