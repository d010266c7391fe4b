interface Rankable {
  severity: number;
  title: string;
}

/** Most severe first, then by title: the order of every list of risks. */
export function compareBySeverity(a: Rankable, b: Rankable): number {
  return b.severity - a.severity || a.title.localeCompare(b.title);
}
