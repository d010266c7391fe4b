import type { BarAnnotation } from '../geometry/ghosts';

/**
 * A bar's baseline, drawn under it in its row: the baseline's dates as a faint outlined ghost, and
 * the slip (or "new") just right of it. Hidden from screen readers: the bar's own name says it.
 */
export function BaselineMarks({ annotation }: { annotation: BarAnnotation }) {
  const { ghost, label, slipDays, isNew } = annotation;
  const sign = isNew ? 'new' : slipDays !== null && slipDays > 0 ? 'late' : 'early';
  return (
    <>
      {ghost && (
        <span
          aria-hidden
          className="roadmap-ghost"
          data-testid="baseline-ghost"
          data-clip-start={ghost.clippedStart || undefined}
          data-clip-end={ghost.clippedEnd || undefined}
          style={{ left: ghost.x, width: ghost.width }}
        />
      )}
      {label && (
        <span aria-hidden className="roadmap-slip" data-testid="baseline-slip" data-sign={sign} style={{ left: annotation.labelX }}>
          {label}
        </span>
      )}
    </>
  );
}
