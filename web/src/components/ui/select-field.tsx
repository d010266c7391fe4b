import type { SelectHTMLAttributes } from 'react';
import { controlClasses, FieldChrome, type FieldChromeProps } from './field';

export interface SelectOption {
  value: string;
  label: string;
}

export type SelectFieldProps = FieldChromeProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'className'> & {
    options: readonly SelectOption[];
    /** A first option with value "" (e.g. "No team"); omit it for a required choice. */
    placeholder?: string;
  };

export function SelectField({ label, error, hint, hideLabel, className, required, options, placeholder, ...select }: SelectFieldProps) {
  return (
    <FieldChrome label={label} error={error} hint={hint} hideLabel={hideLabel} className={className} required={required}>
      {({ id, describedBy }) => (
        <select
          id={id}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={`${controlClasses(error)} pr-8`}
          {...select}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldChrome>
  );
}
