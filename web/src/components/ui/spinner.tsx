interface SpinnerProps {
  size?: 'sm' | 'md' | 'lg';
  /** Read by screen readers; an empty string hides the spinner from them (e.g. inside a busy button). */
  label?: string;
}

const SIZES = { sm: 'size-3.5 border-2', md: 'size-5 border-2', lg: 'size-8 border-[3px]' };

export function Spinner({ size = 'md', label = 'Loading' }: SpinnerProps) {
  return (
    <span role={label ? 'status' : undefined} aria-hidden={label ? undefined : true} className="inline-flex items-center">
      <span className={`animate-spin rounded-full border-current border-r-transparent text-indigo-600 ${SIZES[size]}`} />
      {label && <span className="sr-only">{label}</span>}
    </span>
  );
}

/** A centred spinner for a page or panel whose data is loading. */
export function LoadingBlock({ label = 'Loading' }: { label?: string }) {
  return (
    <div className="flex min-h-40 items-center justify-center gap-3 text-sm text-slate-500">
      <Spinner label="" />
      <span role="status">{label}…</span>
    </div>
  );
}
