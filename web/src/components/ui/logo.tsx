/** Throughline's mark: three lines of a plan. */
export function Logo({ className = 'size-7' }: { className?: string }) {
  return (
    <svg aria-hidden viewBox="0 0 32 32" className={className}>
      <rect width="32" height="32" rx="7" className="fill-indigo-600" />
      <path d="M7 11h12M11 16h14M7 21h9" stroke="#fff" strokeWidth="3" strokeLinecap="round" />
    </svg>
  );
}
