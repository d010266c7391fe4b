import type { ReactNode } from 'react';
import { Button } from '../../../components/ui/button';
import { ErrorBanner } from '../../../components/ui/error-banner';

interface AuthFormProps {
  onSubmit: () => void;
  /** The server's refusal that names no field, under `failedTitle`. */
  bannerError: unknown;
  failedTitle: string;
  submitLabel: string;
  busy: boolean;
  children: ReactNode;
}

/** The form of a page before there is a session: a banner for refusals, the fields, one wide button. */
export function AuthForm({ onSubmit, bannerError, failedTitle, submitLabel, busy, children }: AuthFormProps) {
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {bannerError ? <ErrorBanner error={bannerError} title={failedTitle} /> : null}
      {children}
      <Button type="submit" variant="primary" busy={busy} className="w-full">
        {submitLabel}
      </Button>
    </form>
  );
}
