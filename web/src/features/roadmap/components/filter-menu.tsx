import { useState } from 'react';
import { Popover } from '../../../components/ui/popover';
import { matchingOptions, toggle } from '../model/filters';

export interface FilterOption {
  value: string;
  label: string;
}

interface FilterMenuProps {
  label: string;
  options: readonly FilterOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
}

// Long lists (50-100 teams, hundreds of goals) get a search box of their own.
const SEARCHABLE_FROM = 8;

/** A multi-select filter: a button naming how many are chosen, and a checkbox list. */
export function FilterMenu({ label, options, selected, onChange }: FilterMenuProps) {
  const [query, setQuery] = useState('');
  const shown = matchingOptions(options, query);
  const count = selected.length;
  return (
    <Popover
      trigger={
        <>
          {label}
          {count > 0 && <span className="rounded-full bg-indigo-600 px-1.5 text-xs text-white">{count}</span>}
        </>
      }
      label={count ? `${label}: ${count} selected` : label}
      active={count > 0}
      testId={`filter-${label.toLowerCase()}`}
    >
      {() => (
        <div className="w-72 max-w-[calc(100vw-2rem)]">
          {options.length >= SEARCHABLE_FROM && (
            <input
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              placeholder={`Find a ${label.toLowerCase()}…`}
              aria-label={`Find a ${label.toLowerCase()}`}
              className="mb-1 block w-full rounded-md border-0 px-2 py-1.5 text-sm ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-indigo-600 focus:outline-none"
              autoFocus
            />
          )}
          <ul className="max-h-72 overflow-y-auto py-1" aria-label={label}>
            {shown.map((option) => (
              <li key={option.value}>
                <label className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm text-slate-700 hover:bg-slate-50">
                  <input
                    type="checkbox"
                    className="size-4 rounded accent-indigo-600"
                    checked={selected.includes(option.value)}
                    onChange={() => onChange(toggle(selected, option.value))}
                  />
                  <span className="truncate">{option.label}</span>
                </label>
              </li>
            ))}
            {shown.length === 0 && <li className="px-2 py-1.5 text-sm text-slate-500">No match</li>}
          </ul>
          {count > 0 && (
            <button
              type="button"
              onClick={() => onChange([])}
              className="w-full rounded border-t border-slate-100 px-2 py-1.5 text-left text-sm text-indigo-700 hover:bg-slate-50"
            >
              Clear {label.toLowerCase()} filter
            </button>
          )}
        </div>
      )}
    </Popover>
  );
}
