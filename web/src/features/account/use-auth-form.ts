import { useApolloClient } from '@apollo/client/react';
import { safeNext } from '@throughline/shared';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { FieldProblems } from '../../lib/use-form-mutation';
import { AuthRequestError } from './api/auth-request';

/**
 * A form that signs the user in by a REST call: the problems found before sending, the server's
 * refusal (at the field it names, else as a banner), and, once it worked, a fresh cache (the
 * previous user's data must not show) and the page the user was going to.
 */
export function useAuthForm(next: string | null) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<FieldProblems>({});
  const [refusal, setRefusal] = useState<AuthRequestError | null>(null);

  const submit = async (found: FieldProblems, send: () => Promise<void>) => {
    setProblems(found);
    setRefusal(null);
    if (Object.values(found).some(Boolean)) return;
    setBusy(true);
    try {
      await send();
      await client.clearStore();
      await navigate(safeNext(next), { replace: true });
    } catch (error) {
      setRefusal(error instanceof AuthRequestError ? error : new AuthRequestError(String(error)));
      setBusy(false);
    }
  };

  const errors: FieldProblems = { ...problems };
  if (refusal?.field) errors[refusal.field] ??= refusal.message;
  const bannerError = refusal && !refusal.field ? refusal : null;
  return { submit, busy, errors, bannerError };
}
