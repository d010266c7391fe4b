import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { TextField } from '../../components/ui/text-field';
import { createFirstAdmin } from './api/first-run';
import { AuthCard } from './components/auth-card';
import { AuthForm } from './components/auth-form';
import { newPasswordProblem, PasswordField } from './components/password-field';
import { useAuthForm } from './use-auth-form';
import { useFirstRunRedirect } from './use-first-run-redirect';

const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** Shown only while the server has no account at all: the first visitor becomes its administrator. */
export default function FirstRunPage() {
  const [params] = useSearchParams();
  const form = useAuthForm(params.get('next'));
  const [values, setValues] = useState({ email: '', name: '', password: '' });
  const set = (patch: Partial<typeof values>) => setValues((v) => ({ ...v, ...patch }));

  // Someone else may have been first: then there is nothing to create here.
  useFirstRunRedirect(false, '/sign-in');

  const submit = () => {
    const email = values.email.trim();
    const name = values.name.trim();
    const problems = {
      email: EMAIL.test(email) ? undefined : 'Enter an email address, e.g. priya@example.com.',
      name: name ? undefined : 'Enter your name, as others will see it.',
      password: newPasswordProblem(values.password),
    };
    return form.submit(problems, () => createFirstAdmin({ email, name, password: values.password }));
  };

  return (
    <AuthCard
      title="Create the first administrator"
      description="Throughline has no accounts yet. This account can add everyone else and choose what each may do."
    >
      <AuthForm
        onSubmit={() => void submit()}
        bannerError={form.bannerError}
        failedTitle="The account was not created"
        submitLabel="Create administrator"
        busy={form.busy}
      >
        <TextField
          label="Email"
          type="email"
          required
          autoComplete="username"
          autoFocus
          value={values.email}
          onChange={(e) => set({ email: e.target.value })}
          error={form.errors.email}
        />
        <TextField
          label="Name"
          required
          autoComplete="name"
          value={values.name}
          onChange={(e) => set({ name: e.target.value })}
          error={form.errors.name}
          placeholder="Priya Raman"
        />
        <PasswordField purpose="new" value={values.password} onChange={(password) => set({ password })} error={form.errors.password} />
      </AuthForm>
    </AuthCard>
  );
}
