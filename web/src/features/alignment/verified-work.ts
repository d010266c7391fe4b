import type { Verdict } from '../../components/outcome/verdict';

export interface VerifiedWork {
  /** Done initiatives serving the goal. */
  done: number;
  /** Of those, how many moved a metric they should move for the better, and none for the worse. */
  improved: number;
  worsened: number;
  verifying: number;
}

/**
 * How much of a goal's finished work was verified: each done initiative counts once, by its
 * verdicts on the metrics it should move (improved when some improved and none worsened).
 */
export function verifiedWork(
  initiatives: ReadonlyArray<{ id: string; status: string }>,
  verdictsOf: ReadonlyMap<string, readonly Verdict[]>,
): VerifiedWork {
  const summary: VerifiedWork = { done: 0, improved: 0, worsened: 0, verifying: 0 };
  for (const initiative of initiatives) {
    if (initiative.status !== 'DONE') continue;
    summary.done += 1;
    const verdicts = verdictsOf.get(initiative.id) ?? [];
    if (verdicts.includes('WORSENED')) summary.worsened += 1;
    else if (verdicts.includes('IMPROVED')) summary.improved += 1;
    else if (verdicts.includes('VERIFYING')) summary.verifying += 1;
  }
  return summary;
}

/** "2 of 3 done initiatives verified improved · 1 verifying"; null when nothing is done. */
export function verifiedWorkSentence({ done, improved, worsened, verifying }: VerifiedWork): string | null {
  if (!done) return null;
  const parts = [`${improved} of ${done} done ${done === 1 ? 'initiative' : 'initiatives'} verified improved`];
  if (worsened) parts.push(`${worsened} worsened`);
  if (verifying) parts.push(`${verifying} verifying`);
  return parts.join(' · ');
}
