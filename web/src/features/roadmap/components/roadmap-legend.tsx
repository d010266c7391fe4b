import { HEALTH_HEX } from '../../../components/ui/tones';
import { HEALTH_LABEL, STATUS_LABEL } from '../../../lib/format';
import { STATUS_GLYPH } from './bar-label';

/** What the colours, glyphs and arrows mean; with a baseline compared, its ghosts too. */
export function RoadmapLegend({ baselineName }: { baselineName?: string }) {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-600" data-testid="roadmap-legend">
      {(Object.keys(HEALTH_HEX) as Array<keyof typeof HEALTH_HEX>).map((health) => (
        <span key={health} className="inline-flex items-center gap-1.5">
          <span
            aria-hidden
            className="h-2.5 w-4 rounded-sm border"
            style={{ background: HEALTH_HEX[health].soft, borderColor: HEALTH_HEX[health].fill }}
          />
          {HEALTH_LABEL[health]}
        </span>
      ))}
      <span className="hidden items-center gap-2 sm:inline-flex">
        {(Object.keys(STATUS_GLYPH) as Array<keyof typeof STATUS_GLYPH>).map((status) => (
          <span key={status}>
            <span aria-hidden>{STATUS_GLYPH[status]}</span> {STATUS_LABEL[status]}
          </span>
        ))}
      </span>
      <span className="inline-flex items-center gap-1.5">
        <svg aria-hidden width="22" height="8" viewBox="0 0 22 8">
          <path d="M0,4H16" stroke="#e11d48" strokeWidth="1.75" />
          <path d="M15,0L21,4L15,8z" fill="#e11d48" />
        </svg>
        Schedule conflict
      </span>
      {baselineName && (
        <span className="inline-flex items-center gap-1.5" data-testid="legend-baseline">
          <span aria-hidden className="h-3 w-5 rounded-sm border-[1.5px] border-dashed border-slate-500 bg-slate-400/15" />
          Dates in {baselineName}
          <span className="ml-1.5 font-semibold text-rose-700">+n d</span> ends n days later now
        </span>
      )}
    </div>
  );
}
