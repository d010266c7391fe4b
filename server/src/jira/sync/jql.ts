import { formatJqlDateTime } from '../client/zoned-time';

// Builds the JQL of a run from the connection's own JQL, which may end in its own ORDER BY and
// may contain OR (lower precedence than the AND clauses appended here).

/** For each index of `jql`: whether it is outside quoted strings and parentheses. */
function topLevelMask(jql: string): boolean[] {
  const mask = new Array<boolean>(jql.length).fill(false);
  let quote: string | null = null;
  let depth = 0;
  for (let i = 0; i < jql.length; i++) {
    const char = jql[i];
    if (quote) {
      if (char === '\\') i++;
      else if (char === quote) quote = null;
      continue;
    }
    mask[i] = depth === 0;
    if (char === '"' || char === "'") quote = char;
    else if (char === '(') depth++;
    else if (char === ')') depth = Math.max(0, depth - 1);
  }
  return mask;
}

function findTopLevel(jql: string, pattern: RegExp): number {
  const mask = topLevelMask(jql);
  const global = new RegExp(pattern.source, 'gi');
  for (let match = global.exec(jql); match; match = global.exec(jql)) {
    if (mask[match.index]) return match.index;
  }
  return -1;
}

/** The connection's JQL without its ORDER BY, parenthesised when an appended AND would bind into an OR. */
export function baseJql(jql: string): string {
  const orderBy = findTopLevel(jql, /\border\s+by\b/);
  const where = (orderBy >= 0 ? jql.slice(0, orderBy) : jql).trim();
  return findTopLevel(where, /\bor\b|\|\|/) >= 0 ? `(${where})` : where;
}

/** `base AND clause … ORDER BY order`, leaving out empty parts. */
export function jqlWith(base: string, clauses: string[], order: string): string {
  const where = [base, ...clauses].filter((part) => part.trim() !== '').join(' AND ');
  return `${where} ORDER BY ${order}`;
}

export const BY_ID = 'id ASC';
export const BY_UPDATED = 'updated ASC, id ASC';

export function parentIn(jiraIds: string[]): string {
  return `parent in (${jiraIds.join(', ')})`;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * `updated >= "yyyy-MM-dd HH:mm"`: Jira reads the time in the user's own time zone, so the instant
 * is written in that zone; without a usable zone it goes back a further day to cover every zone.
 */
export function updatedSince(instant: Date, timeZone: string | undefined): string {
  return `updated >= "${inZone(instant, timeZone) ?? formatJqlDateTime(instant.getTime() - DAY_MS, 'UTC')}"`;
}

function inZone(instant: Date, timeZone: string | undefined): string | null {
  if (!timeZone) return null;
  try {
    return formatJqlDateTime(instant, timeZone);
  } catch {
    return null;
  }
}
