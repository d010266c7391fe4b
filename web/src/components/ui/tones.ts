import { Health, InitiativeStatus, RiskStatus } from '@throughline/shared';

// One palette for the whole app: health is green / amber / red everywhere (badges, roadmap
// bars, charts); status is a neutral-to-accent scale so it never competes with health.
export type Tone = 'neutral' | 'accent' | 'info' | 'success' | 'warning' | 'danger' | 'muted';

export const TONE_CLASSES: Record<Tone, string> = {
  neutral: 'bg-slate-100 text-slate-700 ring-slate-200',
  accent: 'bg-indigo-50 text-indigo-700 ring-indigo-200',
  info: 'bg-sky-50 text-sky-700 ring-sky-200',
  success: 'bg-emerald-50 text-emerald-700 ring-emerald-200',
  warning: 'bg-amber-50 text-amber-800 ring-amber-200',
  danger: 'bg-rose-50 text-rose-700 ring-rose-200',
  muted: 'bg-slate-50 text-slate-500 ring-slate-200',
};

export const HEALTH_TONE: Record<Health, Tone> = {
  [Health.ON_TRACK]: 'success',
  [Health.AT_RISK]: 'warning',
  [Health.OFF_TRACK]: 'danger',
};

export const STATUS_TONE: Record<InitiativeStatus, Tone> = {
  [InitiativeStatus.PROPOSED]: 'muted',
  [InitiativeStatus.PLANNED]: 'neutral',
  [InitiativeStatus.IN_PROGRESS]: 'accent',
  [InitiativeStatus.DONE]: 'info',
  [InitiativeStatus.CANCELLED]: 'muted',
};

export const RISK_STATUS_TONE: Record<RiskStatus, Tone> = {
  [RiskStatus.OPEN]: 'danger',
  [RiskStatus.MITIGATING]: 'warning',
  [RiskStatus.ACCEPTED]: 'neutral',
  [RiskStatus.CLOSED]: 'muted',
};

/** Solid colours for health where a badge does not fit (roadmap bars, chart marks). */
export const HEALTH_HEX: Record<Health, { fill: string; soft: string; text: string }> = {
  [Health.ON_TRACK]: { fill: '#059669', soft: '#d1fae5', text: '#064e3b' },
  [Health.AT_RISK]: { fill: '#d97706', soft: '#fef3c7', text: '#78350f' },
  [Health.OFF_TRACK]: { fill: '#e11d48', soft: '#ffe4e6', text: '#881337' },
};

/** Risk severity (1..25) → tone: 15+ danger, 8+ warning, else neutral. */
export function severityTone(severity: number): Tone {
  if (severity >= 15) return 'danger';
  if (severity >= 8) return 'warning';
  return 'neutral';
}
