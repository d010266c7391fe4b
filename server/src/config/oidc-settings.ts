import { Role } from '@throughline/shared';

/** Single sign-on with an OpenID Connect provider; null (off) while OIDC_ISSUER_URL is unset. */
export interface OidcSettings {
  /** The provider's issuer; its discovery document is read from `<issuer>/.well-known/openid-configuration`. */
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  /** Where the provider sends the browser back: THROUGHLINE_PUBLIC_URL + /auth/oidc/callback. */
  redirectUrl: string;
  /** Lower-cased email domains whose people may sign in; '*' for any. */
  allowedEmailDomains: string[] | '*';
  /** The role of an account made at its first sign-in (unless the role claim says otherwise). */
  defaultRole: Role;
  /** A claim whose value (VIEWER, EDITOR or ADMIN) sets the account's role at every sign-in. */
  roleClaim: string | null;
  /** What the sign-in page's button says: "Sign in with <displayName>". */
  displayName: string;
}

const VARIABLES = [
  'OIDC_CLIENT_ID',
  'OIDC_CLIENT_SECRET',
  'THROUGHLINE_PUBLIC_URL',
  'OIDC_ALLOWED_EMAIL_DOMAINS',
  'OIDC_DEFAULT_ROLE',
  'OIDC_ROLE_CLAIM',
  'OIDC_DISPLAY_NAME',
] as const;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name]?.trim();
  if (!value) throw new Error(`${name} must be set when OIDC_ISSUER_URL is`);
  return value;
}

/** An absolute http(s) URL; plain http only on loopback (a provider on this machine, tests). */
function urlFromEnv(env: NodeJS.ProcessEnv, name: string): URL {
  const raw = required(env, name);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${name} must be an absolute URL (https://…), got "${raw}"`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname)))
    throw new Error(`${name} must be an https:// URL (http:// only on localhost), got "${raw}"`);
  if (url.search || url.hash) throw new Error(`${name} must have no query or fragment, got "${raw}"`);
  return url;
}

function domainsFromEnv(env: NodeJS.ProcessEnv): string[] | '*' {
  const raw = required(env, 'OIDC_ALLOWED_EMAIL_DOMAINS');
  if (raw === '*') return '*';
  const domains = raw.split(',').map((domain) => domain.trim().toLowerCase().replace(/^@/, ''));
  const bad = domains.find((domain) => !DOMAIN.test(domain));
  if (bad !== undefined)
    throw new Error(`OIDC_ALLOWED_EMAIL_DOMAINS must be a comma-separated list of domains (example.com, corp.example) or *, got "${bad}"`);
  return domains;
}

function roleFromEnv(env: NodeJS.ProcessEnv): Role {
  const raw = env.OIDC_DEFAULT_ROLE?.trim();
  if (!raw) return Role.VIEWER;
  if (!(Object.values(Role) as string[]).includes(raw)) throw new Error(`OIDC_DEFAULT_ROLE must be VIEWER, EDITOR or ADMIN, got "${raw}"`);
  return raw as Role;
}

function roleClaimFromEnv(env: NodeJS.ProcessEnv): string | null {
  const raw = env.OIDC_ROLE_CLAIM?.trim();
  if (!raw) return null;
  if (!/^[\w.:/-]{1,100}$/.test(raw)) throw new Error(`OIDC_ROLE_CLAIM must be a claim name (letters, digits, _ . : / -), got "${raw}"`);
  return raw;
}

/** OIDC_* and THROUGHLINE_PUBLIC_URL: all unset (off), or an issuer with what it needs. */
export function oidcSettingsFromEnv(env: NodeJS.ProcessEnv): OidcSettings | null {
  if (!env.OIDC_ISSUER_URL?.trim()) {
    const stray = VARIABLES.find((name) => name.startsWith('OIDC_') && env[name]?.trim());
    if (stray) throw new Error(`${stray} is set but OIDC_ISSUER_URL is not: set the issuer to turn single sign-on on`);
    return null;
  }
  const issuer = urlFromEnv(env, 'OIDC_ISSUER_URL');
  const publicUrl = urlFromEnv(env, 'THROUGHLINE_PUBLIC_URL');
  if (publicUrl.pathname !== '/')
    throw new Error(`THROUGHLINE_PUBLIC_URL must be the app's origin (https://host[:port]), got "${publicUrl}"`);
  const displayName = env.OIDC_DISPLAY_NAME?.trim() || 'SSO';
  if (displayName.length > 40) throw new Error('OIDC_DISPLAY_NAME must be at most 40 characters');
  return {
    issuerUrl: issuer.href.replace(/\/$/, ''),
    clientId: required(env, 'OIDC_CLIENT_ID'),
    clientSecret: required(env, 'OIDC_CLIENT_SECRET'),
    redirectUrl: new URL('/auth/oidc/callback', publicUrl).href,
    allowedEmailDomains: domainsFromEnv(env),
    defaultRole: roleFromEnv(env),
    roleClaim: roleClaimFromEnv(env),
    displayName,
  };
}
