import { Button } from '../../../components/ui/button';

interface ConflictNoticeProps {
  /** "initiative TL-12", "goal", "risk". */
  what: string;
  onReload: () => void;
  reloading?: boolean;
}

/** Shown when an update was rejected because someone else saved the same thing first. */
export function ConflictNotice({ what, onReload, reloading }: ConflictNoticeProps) {
  return (
    <div
      role="alert"
      data-testid="conflict-notice"
      className="flex flex-wrap items-start gap-3 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900"
    >
      <div className="min-w-0 flex-1">
        <p className="font-semibold">Someone else saved this {what} after you opened it.</p>
        <p className="mt-0.5">
          Your changes were not saved, so nothing of theirs was overwritten. Reload to see their version, then make your change again.
        </p>
      </div>
      <Button size="sm" variant="primary" onClick={onReload} busy={reloading}>
        Reload
      </Button>
    </div>
  );
}
