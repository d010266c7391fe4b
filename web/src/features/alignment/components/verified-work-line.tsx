import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Verdict } from '../../../components/outcome/verdict';
import { useAlignmentVerdicts } from '../api/alignment-verdicts.query';
import { verifiedWork, verifiedWorkSentence } from '../verified-work';

const VerdictsContext = createContext<ReadonlyMap<string, Verdict[]> | null>(null);

/** Loads the window's verdicts once for every goal under it (absent, e.g. in a shared view: no line). */
export function AlignmentVerdicts({ from, to, children }: { from: string; to: string; children: ReactNode }) {
  const { data } = useAlignmentVerdicts(from, to);
  const byInitiative = useMemo(() => {
    const map = new Map<string, Verdict[]>();
    for (const outcome of data?.outcomes ?? [])
      map.set(outcome.initiative.id, [...(map.get(outcome.initiative.id) ?? []), outcome.verdict]);
    return map;
  }, [data]);
  return <VerdictsContext.Provider value={byInitiative}>{children}</VerdictsContext.Provider>;
}

/** "2 of 3 done initiatives verified improved": how much of a goal's finished work moved its metrics. */
export function VerifiedWorkLine({ initiatives }: { initiatives: ReadonlyArray<{ id: string; status: string }> }) {
  const verdicts = useContext(VerdictsContext);
  if (!verdicts) return null;
  const sentence = verifiedWorkSentence(verifiedWork(initiatives, verdicts));
  if (!sentence) return null;
  return (
    <p className="text-xs text-slate-600 sm:col-span-4" data-testid="verified-work">
      <span aria-hidden>✓ </span>
      {sentence}
    </p>
  );
}
