import type { BarAnnotation } from '../geometry/ghosts';

/**
 * A bar's baseline (or its forecast), drawn under it in its row: the baseline's dates as a faint outlined ghost, and
 * the slip (or "new") just right of it. Hidden from screen readers: the bar's own name says it.
 */
export function BaselineMarks({ annotation, kind = 'baseline' }: { annotation: BarAnnotation; kind?: 'baseline' | 'forecast' }) {
  const { ghost, label, slipDays, isNew } = annotation;
  const sign = isNew ? 'new' : slipDays !== null && slipDays > 0 ? 'late' : 'early';
  return (
    <>
      {ghost && (
        <span
          aria-hidden
          className="roadmap-ghost"
          data-testid={`${kind}-ghost`}
          data-kind={kind}
          data-clip-start={ghost.clippedStart || undefined}
          data-clip-end={ghost.clippedEnd || undefined}
          style={{ left: ghost.x, width: ghost.width }}
        />
      )}
      {label && (
        <span aria-hidden className="roadmap-slip" data-testid={`${kind}-slip`} data-sign={sign} style={{ left: annotation.labelX }}>
          {label}
        </span>
      )}
    </>
  );
}
