import { ErrorCode } from '@throughline/shared';
import type { FormEvent, ReactNode } from 'react';
import { hasErrorCode, type ApiError } from '../../lib/errors';
import { Button } from './button';
import { ConflictNotice } from './conflict-notice';
import { ErrorBanner } from './error-banner';

interface EditFormProps {
  /** "goal", "risk": what someone else may have saved first. */
  what: string;
  /** The update's error; a CONFLICT replaces the banner with a notice and blocks saving. */
  error: unknown;
  /** The errors no field of the form shows. */
  bannerErrors: ApiError[];
  bannerTitle: string;
  busy: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  /** Loads the latest saved version after a conflict. */
  onReload: () => Promise<unknown>;
  children: ReactNode;
}

/** A form that saves an edit made at a known version, with Cancel and Save below it. */
export function EditForm({ what, error, bannerErrors, bannerTitle, busy, onSubmit, onCancel, onReload, children }: EditFormProps) {
  const conflict = hasErrorCode(error, ErrorCode.CONFLICT);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {conflict ? <ConflictNotice what={what} onReload={onReload} /> : <ErrorBanner error={bannerErrors} title={bannerTitle} />}
      {children}
      <div className="flex justify-end gap-2 border-t border-slate-200 pt-4">
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="primary" busy={busy} disabled={conflict}>
          Save
        </Button>
      </div>
    </form>
  );
}
