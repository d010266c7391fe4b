import { Badge } from '../ui/badge';
import { VERDICT_GLYPH, VERDICT_LABEL, VERDICT_TONE, type Verdict } from './verdict';

interface VerdictBadgeProps {
  verdict: Verdict;
  /** Shown on hover, e.g. the metric it is about. */
  title?: string;
  /** Just the glyph, for tight spots (a roadmap bar). */
  compact?: boolean;
}

/** Whether finished work moved its metric: IMPROVED, NO_CLEAR_EFFECT, WORSENED… */
export function VerdictBadge({ verdict, title, compact = false }: VerdictBadgeProps) {
  const label = VERDICT_LABEL[verdict];
  return (
    <Badge tone={VERDICT_TONE[verdict]} title={title ?? label} className={compact ? 'px-1.5' : ''}>
      <span aria-hidden>{VERDICT_GLYPH[verdict]}</span>
      {compact ? <span className="sr-only">{label}</span> : label}
    </Badge>
  );
}
