import type { ReactNode } from 'react';
import { Health, InitiativeStatus, RiskStatus } from '@throughline/shared';
import { HEALTH_LABEL, RISK_STATUS_LABEL, STATUS_LABEL } from '../../lib/format';
import { HEALTH_TONE, RISK_STATUS_TONE, STATUS_TONE, TONE_CLASSES, type Tone } from './tones';

interface BadgeProps {
  tone?: Tone;
  /** A small coloured dot before the text (health reads faster with it). */
  dot?: boolean;
  children: ReactNode;
  className?: string;
  title?: string;
}

const DOT_CLASSES: Record<Tone, string> = {
  neutral: 'bg-slate-400',
  accent: 'bg-indigo-500',
  info: 'bg-sky-500',
  success: 'bg-emerald-500',
  warning: 'bg-amber-500',
  danger: 'bg-rose-500',
  muted: 'bg-slate-300',
};

export function Badge({ tone = 'neutral', dot = false, children, className = '', title }: BadgeProps) {
  return (
    <span
      title={title}
      className={`inline-flex items-center gap-1.5 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONE_CLASSES[tone]} ${className}`}
    >
      {dot && <span aria-hidden className={`size-1.5 rounded-full ${DOT_CLASSES[tone]}`} />}
      {children}
    </span>
  );
}

export function HealthBadge({ health }: { health: Health | `${Health}` }) {
  return (
    <Badge tone={HEALTH_TONE[health as Health]} dot>
      {HEALTH_LABEL[health as Health]}
    </Badge>
  );
}

export function StatusBadge({ status }: { status: InitiativeStatus | `${InitiativeStatus}` }) {
  const cancelled = status === InitiativeStatus.CANCELLED;
  return (
    <Badge tone={STATUS_TONE[status as InitiativeStatus]} className={cancelled ? 'line-through' : ''}>
      {STATUS_LABEL[status as InitiativeStatus]}
    </Badge>
  );
}

export function RiskStatusBadge({ status }: { status: RiskStatus | `${RiskStatus}` }) {
  return <Badge tone={RISK_STATUS_TONE[status as RiskStatus]}>{RISK_STATUS_LABEL[status as RiskStatus]}</Badge>;
}
