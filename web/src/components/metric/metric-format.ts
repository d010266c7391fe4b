/** "+35%", "−12%" (regressed), "112%" (overshot), "—" when unknown. */
export function formatProgress(progress: number | null | undefined): string {
  if (progress === null || progress === undefined) return '—';
  const percent = Math.round(progress * 100);
  if (percent < 0) return `−${Math.abs(percent)}%`;
  return `${percent}%`;
}

/** What progress means in words, for screen readers and tooltips. */
export function describeProgress(progress: number | null | undefined): string {
  if (progress === null || progress === undefined) return 'no measurement yet';
  if (progress < 0) return `regressed: ${formatProgress(progress)} of the way to target`;
  if (progress > 1) return `target overshot: ${formatProgress(progress)}`;
  return `${formatProgress(progress)} of the way to target`;
}
