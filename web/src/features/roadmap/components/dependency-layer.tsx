import { memo } from 'react';
import type { Arrow } from '../geometry/arrows';

interface Props {
  arrows: readonly Arrow[];
  width: number;
  /** The band of rendered rows the arrows lie in, in timeline coordinates. */
  top: number;
  height: number;
}

/** Dependency arrows, under the bars and over the grid; conflicts (work starting before what it waits for ends) in red, on top. */
export const DependencyLayer = memo(function DependencyLayer({ arrows, width, top, height }: Props) {
  const ordered = [...arrows].sort((a, b) => Number(a.conflict) - Number(b.conflict));
  return (
    <svg
      aria-hidden
      className="pointer-events-none absolute left-0 overflow-visible"
      style={{ top }}
      width={width}
      height={height}
      data-testid="dependency-layer"
    >
      <defs>
        <marker id="roadmap-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="6" markerHeight="6" orient="auto">
          <path d="M0,0L8,4L0,8z" fill="#64748b" />
        </marker>
        <marker id="roadmap-arrow-conflict" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="6" markerHeight="6" orient="auto">
          <path d="M0,0L8,4L0,8z" fill="#e11d48" />
        </marker>
      </defs>
      <g transform={`translate(0 ${-top})`}>
        {ordered.map((arrow) => (
          <path
            key={arrow.key}
            d={arrow.d}
            fill="none"
            stroke={arrow.conflict ? '#e11d48' : '#94a3b8'}
            strokeWidth={arrow.conflict ? 1.75 : 1.25}
            strokeLinejoin="round"
            markerEnd={`url(#${arrow.conflict ? 'roadmap-arrow-conflict' : 'roadmap-arrow'})`}
            data-conflict={arrow.conflict || undefined}
          />
        ))}
      </g>
    </svg>
  );
});
