import { useState } from 'react';
import { Combobox, type ComboboxOption } from './combobox';

interface MultiSelectProps {
  label: string;
  options: readonly ComboboxOption[];
  selected: readonly string[];
  onChange: (values: string[]) => void;
  placeholder?: string;
  emptyText?: string;
  error?: string;
  hint?: string;
}

const MAX_SUGGESTIONS = 50;

function matches(option: ComboboxOption, query: string): boolean {
  const q = query.trim().toLowerCase();
  return !q || option.label.toLowerCase().includes(q) || !!option.detail?.toLowerCase().includes(q);
}

/** Chosen values as removable chips, and a searchable list to add more. */
export function MultiSelect({ label, options, selected, onChange, placeholder = 'Search…', emptyText, error, hint }: MultiSelectProps) {
  const [query, setQuery] = useState('');
  const byValue = new Map(options.map((o) => [o.value, o]));
  const suggestions = options.filter((o) => !selected.includes(o.value) && matches(o, query)).slice(0, MAX_SUGGESTIONS);
  return (
    <div className="min-w-0">
      <Combobox
        label={label}
        options={suggestions}
        query={query}
        onQueryChange={setQuery}
        onSelect={(option) => {
          onChange([...selected, option.value]);
          setQuery('');
        }}
        placeholder={placeholder}
        emptyText={emptyText}
        error={error}
        hint={hint}
      />
      {selected.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-1.5" aria-label={`Selected ${label.toLowerCase()}`}>
          {selected.map((value) => {
            const option = byValue.get(value);
            const name = option?.label ?? value;
            return (
              <li
                key={value}
                className="inline-flex max-w-full items-center gap-1 rounded-full bg-indigo-50 py-0.5 pl-2.5 pr-1 text-xs font-medium text-indigo-800 ring-1 ring-inset ring-indigo-200"
              >
                <span className="truncate">{name}</span>
                <button
                  type="button"
                  aria-label={`Remove ${name}`}
                  onClick={() => onChange(selected.filter((v) => v !== value))}
                  className="rounded-full px-1 text-indigo-600 hover:bg-indigo-100 hover:text-indigo-800"
                >
                  ✕
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
