import { useState } from 'react';
import { Button } from './button';

interface ConflictNoticeProps {
  /** "initiative TL-12", "goal", "risk". */
  what: string;
  /** Loads the version someone else saved. */
  onReload: () => Promise<unknown>;
}

/** Shown when an update was rejected because someone else saved the same thing first. */
export function ConflictNotice({ what, onReload }: ConflictNoticeProps) {
  const [reloading, setReloading] = useState(false);
  const reload = () => {
    setReloading(true);
    void onReload().finally(() => setReloading(false));
  };
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
      <Button size="sm" variant="primary" onClick={reload} busy={reloading}>
        Reload
      </Button>
    </div>
  );
}
