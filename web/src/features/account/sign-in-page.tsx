import { ErrorCode } from '@throughline/shared';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Button } from '../../components/ui/button';
import { ErrorBanner } from '../../components/ui/error-banner';
import { TextField } from '../../components/ui/text-field';
import { AuthRequestError } from './api/auth-request';
import { firstRunNeeded } from './api/first-run';
import { signIn } from './api/sign-in';
import { AuthCard } from './components/auth-card';
import { PasswordField } from './components/password-field';
import { useAuthForm } from './use-auth-form';

/** What a refused sign-in says: how long to wait when throttled, else the server's words. */
export function signInRefusal(error: AuthRequestError): string {
  if (error.code !== ErrorCode.RATE_LIMITED) return error.message;
  const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60));
  return `Too many attempts. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`;
}

export default function SignInPage() {
  const [params] = useSearchParams();
  const next = params.get('next');
  const navigate = useNavigate();
  const form = useAuthForm(next);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  // With no account at all yet, the first visitor creates the administrator instead.
  useEffect(() => {
    let current = true;
    void firstRunNeeded().then((needed) => {
      if (needed && current) void navigate({ pathname: '/first-run', search: params.toString() }, { replace: true });
    });
    return () => {
      current = false;
    };
  }, [navigate, params]);

  const submit = () =>
    form.submit(
      { email: email.trim() ? undefined : 'Enter your email address.', password: password ? undefined : 'Enter your password.' },
      () => signIn(email.trim(), password),
    );

  return (
    <AuthCard title="Sign in" description="Use the email address and password of your Throughline account.">
      <form
        noValidate
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {form.bannerError && <ErrorBanner error={new Error(signInRefusal(form.bannerError))} title="You are not signed in" />}
        <TextField
          label="Email"
          type="email"
          required
          autoComplete="username"
          autoFocus
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={form.errors.email}
        />
        <PasswordField value={password} onChange={setPassword} error={form.errors.password} />
        <Button type="submit" variant="primary" busy={form.busy} className="w-full">
          Sign in
        </Button>
      </form>
      <p className="mt-4 text-xs text-slate-500">
        No account? Ask an administrator to create one; they send you a link to choose a password.
      </p>
    </AuthCard>
  );
}
