import { useEffect, useRef, useState } from 'react';
import { useDebouncedValue } from '../hooks/use-debounced-value';

const DEBOUNCE_MS = 300;

/** Text search on key and title; typing updates the URL once the keys rest. */
export function SearchBox({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const [text, setText] = useState(value);
  const input = useRef<HTMLInputElement>(null);
  const debounced = useDebouncedValue(text.trim(), DEBOUNCE_MS);
  const latest = useRef({ value, onChange });
  latest.current = { value, onChange };

  useEffect(() => {
    if (debounced !== latest.current.value) latest.current.onChange(debounced);
  }, [debounced]);

  // Follow the URL when it changes from elsewhere (back button, "Clear filters"), not while typing.
  useEffect(() => {
    if (document.activeElement !== input.current) setText(value);
  }, [value]);

  return (
    <div className="relative">
      <svg aria-hidden viewBox="0 0 20 20" className="pointer-events-none absolute top-1/2 left-2 size-4 -translate-y-1/2 fill-slate-400">
        <path d="M8.5 3a5.5 5.5 0 0 1 4.38 8.82l3.65 3.65-1.06 1.06-3.65-3.65A5.5 5.5 0 1 1 8.5 3Zm0 1.5a4 4 0 1 0 0 8 4 4 0 0 0 0-8Z" />
      </svg>
      <input
        ref={input}
        type="search"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && setText('')}
        placeholder="Search key or title"
        aria-label="Search initiatives by key or title"
        className="h-8 w-48 rounded-md border-0 bg-white pr-2 pl-7 text-sm shadow-sm ring-1 ring-slate-300 ring-inset placeholder:text-slate-400 focus:ring-2 focus:ring-indigo-600 focus:outline-none sm:w-56"
        data-testid="roadmap-search"
      />
    </div>
  );
}
