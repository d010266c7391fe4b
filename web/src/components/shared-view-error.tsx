import { ErrorCode } from '@throughline/shared';
import { hasErrorCode } from '../lib/errors';
import { ErrorBanner } from './ui/error-banner';

interface SharedViewErrorProps {
  error: unknown;
  title: string;
  onRetry: () => void;
}

/** A shared view's failure: a link that stopped (revoked, expired) says so plainly; anything else as usual. */
export function SharedViewError({ error, title, onRetry }: SharedViewErrorProps) {
  if (!error) return null;
  if (hasErrorCode(error, ErrorCode.UNAUTHENTICATED))
    return (
      <div role="alert" className="mx-4 mt-3 rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900 sm:mx-6">
        <p className="font-medium">This link does not open anything any more.</p>
        <p>It was revoked, it expired, or it was copied incompletely. Ask whoever shared it for a new one.</p>
      </div>
    );
  return (
    <div className="px-4 pt-3 sm:px-6">
      <ErrorBanner error={error} title={title} onRetry={onRetry} />
    </div>
  );
}
