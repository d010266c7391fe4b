/**
 * The numbers an import gives its files, in their order: a file keeps the number it asks for when
 * no decision and no earlier file of the import has it; otherwise (and when it asks for none) it
 * takes the next free one: after its own number, or after the highest in use when it has none.
 */
export function assignNumbers(wanted: Array<number | null>, used: ReadonlySet<number>): number[] {
  const taken = new Set(used);
  const assigned: Array<number | undefined> = wanted.map((n) => {
    if (n === null || taken.has(n)) return undefined;
    taken.add(n);
    return n;
  });
  const nextFreeAfter = (n: number) => {
    let candidate = n + 1;
    while (taken.has(candidate)) candidate++;
    return candidate;
  };
  return assigned.map((number, i) => {
    if (number !== undefined) return number;
    const free = nextFreeAfter(wanted[i] ?? Math.max(0, ...taken));
    taken.add(free);
    return free;
  });
}
