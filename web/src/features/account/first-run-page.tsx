import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Button } from '../../components/ui/button';
import { ErrorBanner } from '../../components/ui/error-banner';
import { TextField } from '../../components/ui/text-field';
import { createFirstAdmin, firstRunNeeded } from './api/first-run';
import { AuthCard } from './components/auth-card';
import { newPasswordProblem, PasswordField } from './components/password-field';
import { useAuthForm } from './use-auth-form';

const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** Shown only while the server has no account at all: the first visitor becomes its administrator. */
export default function FirstRunPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const form = useAuthForm(params.get('next'));
  const [values, setValues] = useState({ email: '', name: '', password: '' });
  const set = (patch: Partial<typeof values>) => setValues((v) => ({ ...v, ...patch }));

  // Someone else may have been first: then there is nothing to create here.
  useEffect(() => {
    let current = true;
    void firstRunNeeded().then((needed) => {
      if (!needed && current) void navigate({ pathname: '/sign-in', search: params.toString() }, { replace: true });
    });
    return () => {
      current = false;
    };
  }, [navigate, params]);

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
      <form
        noValidate
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {form.bannerError && <ErrorBanner error={form.bannerError} title="The account was not created" />}
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
        <Button type="submit" variant="primary" busy={form.busy} className="w-full">
          Create administrator
        </Button>
      </form>
    </AuthCard>
  );
}
