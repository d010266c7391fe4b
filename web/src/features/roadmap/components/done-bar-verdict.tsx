import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { VERDICT_GLYPH, VERDICT_LABEL, type Verdict } from '../../../components/outcome/verdict';
import { useRoadmapVerdicts } from '../api/roadmap-verdicts.query';
import type { RoadmapView } from '../model/view-state';
import './done-bar-verdict.css';

/** A done bar's verdicts, each with its metric's name (none in a shared view). */
type VerdictsOf = ReadonlyMap<string, ReadonlyArray<{ verdict: Verdict; metric?: string }>>;

const VerdictsContext = createContext<VerdictsOf | null>(null);

/**
 * Loads the view's verdicts once for every done bar under it (absent: no badges); a shared view
 * asks them without their metrics.
 */
export function DoneWorkVerdicts({ view, withMetrics, children }: { view: RoadmapView; withMetrics: boolean; children: ReactNode }) {
  const { data } = useRoadmapVerdicts(view, withMetrics);
  const byInitiative = useMemo(() => {
    const map = new Map<string, Array<{ verdict: Verdict; metric?: string }>>();
    for (const outcome of data?.outcomes ?? []) {
      const list = map.get(outcome.initiative.id) ?? [];
      list.push({ verdict: outcome.verdict, metric: outcome.metric?.name });
      map.set(outcome.initiative.id, list);
    }
    return map;
  }, [data]);
  return <VerdictsContext.Provider value={byInitiative}>{children}</VerdictsContext.Provider>;
}

const BADGE_CLASS: Partial<Record<Verdict, string>> = {
  IMPROVED: 'roadmap-bar__verdict--improved',
  WORSENED: 'roadmap-bar__verdict--worsened',
};

/** A done bar's verdicts, one glyph per metric it should move (▲ improved, ≈ no clear effect, ▼ worsened…). */
export function DoneBarVerdict({ initiativeId }: { initiativeId: string }) {
  const outcomes = useContext(VerdictsContext)?.get(initiativeId);
  if (!outcomes?.length) return null;
  const said = outcomes.map((o) => `${o.metric ?? 'Outcome'}: ${VERDICT_LABEL[o.verdict].toLowerCase()}`).join('; ');
  return (
    <span className="roadmap-bar__verdicts" title={said} data-testid="bar-verdict">
      {outcomes.map((o, i) => (
        <span key={i} aria-hidden className={`roadmap-bar__verdict ${BADGE_CLASS[o.verdict] ?? ''}`}>
          {VERDICT_GLYPH[o.verdict]}
        </span>
      ))}
      <span className="sr-only">{`, ${said}`}</span>
    </span>
  );
}
