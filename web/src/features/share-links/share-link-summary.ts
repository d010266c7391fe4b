import type { SharedView } from '../../gql/graphql';
import { formatDateRange } from '../../lib/format';

export const VIEW_LABEL: Record<SharedView, string> = { ROADMAP: 'Roadmap', ALIGNMENT: 'Alignment' };

export type LinkState = 'Active' | 'Revoked' | 'Expired';

/** Whether a link still opens its view at `now` (ms). */
export function linkState(link: { expiresAt?: string | null; revokedAt?: string | null }, now: number): LinkState {
  if (link.revokedAt) return 'Revoked';
  if (link.expiresAt && Date.parse(link.expiresAt) <= now) return 'Expired';
  return 'Active';
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What a link shows, in words: "1 Jan 2027 – 31 Dec 2027 · by goal · 2 statuses · “checkout”", "FY2027". */
export function paramsSummary(view: SharedView, params: string): string {
  const query = new URLSearchParams(params);
  if (view === 'ALIGNMENT') return `FY${query.get('fy') ?? '?'}`;
  const list = (key: string) => (query.get(key) ?? '').split(',').filter(Boolean).length;
  const parts = [formatDateRange(query.get('from') ?? '', query.get('to') ?? '')];
  const group = query.get('group');
  if (group) parts.push(`by ${group.toLowerCase()}`);
  if (list('team')) parts.push(count(list('team'), 'team'));
  if (list('goal')) parts.push(count(list('goal'), 'goal'));
  if (list('status')) parts.push(count(list('status'), 'status', 'statuses'));
  if (query.get('q')) parts.push(`“${query.get('q')}”`);
  if (query.get('baseline')) parts.push('against a baseline');
  return parts.join(' · ');
}
