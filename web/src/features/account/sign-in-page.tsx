import { ErrorCode, ssoErrorMessage } from '@throughline/shared';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { TextField } from '../../components/ui/text-field';
import { AuthRequestError } from './api/auth-request';
import { signIn } from './api/sign-in';
import { AuthCard } from './components/auth-card';
import { AuthForm } from './components/auth-form';
import { PasswordField } from './components/password-field';
import { SsoSignIn } from './components/sso-sign-in';
import { useAuthForm } from './use-auth-form';
import { useFirstRunRedirect } from './use-first-run-redirect';

/** What a refused sign-in says: how long to wait when throttled, else the server's words. */
export function signInRefusal(error: AuthRequestError): string {
  if (error.code !== ErrorCode.RATE_LIMITED) return error.message;
  const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60));
  return `Too many attempts. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`;
}

export default function SignInPage() {
  const [params] = useSearchParams();
  const next = params.get('next');
  // Single sign-on comes back here when the provider's answer was refused, saying why.
  const ssoError = ssoErrorMessage(params.get('sso_error'));
  const form = useAuthForm(next);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  // With no account at all yet, the first visitor creates the administrator instead.
  useFirstRunRedirect(true, '/first-run');

  const submit = () =>
    form.submit(
      { email: email.trim() ? undefined : 'Enter your email address.', password: password ? undefined : 'Enter your password.' },
      () => signIn(email.trim(), password),
    );

  return (
    <AuthCard title="Sign in" description="Use the email address and password of your Throughline account.">
      <AuthForm
        onSubmit={() => void submit()}
        bannerError={form.bannerError ? new Error(signInRefusal(form.bannerError)) : ssoError && new Error(ssoError)}
        failedTitle="You are not signed in"
        submitLabel="Sign in"
        busy={form.busy}
      >
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
      </AuthForm>
      <SsoSignIn next={next} />
      <p className="mt-4 text-xs text-slate-500">
        No account? Ask an administrator to create one; they send you a link to choose a password.
      </p>
    </AuthCard>
  );
}
