import { LIMITS } from '@throughline/shared';
import type { ReactNode } from 'react';
import { SelectField, type SelectOption } from './ui/select-field';
import { TextArea, TextField } from './ui/text-field';

/** A field bound to a form's state: its value, what to do with a new one, and the error to show. */
export interface BoundField {
  value: string;
  onChange: (value: string) => void;
  error?: string;
  className?: string;
  /** Associates the control with a form element elsewhere on the page. */
  form?: string;
  /** Shown but not editable here (e.g. owned by Jira); `hint` says why. */
  readOnly?: boolean;
  hint?: ReactNode;
}

type TextKeys<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V] & string;

interface BindOptions extends Pick<BoundField, 'className' | 'form'> {
  /** Fields shown read-only, each with `lockedHint` under it. */
  locked?: ReadonlySet<string>;
  lockedHint?: ReactNode;
}

/**
 * Binds the kit's fields to a form's values: `field('title')` gives a field its value, its
 * onChange (a patch of the values) and the error at that name; `className` and `form` go to every field.
 */
export function bindFields<V>(
  values: V,
  onChange: (patch: Partial<V>) => void,
  errors: Partial<Record<string, string>>,
  { locked, lockedHint, ...shared }: BindOptions = {},
) {
  return (name: TextKeys<V>): BoundField => ({
    ...shared,
    value: values[name] as string,
    onChange: (value) => onChange({ [name]: value } as Partial<V>),
    error: errors[name],
    ...(locked?.has(name) && { readOnly: true, hint: lockedHint }),
  });
}

export type FieldBinder<V> = ReturnType<typeof bindFields<V>>;

export function TitleField({ onChange, ...props }: BoundField & { placeholder?: string; autoFocus?: boolean }) {
  // Required when edited; a read-only title (Jira's) asks nothing of the user.
  return (
    <TextField label="Title" required={!props.readOnly} maxLength={LIMITS.title} onChange={(e) => onChange(e.target.value)} {...props} />
  );
}

/** The name of a team or a metric. */
export function NameField({ onChange, ...props }: BoundField & { placeholder?: string }) {
  return <TextField label="Name" required maxLength={LIMITS.name} onChange={(e) => onChange(e.target.value)} {...props} />;
}

/** Longer text: a description, a mitigation plan. */
export function DescriptionField({ onChange, label = 'Description', rows = 3, ...props }: BoundField & { label?: string; rows?: number }) {
  return <TextArea label={label} rows={rows} maxLength={LIMITS.description} onChange={(e) => onChange(e.target.value)} {...props} />;
}

export function OwnerField({ onChange, ...props }: BoundField) {
  return <TextField label="Owner" maxLength={LIMITS.owner} onChange={(e) => onChange(e.target.value)} {...props} />;
}

export function DateField({ onChange, ...props }: BoundField & { label: string }) {
  return <TextField type="date" onChange={(e) => onChange(e.target.value)} {...props} />;
}

/** A start date and an end date (or a target date) side by side. */
export function DateRangeFields({ start, end, endLabel = 'End date' }: { start: BoundField; end: BoundField; endLabel?: string }) {
  return (
    <>
      <DateField label="Start date" {...start} />
      <DateField label={endLabel} {...end} />
    </>
  );
}

/** A number typed as text, so the form can say what is wrong with "abc" rather than lose it. */
export function NumberField({ onChange, ...props }: BoundField & { label: string; required?: boolean }) {
  return <TextField inputMode="decimal" onChange={(e) => onChange(e.target.value)} {...props} />;
}

export function EffortField(props: BoundField) {
  return <NumberField label="Effort (engineer-weeks)" {...props} />;
}

/** A choice from a list, e.g. a team or a status. */
export function ChoiceField({
  onChange,
  readOnly,
  ...props
}: BoundField & { label: string; options: readonly SelectOption[]; placeholder?: string }) {
  // A select cannot be read-only; disabled shows the value and offers no change.
  return <SelectField onChange={(e) => onChange(e.target.value)} disabled={readOnly} {...props} />;
}
