import { safeNext } from '@throughline/shared';
import { useEffect, useState } from 'react';
import { buttonClasses } from '../../../components/ui/button';
import { ssoSignInUrl, ssoStatus, type SsoStatus } from '../api/sso-status';

/** "Sign in with SSO", when the server has single sign-on: a plain link, as the browser must leave for the provider. */
export function SsoSignIn({ next }: { next: string | null }) {
  const [status, setStatus] = useState<SsoStatus | null>(null);
  useEffect(() => {
    let current = true;
    void ssoStatus().then((answer) => current && setStatus(answer));
    return () => {
      current = false;
    };
  }, []);
  if (!status?.enabled) return null;
  return (
    <div className="mt-4">
      <div className="mb-4 flex items-center gap-3 text-xs text-slate-500" aria-hidden="true">
        <span className="h-px flex-1 bg-slate-200" />
        or
        <span className="h-px flex-1 bg-slate-200" />
      </div>
      <a href={ssoSignInUrl(safeNext(next))} className={`${buttonClasses('secondary')} w-full`}>
        Sign in with {status.displayName ?? 'SSO'}
      </a>
    </div>
  );
}
