import type { ReactNode } from 'react';

interface TableFrameProps {
  /** The scrollable region's name, e.g. "Users table". */
  label: string;
  /** What the table lists, for screen readers. */
  caption: string;
  /** The header cells (`<th scope="col">`). */
  head: ReactNode;
  /** The rows. */
  children: ReactNode;
}

/** A table in a card that scrolls sideways on a phone, keyboard-reachable, with a hidden caption. */
export function TableFrame({ label, caption, head, children }: TableFrameProps) {
  return (
    <div
      className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm"
      tabIndex={0}
      role="region"
      aria-label={label}
    >
      <table className="min-w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-left text-xs font-medium uppercase tracking-wide text-slate-500">
          <tr>{head}</tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}
