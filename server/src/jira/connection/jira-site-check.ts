import { DomainError } from '../../common/domain-error';
import { NetworkGuard } from '../../common/network-guard';
import { JiraFieldIds } from '../client/field-discovery';
import { JiraClient } from '../client/jira-client';
import { JiraError } from '../client/jira-errors';

export interface SiteSettings {
  baseUrl: string;
  email: string;
  apiToken: string;
  jql: string;
  fieldOverrides: Partial<JiraFieldIds> | null;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The site's origin; https, except on this machine (a local test double). */
export function normaliseSiteUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw DomainError.badInput(
      'input.baseUrl',
      `"${text.slice(0, 100)}" is not a web address: use your site's address, e.g. https://your-company.atlassian.net`,
    );
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    throw DomainError.badInput('input.baseUrl', 'must start with https:// (the API token must not travel unencrypted)');
  }
  return url.origin;
}

/** Which input a Jira failure is about: the site, the credentials or the JQL. */
function fieldOf(error: JiraError): string {
  switch (error.kind) {
    case 'UNAUTHORIZED':
    case 'FORBIDDEN':
      return 'input.apiToken';
    case 'INVALID_JQL':
      return 'input.jql';
    default:
      return 'input.baseUrl';
  }
}

async function asked<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof JiraError) throw DomainError.badInput(fieldOf(error), error.message);
    throw error;
  }
}

/**
 * Checks settings against Jira before they are saved: the site answers, the email and token are
 * accepted, the JQL is valid, the overridden fields exist. A failure is BAD_USER_INPUT naming
 * the input at fault, with Jira's own words where it gave some.
 */
export async function checkSiteSettings(settings: SiteSettings, guard: NetworkGuard): Promise<void> {
  await guard.assertAllowed(settings.baseUrl, 'input.baseUrl');
  const { baseUrl, email, apiToken } = settings;
  const client = await asked(async () => new JiraClient({ baseUrl, email, apiToken, maxRetries: 2, fetch: guard.fetch }));
  await asked(() => client.myself());
  await asked(() => client.validateJql(settings.jql));
  const overrides = Object.entries(settings.fieldOverrides ?? {}).filter(([, id]) => !!id);
  if (!overrides.length) return;
  const known = new Set((await asked(() => client.fields())).map((field) => field.id));
  for (const [name, id] of overrides) {
    if (!known.has(id!)) throw DomainError.badInput(`input.fieldOverrides.${name}`, `this Jira site has no field "${id}"`);
  }
}
