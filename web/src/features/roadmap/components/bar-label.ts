import type { RoadmapBarFragment } from '../../../gql/graphql';
import { formatDateRange, formatPercent, HEALTH_LABEL, STATUS_LABEL } from '../../../lib/format';

// A text glyph per status keeps each bar to a few DOM nodes (thousands of bars may be drawn).
export const STATUS_GLYPH: Record<RoadmapBarFragment['status'], string> = {
  PROPOSED: '◌',
  PLANNED: '○',
  IN_PROGRESS: '◐',
  DONE: '✓',
  CANCELLED: '⊘',
};

/**
 * An initiative imported from Jira keeps the dates Jira gives it (the API refuses a change until
 * two-way sync exists), so its bar cannot be dragged or moved with keys.
 */
export function isImported(item: Pick<RoadmapBarFragment, 'externalKey'>): boolean {
  return !!item.externalKey;
}

/** Why an imported bar does not move, for its tooltip and for screen readers. */
export function importedReason(item: Pick<RoadmapBarFragment, 'externalKey'>): string {
  return `Imported from Jira (${item.externalKey}): change its dates in Jira.`;
}

/** What a screen reader announces for a bar: title, dates, status, health, progress. */
export function barAccessibleName(item: RoadmapBarFragment, startDate: string | null, endDate: string | null): string {
  const parts = [`${item.key} ${item.title}`, formatDateRange(startDate, endDate), STATUS_LABEL[item.status], HEALTH_LABEL[item.health]];
  if (item.leadTeam) parts.push(`Team ${item.leadTeam.name}`);
  if (item.progress !== null) parts.push(`${formatPercent(item.progress)} done`);
  return parts.join(', ');
}
