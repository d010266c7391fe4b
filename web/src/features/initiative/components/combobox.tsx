import { useEffect, useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { controlClasses } from '../../../components/ui/field';

export interface ComboboxOption {
  value: string;
  label: string;
  /** A quieter second part, e.g. the goal a metric belongs to. */
  detail?: string;
}

interface ComboboxProps {
  label: string;
  hideLabel?: boolean;
  options: readonly ComboboxOption[];
  query: string;
  onQueryChange: (query: string) => void;
  onSelect: (option: ComboboxOption) => void;
  placeholder?: string;
  /** Shown in the list when no option matches. */
  emptyText?: string;
  error?: string;
  hint?: ReactNode;
  disabled?: boolean;
}

/**
 * A text box with a list of suggestions (the ARIA 1.2 combobox pattern): arrows move through the
 * options, Home and End (while the list is open) go to the first and last, Enter picks one,
 * Escape closes the list. The caller filters `options` by `query`.
 */
export function Combobox({
  label,
  hideLabel,
  options,
  query,
  onQueryChange,
  onSelect,
  placeholder,
  emptyText = 'No matches',
  error,
  hint,
  disabled,
}: ComboboxProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = `${id}-list`;
  const activeIndex = Math.min(active, options.length - 1);
  const optionId = (index: number) => `${id}-opt-${index}`;
  const activeId = open && options[activeIndex] ? optionId(activeIndex) : undefined;

  // The list shows a few of up to 50 options: keep the highlighted one in view as the keys move it.
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  const pick = (option: ComboboxOption | undefined) => {
    if (!option) return;
    onSelect(option);
    setActive(0);
    // Closed after a choice, so the list does not cover what comes next; typing, a click or an arrow key opens it again.
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + options.length) % Math.max(options.length, 1));
    } else if ((event.key === 'Home' || event.key === 'End') && open && options.length > 0) {
      event.preventDefault();
      setActive(event.key === 'Home' ? 0 : options.length - 1);
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      pick(options[activeIndex]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <div className="relative">
      <label htmlFor={id} className={hideLabel ? 'sr-only' : 'mb-1 block text-sm font-medium text-slate-700'}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
        className={controlClasses(error)}
        value={query}
        placeholder={placeholder}
        disabled={disabled}
        onChange={(e) => {
          onQueryChange(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {open && (
        <ul
          id={listId}
          role="listbox"
          aria-label={label}
          className="absolute z-20 mt-1 max-h-64 w-full overflow-y-auto rounded-md bg-white py-1 text-sm shadow-lg ring-1 ring-slate-200"
        >
          {options.length === 0 && <li className="px-3 py-2 text-slate-500">{emptyText}</li>}
          {options.map((option, index) => (
            <li
              key={option.value}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              // mousedown, not click: the input's blur would close the list before a click lands.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(option);
              }}
              onMouseEnter={() => setActive(index)}
              className={`cursor-pointer px-3 py-1.5 ${index === activeIndex ? 'bg-indigo-50 text-indigo-900' : 'text-slate-800'}`}
            >
              {option.label}
              {option.detail && <span className="ml-2 text-xs text-slate-500">{option.detail}</span>}
            </li>
          ))}
        </ul>
      )}
      {hint && !error && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-xs text-rose-700" data-testid="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
