import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { VERDICT_GLYPH, VERDICT_LABEL, type Verdict } from '../../../components/outcome/verdict';
import { useRoadmapVerdicts } from '../api/roadmap-verdicts.query';
import './done-bar-verdict.css';

type VerdictsOf = ReadonlyMap<string, ReadonlyArray<{ verdict: Verdict; metric: string }>>;

const VerdictsContext = createContext<VerdictsOf | null>(null);

/** Loads the window's verdicts once for every done bar under it (absent, e.g. in a shared view: no badges). */
export function DoneWorkVerdicts({ from, to, children }: { from: string; to: string; children: ReactNode }) {
  const { data } = useRoadmapVerdicts(from, to);
  const byInitiative = useMemo(() => {
    const map = new Map<string, Array<{ verdict: Verdict; metric: string }>>();
    for (const outcome of data?.outcomes ?? []) {
      const list = map.get(outcome.initiative.id) ?? [];
      list.push({ verdict: outcome.verdict, metric: outcome.metric.name });
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
  const said = outcomes.map((o) => `${o.metric}: ${VERDICT_LABEL[o.verdict].toLowerCase()}`).join('; ');
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
