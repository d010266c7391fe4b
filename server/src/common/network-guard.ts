import { FactoryProvider } from '@nestjs/common';
import { LookupAddress, LookupOptions, lookup as dnsLookup } from 'node:dns';
import { isIP } from 'node:net';
import { Agent, buildConnector, fetch as undiciFetch } from 'undici';
import { AppConfig, CONFIG } from '../config/config';
import { blockedAddressReason } from './address-ranges';
import { DomainError } from './domain-error';

// Outbound calls to addresses users type (a Jira site, later metric sources) must not reach this
// machine, the office network or a cloud metadata service (SSRF). Checked when the address is
// saved, and again on every connection, on the address actually connected to: DNS can change.

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;
export type Lookup = (hostname: string, options: LookupOptions, callback: LookupCallback) => void;

// Names that mean this machine or a metadata service whatever the resolver says.
const BLOCKED_NAMES = /^(localhost|.+\.localhost|metadata\.google\.internal|metadata\.goog)\.?$/i;
const HOW_TO_ALLOW = 'set ALLOW_PRIVATE_NETWORK_TARGETS=true to allow private networks';

export class BlockedTargetError extends Error {
  readonly code = 'EBLOCKEDTARGET';
}

/** The guard's refusal behind a failed fetch (undici wraps it in `cause`), or null. */
export function blockedTargetOf(error: unknown): BlockedTargetError | null {
  for (let current = error; current instanceof Error; current = current.cause) {
    if (current instanceof BlockedTargetError) return current;
  }
  return null;
}

/** Why a host name or IP literal may not be called, or null. */
export function blockedHostReason(host: string): string | null {
  const plain = host.replace(/^\[|\]$/g, '');
  if (isIP(plain)) return blockedAddressReason(plain);
  return BLOCKED_NAMES.test(plain) ? 'this machine or a metadata service' : null;
}

function refusal(host: string, address: string, reason: string): string {
  const resolved = host === address ? '' : ` (resolves to ${address})`;
  return `${host}${resolved} is ${reason}; ${HOW_TO_ALLOW}`;
}

/** A DNS lookup that fails when any address the name resolves to is blocked. */
export function guardedLookup(resolve: Lookup = dnsLookup as Lookup): Lookup {
  return (hostname, options, callback) => {
    const nameReason = blockedHostReason(hostname);
    if (nameReason) return callback(new BlockedTargetError(refusal(hostname, hostname, nameReason)), []);
    resolve(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const all = addresses as LookupAddress[];
      const blocked = all.map((entry) => ({ entry, reason: blockedAddressReason(entry.address) })).find((found) => found.reason);
      if (blocked) return callback(new BlockedTargetError(refusal(hostname, blocked.entry.address, blocked.reason!)), []);
      if (options.all) return callback(null, all);
      callback(null, all[0].address, all[0].family);
    });
  };
}

/** Checks outbound targets, or lets everything through with ALLOW_PRIVATE_NETWORK_TARGETS=true. */
export class NetworkGuard {
  /** The fetch for outbound calls: every connection it opens is checked, redirects included. */
  readonly fetch: typeof fetch;
  private readonly lookup: Lookup;

  constructor(
    private readonly allowPrivate: boolean,
    resolve?: Lookup,
  ) {
    this.lookup = guardedLookup(resolve);
    this.fetch = allowPrivate ? fetch : guardedFetch(this.lookup);
  }

  /** Refuses a URL whose host is, or now resolves to, a blocked address: BAD_USER_INPUT at `field`. */
  async assertAllowed(url: string, field: string): Promise<void> {
    if (this.allowPrivate) return;
    const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
    const literalReason = blockedHostReason(host);
    if (literalReason) throw DomainError.badInput(field, refusal(host, host, literalReason));
    if (isIP(host)) return;
    const error = await new Promise<NodeJS.ErrnoException | null>((done) => this.lookup(host, { all: true }, done));
    // A name that does not resolve is left to the site check, which says so in its own words.
    if (error instanceof BlockedTargetError) throw DomainError.badInput(field, error.message);
  }
}

// The connector sees every connection, IP literals (which skip DNS) and redirects included.
function guardedFetch(lookup: Lookup): typeof fetch {
  const connect = buildConnector({ lookup });
  const dispatcher = new Agent({
    connect: (options, callback) => {
      const reason = isIP(options.hostname) ? blockedAddressReason(options.hostname) : null;
      if (reason) return callback(new BlockedTargetError(refusal(options.hostname, options.hostname, reason)), null);
      return connect(options, callback);
    },
  });
  return ((input: string | URL, init?: RequestInit) => undiciFetch(input, { ...(init as object), dispatcher })) as unknown as typeof fetch;
}

export const NETWORK_GUARD_PROVIDER: FactoryProvider<NetworkGuard> = {
  provide: NetworkGuard,
  inject: [CONFIG],
  useFactory: (config: AppConfig) => new NetworkGuard(config.allowPrivateNetworkTargets),
};
