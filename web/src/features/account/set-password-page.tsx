import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { setPassword } from './api/set-password';
import { AuthCard } from './components/auth-card';
import { AuthForm } from './components/auth-form';
import { newPasswordProblem, PasswordField } from './components/password-field';
import { useAuthForm } from './use-auth-form';

/** Opened from the one-time link an administrator passed on: choose a password, then you are in. */
export default function SetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const form = useAuthForm('/');
  const [password, setValue] = useState('');
  const [again, setAgain] = useState('');

  if (!token) {
    return (
      <AuthCard title="This link is incomplete" description="Open the whole link you were given, or ask an administrator for a new one.">
        <Link to="/sign-in" className="text-sm font-medium text-indigo-700 hover:underline">
          Go to sign in
        </Link>
      </AuthCard>
    );
  }

  const submit = () => {
    const problems = {
      password: newPasswordProblem(password),
      again: again === password ? undefined : 'The two passwords differ.',
    };
    return form.submit(problems, () => setPassword(token, password));
  };

  return (
    <AuthCard title="Choose your password" description="This link works once. You are signed in as soon as the password is set.">
      <AuthForm
        onSubmit={() => void submit()}
        bannerError={form.bannerError}
        failedTitle="The password was not set"
        submitLabel="Set password and sign in"
        busy={form.busy}
      >
        <PasswordField purpose="new" label="New password" value={password} onChange={setValue} error={form.errors.password} />
        <PasswordField purpose="confirm" label="New password again" value={again} onChange={setAgain} error={form.errors.again} />
      </AuthForm>
    </AuthCard>
  );
}
