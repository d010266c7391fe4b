import { LIMITS } from '@throughline/shared';

/** Express's `trust proxy` setting: false, a hop count, or which addresses are proxies. */
export type TrustProxy = boolean | number | string[];

const PROXY_NAME = /^(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?)$/;

/**
 * TRUST_PROXY: unset or false (requests come straight from clients), true (any proxy: only when
 * nothing can reach the server around it), a number of proxy hops, or a comma-separated list of
 * proxy addresses/subnets (or loopback, linklocal, uniquelocal), as Express takes them.
 */
export function trustProxyFromEnv(raw: string | undefined): TrustProxy {
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  if (/^\d+$/.test(raw) && Number(raw) <= 10) return Number(raw);
  const names = raw.split(',').map((name) => name.trim());
  if (names.every((name) => PROXY_NAME.test(name))) return names;
  throw new Error(
    `TRUST_PROXY must be true, false, a number of proxy hops (0 to 10) or a comma-separated list of proxy addresses, got "${raw}"`,
  );
}

export interface AdminAccount {
  email: string;
  password: string;
}

/** THROUGHLINE_ADMIN_EMAIL and THROUGHLINE_ADMIN_PASSWORD: both or neither. */
export function adminAccountFromEnv(env: NodeJS.ProcessEnv): AdminAccount | null {
  const email = env.THROUGHLINE_ADMIN_EMAIL?.trim();
  const password = env.THROUGHLINE_ADMIN_PASSWORD;
  if (!email && !password) return null;
  if (!email || !password) throw new Error('THROUGHLINE_ADMIN_EMAIL and THROUGHLINE_ADMIN_PASSWORD must be set together');
  if (!/^[^\s@]+@[^\s@]+$/.test(email) || email.length > LIMITS.email)
    throw new Error(`THROUGHLINE_ADMIN_EMAIL must be an email address, got "${email}"`);
  const { min, max } = LIMITS.password;
  if (password.length < min || password.length > max)
    throw new Error(`THROUGHLINE_ADMIN_PASSWORD must be ${min} to ${max} characters long`);
  return { email, password };
}
