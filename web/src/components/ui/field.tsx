import { useId, type ReactNode } from 'react';

export interface FieldChromeProps {
  label: string;
  /** Shown under the control in red, and linked to it with aria-describedby / aria-invalid. */
  error?: string;
  /** A quiet line of help under the control. */
  hint?: ReactNode;
  required?: boolean;
  /** Hides the label visually (still read by screen readers), for compact toolbars. */
  hideLabel?: boolean;
  className?: string;
}

export const CONTROL_CLASSES =
  'block w-full rounded-md border-0 bg-white px-2.5 py-1.5 text-sm text-slate-900 shadow-sm ring-1 ring-inset placeholder:text-slate-400 focus:ring-2 focus:ring-inset focus:outline-none disabled:bg-slate-50 disabled:text-slate-500 [&[readonly]]:bg-slate-50 [&[readonly]]:text-slate-600';

export function controlClasses(error?: string): string {
  return `${CONTROL_CLASSES} ${error ? 'ring-rose-400 focus:ring-rose-500' : 'ring-slate-300 focus:ring-indigo-600'}`;
}

/** Label, control and messages with the ids wired up; used by TextField, TextArea and SelectField. */
export function FieldChrome({
  label,
  error,
  hint,
  required,
  hideLabel,
  className = '',
  children,
}: FieldChromeProps & { children: (ids: { id: string; describedBy?: string }) => ReactNode }) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : '', hint ? hintId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className={hideLabel ? 'sr-only' : 'mb-1 block text-sm font-medium text-slate-700'}>
        {label}
        {required && (
          <span className="text-rose-600" aria-hidden>
            {' '}
            *
          </span>
        )}
      </label>
      {children({ id, describedBy })}
      {hint && !error && (
        <p id={hintId} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="mt-1 text-xs text-rose-700" data-testid="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
