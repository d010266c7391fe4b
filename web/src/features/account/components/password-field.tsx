import { LIMITS } from '@throughline/shared';
import { TextField } from '../../../components/ui/text-field';

const { min, max } = LIMITS.password;

/** What is wrong with a new password, or undefined when the server will take it. */
export function newPasswordProblem(password: string): string | undefined {
  if (password.length < min) return `Use at least ${min} characters (${password.length} so far).`;
  if (password.length > max) return `Use at most ${max} characters.`;
  return undefined;
}

interface PasswordFieldProps {
  value: string;
  onChange: (value: string) => void;
  error?: string;
  /** The current password (sign in), a new one (with what it takes), or the new one again. */
  purpose?: 'current' | 'new' | 'confirm';
  label?: string;
}

export function PasswordField({ value, onChange, error, purpose = 'current', label = 'Password' }: PasswordFieldProps) {
  return (
    <TextField
      label={label}
      type="password"
      required
      value={value}
      maxLength={max}
      onChange={(e) => onChange(e.target.value)}
      error={error}
      hint={purpose === 'new' ? `${min} to ${max} characters; a few unrelated words make a good one.` : undefined}
      autoComplete={purpose === 'current' ? 'current-password' : 'new-password'}
    />
  );
}
