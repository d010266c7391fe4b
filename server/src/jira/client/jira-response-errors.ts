import { networkErrorCode } from '../../common/network-error-code';
import { JiraError } from './jira-errors';

/** Jira's own words from an error body: `errorMessages` plus the per-field `errors`, or `message`. */
export function jiraMessages(body: unknown): string[] {
  if (!body || typeof body !== 'object') return [];
  const { errorMessages, errors, message, warningMessages } = body as Record<string, unknown>;
  const out: string[] = [];
  if (Array.isArray(errorMessages)) out.push(...errorMessages.filter((m): m is string => typeof m === 'string'));
  if (errors && typeof errors === 'object') {
    for (const [field, text] of Object.entries(errors as Record<string, unknown>)) {
      if (typeof text === 'string') out.push(`${field}: ${text}`);
    }
  }
  if (typeof message === 'string') out.push(message);
  if (!out.length && Array.isArray(warningMessages)) out.push(...warningMessages.filter((m) => typeof m === 'string'));
  return out;
}

export interface FailedResponse {
  status: number;
  body: unknown;
  /** The response did not look like Jira at all (not JSON). */
  looksForeign: boolean;
}

export interface ErrorContext {
  site: string;
  email: string;
  /** The call takes JQL, so a 400 means Jira rejected the query. */
  jql: boolean;
  /** No call to this site has succeeded yet. */
  firstContact: boolean;
}

export function errorForResponse(res: FailedResponse, ctx: ErrorContext): JiraError {
  const said = jiraMessages(res.body);
  const detail = said.length ? said.join(' ') : undefined;
  if (res.status === 401) {
    return new JiraError(
      'UNAUTHORIZED',
      `Jira rejected the e-mail or API token for ${ctx.site}: check that ${ctx.email} is right and the token is still valid (tokens are made at id.atlassian.com).`,
      401,
    );
  }
  if (res.status === 403) {
    return new JiraError(
      'FORBIDDEN',
      `Jira refused ${ctx.email} on ${ctx.site}${detail ? ` (${detail})` : ''}: the account needs the "Browse projects" permission on the projects the JQL selects, and the API token must not be scoped below read access.`,
      403,
    );
  }
  if (res.status === 400 && ctx.jql) {
    return new JiraError('INVALID_JQL', `Jira rejected the JQL: ${detail ?? 'the query is not valid.'}`, 400);
  }
  if (ctx.firstContact && res.looksForeign && (res.status === 404 || res.status < 300)) {
    return siteNotFound(ctx.site, 'it does not answer like a Jira Cloud site');
  }
  if (res.looksForeign) {
    return new JiraError('HTTP', `Jira at ${ctx.site} answered HTTP ${res.status} with something other than JSON.`, res.status);
  }
  return new JiraError('HTTP', `Jira answered HTTP ${res.status} on ${ctx.site}${detail ? `: ${detail}` : '.'}`, res.status);
}

export function siteNotFound(site: string, why: string): JiraError {
  return new JiraError(
    'SITE_NOT_FOUND',
    `Could not reach a Jira site at ${site} (${why}): check the address, e.g. https://your-company.atlassian.net.`,
  );
}

const UNREACHABLE_CODES = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

export { networkErrorCode };

/** Whether a network failure means the site does not exist or refuses connections (vs. a passing fault). */
export function isUnreachableSite(code: string | undefined): boolean {
  return code !== undefined && UNREACHABLE_CODES.has(code);
}
