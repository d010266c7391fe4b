interface Rankable {
  severity: number;
  title: string;
}

/** Most severe first, then by title: the order of every list of risks. */
export function sortBySeverity<T extends Rankable>(risks: T[]): T[] {
  return [...risks].sort((a, b) => b.severity - a.severity || a.title.localeCompare(b.title));
}
