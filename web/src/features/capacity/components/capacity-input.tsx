import { useState } from 'react';

interface CapacityInputProps {
  /** e.g. "Platform capacity in FY2027-Q2" */
  label: string;
  weeks: number | null;
  onSave(weeks: number | null): Promise<unknown>;
}

/** A cell's capacity, edited in place: saved on Enter or leaving the box; empty clears it. */
export function CapacityInput({ label, weeks, onSave }: CapacityInputProps) {
  const shown = weeks === null ? '' : String(weeks);
  const [draft, setDraft] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const save = async () => {
    if (draft === null || draft.trim() === shown) return setDraft(null);
    const value = draft.trim() === '' ? null : Number(draft);
    if (value !== null && (!Number.isFinite(value) || value < 0)) return setInvalid(true);
    setInvalid(false);
    await onSave(value).finally(() => setDraft(null));
  };
  return (
    <input
      type="number"
      min={0}
      step="0.5"
      inputMode="decimal"
      aria-label={label}
      aria-invalid={invalid || undefined}
      placeholder="–"
      value={draft ?? shown}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={() => void save()}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.currentTarget.blur();
        if (event.key === 'Escape') setDraft(null);
      }}
      className="w-16 rounded border border-slate-300 bg-white px-1.5 py-0.5 text-right text-sm tabular-nums focus:border-indigo-500 focus:outline-none aria-invalid:border-red-500"
    />
  );
}
