import { formatDate, HEALTH_LABEL, RISK_STATUS_LABEL, STATUS_LABEL } from '../../lib/format';
import { ROLE_LABEL } from '../../lib/session/role-label';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
// Status, health, risk status and role names as the app shows them elsewhere; other capitals
// (team keys like PLAT) stay as they are.
const ENUM_LABEL: Record<string, string> = { ...STATUS_LABEL, ...HEALTH_LABEL, ...RISK_STATUS_LABEL, ...ROLE_LABEL };
const DATE_TIME_FORMAT = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** "endDate" → "End date", "leadTeamId" → "Lead team". */
export function fieldLabel(field: string): string {
  const words = field
    .replace(/Ids?$/, (id) => (id === 'Ids' ? 's' : ''))
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "2027-03-01T09:30:00Z" → "Mar 1, 2027, 9:30 AM" in the viewer's time zone. */
export function formatDateTime(iso: string): string {
  return DATE_TIME_FORMAT.format(new Date(iso));
}

function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'none';
  if (Array.isArray(value)) return value.length ? value.map(formatValue).join(', ') : 'none';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return JSON.stringify(value);
  if (DATE.test(value)) return formatDate(value);
  if (DATE_TIME.test(value)) return formatDateTime(value);
  return ENUM_LABEL[value] ?? value;
}

/**
 * One side of a field change as people read it: the API sends JSON text (null when the entity
 * was created or deleted); dates read as dates, lists as lists, enum names as words.
 */
export function formatChangeValue(json: string | null): string | null {
  if (json === null) return null;
  try {
    return formatValue(JSON.parse(json));
  } catch {
    return json;
  }
}
