import type { InputHTMLAttributes, Ref, TextareaHTMLAttributes } from 'react';
import { controlClasses, FieldChrome, type FieldChromeProps } from './field';

export type TextFieldProps = FieldChromeProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'className'> & { ref?: Ref<HTMLInputElement> };

/** A labelled input; `error` shows under it (see lib/errors.ts fieldErrors for API errors). */
export function TextField({ label, error, hint, hideLabel, className, required, ref, ...input }: TextFieldProps) {
  return (
    <FieldChrome label={label} error={error} hint={hint} hideLabel={hideLabel} className={className} required={required}>
      {({ id, describedBy }) => (
        <input
          ref={ref}
          id={id}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={controlClasses(error)}
          {...input}
        />
      )}
    </FieldChrome>
  );
}

export type TextAreaProps = FieldChromeProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'className'>;

export function TextArea({ label, error, hint, hideLabel, className, required, rows = 4, ...textarea }: TextAreaProps) {
  return (
    <FieldChrome label={label} error={error} hint={hint} hideLabel={hideLabel} className={className} required={required}>
      {({ id, describedBy }) => (
        <textarea
          id={id}
          rows={rows}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={controlClasses(error)}
          {...textarea}
        />
      )}
    </FieldChrome>
  );
}
