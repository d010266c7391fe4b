import { useEffect } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { firstRunNeeded } from './api/first-run';

/**
 * Goes to `to` (keeping `?next=`) when whether a first administrator is still needed equals
 * `when`: sign-in gives way to first run while there is no account, first run to sign-in after.
 */
export function useFirstRunRedirect(when: boolean, to: string) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  useEffect(() => {
    let current = true;
    void firstRunNeeded().then((needed) => {
      if (needed === when && current) void navigate({ pathname: to, search: params.toString() }, { replace: true });
    });
    return () => {
      current = false;
    };
  }, [when, to, navigate, params]);
}
