/** One done initiative's outcome on a metric, by the span its windows cover. */
export interface OutcomeSpan {
  initiativeId: string;
  /** From the pre window's first day to the post window's last, ISO dates, inclusive. */
  preFrom: string;
  postTo: string;
}

/**
 * For the outcomes of one metric: the other initiatives whose span overlaps each one's. Work done
 * in between one's pre and post windows is in its effect too, so each names the others and
 * nothing is split between them (the contract's "no split is invented").
 */
export function overlappingWork(spans: readonly OutcomeSpan[]): Map<string, string[]> {
  const overlapping = new Map<string, string[]>(spans.map((span) => [span.initiativeId, []]));
  const sorted = [...spans].sort((a, b) => a.preFrom.localeCompare(b.preFrom));
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && sorted[j].preFrom <= sorted[i].postTo; j++) {
      if (sorted[j].initiativeId === sorted[i].initiativeId) continue;
      overlapping.get(sorted[i].initiativeId)?.push(sorted[j].initiativeId);
      overlapping.get(sorted[j].initiativeId)?.push(sorted[i].initiativeId);
    }
  }
  return overlapping;
}
