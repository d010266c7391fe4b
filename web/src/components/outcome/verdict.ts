import type { Tone } from '../ui/tones';

/** The contract's OutcomeVerdict, as the generated types spell it. */
export type Verdict = 'NOT_DONE' | 'VERIFYING' | 'IMPROVED' | 'NO_CLEAR_EFFECT' | 'WORSENED' | 'NOT_ENOUGH_DATA';

export const VERDICTS: readonly Verdict[] = ['IMPROVED', 'NO_CLEAR_EFFECT', 'WORSENED', 'VERIFYING', 'NOT_ENOUGH_DATA', 'NOT_DONE'];

export const VERDICT_LABEL: Record<Verdict, string> = {
  IMPROVED: 'Improved',
  NO_CLEAR_EFFECT: 'No clear effect',
  WORSENED: 'Worsened',
  VERIFYING: 'Verifying',
  NOT_ENOUGH_DATA: 'Not enough data',
  NOT_DONE: 'Not done',
};

/** Green for a verified improvement, red for a verified worsening; the rest stays quiet. */
export const VERDICT_TONE: Record<Verdict, Tone> = {
  IMPROVED: 'success',
  NO_CLEAR_EFFECT: 'neutral',
  WORSENED: 'danger',
  VERIFYING: 'info',
  NOT_ENOUGH_DATA: 'muted',
  NOT_DONE: 'muted',
};

/** A glyph that reads without colour. */
export const VERDICT_GLYPH: Record<Verdict, string> = {
  IMPROVED: '▲',
  NO_CLEAR_EFFECT: '≈',
  WORSENED: '▼',
  VERIFYING: '…',
  NOT_ENOUGH_DATA: '?',
  NOT_DONE: '·',
};

/** SVG fill classes per verdict, for marks drawn on charts. */
export const VERDICT_FILL: Record<Verdict, string> = {
  IMPROVED: 'fill-emerald-600',
  NO_CLEAR_EFFECT: 'fill-slate-500',
  WORSENED: 'fill-rose-600',
  VERIFYING: 'fill-sky-600',
  NOT_ENOUGH_DATA: 'fill-slate-400',
  NOT_DONE: 'fill-slate-400',
};
