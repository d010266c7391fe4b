interface SegmentedControlProps<T extends string> {
  /** Names the group for screen readers ("Zoom", "Group by"). */
  label: string;
  options: ReadonlyArray<{ value: T; label: string }>;
  /** May match no option (e.g. a custom window matches no zoom preset). */
  value: T | undefined;
  onChange: (value: T) => void;
}

/** A row of mutually exclusive toggle buttons. */
export function SegmentedControl<T extends string>({ label, options, value, onChange }: SegmentedControlProps<T>) {
  return (
    <div role="group" aria-label={label} className="inline-flex shrink-0 rounded-md bg-slate-100 p-0.5 ring-1 ring-slate-200 ring-inset">
      {options.map((option) => {
        const selected = option.value === value;
        return (
          <button
            key={option.value}
            type="button"
            aria-pressed={selected}
            onClick={() => onChange(option.value)}
            className={`h-7 rounded px-2 text-sm sm:px-2.5 font-medium whitespace-nowrap transition-colors focus-visible:outline-2 focus-visible:outline-indigo-600 ${selected ? 'bg-white text-slate-900 shadow-sm' : 'text-slate-600 hover:text-slate-900'}`}
          >
            {option.label}
          </button>
        );
      })}
    </div>
  );
}
