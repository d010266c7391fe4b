import { useId, useRef, useState, type ReactNode } from 'react';
import { buttonClasses } from './button';
import { useDismiss } from './use-dismiss';

interface PopoverProps {
  /** The button's content. */
  trigger: ReactNode;
  /** The button's accessible name when its content is not enough (e.g. only an icon or a count). */
  label?: string;
  align?: 'start' | 'end';
  /** The panel's content; call `close` after a choice that should dismiss it. */
  children: (close: () => void) => ReactNode;
  active?: boolean;
  testId?: string;
}

/** The small arrow that says a button opens something. */
export function Chevron() {
  return (
    <svg aria-hidden viewBox="0 0 16 16" className="size-3.5 fill-current opacity-60">
      <path d="M4 6l4 4 4-4z" />
    </svg>
  );
}

/** The box a popover or menu opens under its button, aligned with its start or end. */
export function panelClasses(align: 'start' | 'end'): string {
  return `absolute top-full z-50 mt-1 min-w-56 rounded-lg border border-slate-200 bg-white p-1 shadow-lg ${align === 'end' ? 'right-0' : 'left-0'}`;
}

/** A button with a panel under it; closes on Escape (focus back to the button) and on outside clicks. */
export function Popover({ trigger, label, align = 'start', children, active = false, testId }: PopoverProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  useDismiss(
    open,
    root,
    () => {
      setOpen(false);
      button.current?.focus();
    },
    () => setOpen(false),
  );
  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        aria-label={label}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((o) => !o)}
        className={`${buttonClasses('secondary', 'sm')} ${active ? 'bg-indigo-50 text-indigo-700 ring-indigo-300 hover:bg-indigo-100' : ''}`}
        data-testid={testId}
      >
        {trigger}
        <Chevron />
      </button>
      {open && (
        <div id={panelId} className={panelClasses(align)}>
          {children(() => setOpen(false))}
        </div>
      )}
    </div>
  );
}
